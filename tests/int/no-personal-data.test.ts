/**
 * Reeduca stores curricula and counts, never a participant's personal data (domain brief: "no
 * participant's personal data"; issue 20, part 3). This walks every field of every collection and
 * global in the built Payload config — blocks, arrays, groups, tabs, rows included — and fails when
 * a field's name or label (in Spanish or English) could hold a person's name or contact, unless it
 * is on the allow-list below with the reason it is not a participant's data.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Payload } from 'payload'

import type { TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ;({ ctx, payload } = await startSuite({ fixture: false }))
})
afterAll(async () => ctx?.cleanup())

/** Words that name a person or a way to reach one (accents removed, lower case). */
const PERSONAL_WORDS = new Set([
  'name', 'names', 'nombre', 'nombres', 'surname', 'surnames', 'firstname', 'lastname', 'apellido', 'apellidos', 'fullname',
  'email', 'emails', 'mail', 'correo', 'phone', 'phones', 'telephone', 'telefono', 'telefonos', 'tel', 'mobile', 'cell', 'celular', 'movil', 'whatsapp',
  'address', 'direccion', 'domicilio', 'street', 'calle', 'postal', 'zip',
  'birth', 'birthday', 'birthdate', 'dob', 'nacimiento', 'age', 'edad',
  'curp', 'rfc', 'nss', 'ssn', 'ine', 'passport', 'pasaporte',
  'contact', 'contacto', 'contacts', 'contactos',
])

/**
 * Fields that match and are not a participant's data, each with its reason. Keyed by
 * `collection.path` (path with the names of the enclosing fields).
 */
const ALLOWED: Record<string, string> = {
  'users.name': 'the staff account’s own name (designers, reviewers, facilitators)',
  'users.email': 'the staff account’s own sign-in address',
  'programmes.title': 'the programme’s name',
  'tracks.title': 'the track’s name (labelled "Nombre")',
  'services.name': 'a public service’s name (shelter, helpline)',
  'services.phone': 'a public service’s published phone number',
  'services.address': 'a public service’s published address',
  'programmes.howToJoin.contact': 'the programme’s public sign-up contact (whom to call), shown on the public page',
  'programmes.howToJoin.phone': 'the programme’s public sign-up phone',
  'themes.title': 'a theme’s name',
  'review-decisions.byName': 'the reviewer’s account name (staff), shown in the review history',
  'payload-migrations.name': 'a migration’s name (Payload’s own)',
}

/** Fields allowed wherever they are, by their name: what they hold is never a person's. */
const ALLOWED_BY_NAME: Record<string, string> = {
  filename: 'an uploaded or generated file’s name ("Nombre del archivo")',
  blockName: 'Payload’s editor label for a row of blocks',
  url: 'a file’s web address (labelled "Dirección" in Spanish)',
}

type Loose = Record<string, any>

function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

function labelTexts(label: unknown): string[] {
  if (!label) return []
  if (typeof label === 'string') return [label]
  if (typeof label === 'function') {
    return ['es', 'en'].map((language) => {
      try {
        return String(label({ i18n: { language, t: (key: string) => key }, t: (key: string) => key }) ?? '')
      } catch {
        return ''
      }
    })
  }
  if (typeof label === 'object') return Object.values(label as Loose).filter((value) => typeof value === 'string')
  return []
}

interface Found {
  path: string
  name: string
  labels: string[]
  type: string
}

function walk(fields: Loose[], prefix: string, out: Found[]): void {
  for (const field of fields ?? []) {
    const path = field.name ? (prefix ? `${prefix}.${field.name}` : field.name) : prefix
    out.push({ path, name: field.name ?? '', labels: labelTexts(field.label), type: field.type })
    if (Array.isArray(field.fields)) walk(field.fields, path, out)
    if (field.type === 'tabs') for (const tab of field.tabs ?? []) walk(tab.fields, tab.name ? `${prefix ? `${prefix}.` : ''}${tab.name}` : prefix, out)
    if (field.type === 'blocks') for (const block of field.blocks ?? []) walk(block.fields, `${path}.${block.slug}`, out)
  }
}

function everyField(): Array<Found & { owner: string }> {
  const found: Array<Found & { owner: string }> = []
  for (const entity of [...payload.config.collections, ...(payload.config.globals ?? [])] as Loose[]) {
    const fields: Found[] = []
    walk(entity.flattenedFields ? entity.fields : entity.fields, '', fields)
    for (const field of fields) found.push({ ...field, owner: entity.slug })
  }
  return found
}

const personal = (field: Found) => [field.name, ...field.labels].some((text) => words(text).some((word) => PERSONAL_WORDS.has(word)))

test('no collection or global has a field that could hold a person’s name or contact, outside the allow-list', () => {
  const fields = everyField()
  // The walk reaches into blocks and the evaluation collections (it sees the whole config).
  expect(fields.some((field) => field.owner === 'sessions' && field.path.startsWith('activities.'))).toBe(true)
  expect(fields.some((field) => field.owner === 'evaluation-sessions' && field.name === 'present')).toBe(true)
  const offending = fields
    .filter((field) => personal(field) && !ALLOWED[`${field.owner}.${field.path}`] && !ALLOWED_BY_NAME[field.name])
    .map((field) => `${field.owner}.${field.path} (${[field.name, ...field.labels].join(' / ')})`)
  expect(offending).toEqual([])
})

test('the walk would catch a new field named or labelled for a person', () => {
  expect(personal({ path: 'x', name: 'participantName', labels: [], type: 'text' })).toBe(true)
  expect(personal({ path: 'x', name: 'notes', labels: ['Teléfono de contacto'], type: 'text' })).toBe(true)
  expect(personal({ path: 'x', name: 'dob', labels: [], type: 'date' })).toBe(true)
  expect(personal({ path: 'x', name: 'curp', labels: [], type: 'text' })).toBe(true)
  expect(personal({ path: 'x', name: 'present', labels: ['Personas presentes'], type: 'number' })).toBe(false)
})

test('evaluation records hold counts, dates and choices only: no free text where a name could be typed', () => {
  const free = everyField().filter(
    (field) => field.owner.startsWith('evaluation-') && ['text', 'textarea', 'richText', 'email', 'json', 'code', 'array', 'blocks'].includes(field.type),
  )
  expect(free.map((field) => `${field.owner}.${field.path}`)).toEqual([])
})
