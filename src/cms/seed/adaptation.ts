/**
 * The demo's adapted track (issue 20): «Mujeres — Yucatán rural», adapted from release 1.0.0 of
 * the women's track, with a few Yucatec Maya terms in its texts and glossary. Then the women's
 * track publishes 1.1.0 with two sessions changed, so the adaptation is one release behind in
 * those two sessions and the admin shows «Actualización disponible» right away.
 *
 * The Maya terms sit inside the Spanish texts, not in a third content locale: a locale of its own
 * (REEDUCA_EXTRA_LOCALES=yua:…) adds columns to every localized table, which SQLite and PostgreSQL
 * get only from a migration, so a seed that used one would break a default installation.
 * The terms are common greetings and words; a community adaptation would have them reviewed by
 * Maya-speaking facilitators.
 */
import { createLocalReq, type Payload } from 'payload'

import { adaptTrack } from '@/cms/releases/adaptation'
import { publishManualRelease } from '@/cms/releases/publish'
import { lexicalFromParagraphs } from '@/core/richtext/lexical'
import { latestVersion } from '@/core/rules/version'
import { tracks } from '@/cms/seed/curriculum'
import { approvalOf, latestVersionId, recordDecision, writeReviewState } from '@collections/Sessions/review'
import { DEMO_RELEASE_VERSION } from './releases'

type Doc = Record<string, any>
type ID = number | string

export const ADAPTATION_SLUG = 'mujeres-yucatan-rural'
export const ADAPTATION_SOURCE_UPDATE = '1.1.0'

const TITLE = { es: 'Mujeres — Yucatán rural', en: 'Women — rural Yucatán' }
const DESCRIPTION = {
  es: 'Adaptación para grupos de mujeres de comunidades rurales de Yucatán: en español, con términos en maya yucateco, ejemplos del campo y sesiones que funcionan sin conexión.',
  en: 'Adaptation for women’s groups in rural communities of Yucatán: in Spanish, with Yucatec Maya terms, rural examples and sessions that work offline.',
}

const GLOSSARY = [
  {
    term: { es: 'Bix a beel?', en: 'Bix a beel?' },
    definition: {
      es: '«¿Cómo estás?» en maya yucateco (literalmente, «¿cómo va tu camino?»). Saludo para abrir el registro de entrada.',
      en: '“How are you?” in Yucatec Maya (literally “how goes your road?”). A greeting to open the check-in.',
    },
    participantDefinition: { es: '¿Cómo estás? ¿Cómo va tu camino?', en: 'How are you? How goes your road?' },
  },
  {
    term: { es: 'Xko’olel', en: 'Xko’olel' },
    definition: { es: '«Mujer» en maya yucateco.', en: '“Woman” in Yucatec Maya.' },
    participantDefinition: { es: 'Mujer.', en: 'Woman.' },
  },
  {
    term: { es: 'Muuk’', en: 'Muuk’' },
    definition: {
      es: '«Fuerza» en maya yucateco: la fuerza que cada participante ya tiene y que el grupo ayuda a reconocer.',
      en: '“Strength” in Yucatec Maya: the strength each participant already has and the group helps her recognise.',
    },
    participantDefinition: { es: 'Fuerza: la que ya tienes.', en: 'Strength: the one you already have.' },
  },
]

/** What the women's track changes in 1.1.0 (two sessions), in both languages. */
const SOURCE_CHANGES: { number: number; safety?: { es: string; en: string }; materials?: { es: string; en: string } }[] = [
  {
    number: 2,
    safety: {
      es: 'Si una participante cuenta que la violencia aumentó después de empezar el grupo, ofrézcale hablar en privado al terminar y revise con ella su plan de seguridad antes de que se vaya.',
      en: 'If a participant says the violence increased after she joined the group, offer to talk privately after the session and go over her safety plan with her before she leaves.',
    },
  },
  {
    number: 5,
    materials: {
      es: 'Rotafolio, marcadores, tarjetas con situaciones, el directorio de servicios de la región impreso y una copia del plan de seguridad para cada participante.',
      en: 'Flip chart, markers, situation cards, the printed directory of the region’s services and a copy of the safety plan for each participant.',
    },
  },
]

const one = async (payload: Payload, collection: string, where: Record<string, unknown>) =>
  ((await payload.find({ collection: collection as never, where: where as never, limit: 1, depth: 0, overrideAccess: true })).docs[0] as Doc | undefined) ?? null

/** A rich text with one more paragraph at its end. */
function withParagraph(state: Doc | null | undefined, text: string): Doc {
  const added = lexicalFromParagraphs([text]) as Doc
  if (!state?.root) return added
  return { ...state, root: { ...state.root, children: [...(state.root.children ?? []), ...added.root.children] } }
}

export interface DemoAdaptationSummary {
  created: boolean
  sourceRelease?: string
}

/** Creates the adaptation and the source's 1.1.0 once; does nothing when the adaptation exists. */
export async function seedDemoAdaptation(payload: Payload, onProgress?: (label: string) => void): Promise<DemoAdaptationSummary> {
  const womenSlug = tracks.find((track) => track.key === 'women')?.slug
  const women = womenSlug ? await one(payload, 'tracks', { slug: { equals: womenSlug } }) : null
  if (!women || (await one(payload, 'tracks', { slug: { equals: ADAPTATION_SLUG } }))) return { created: false }
  const releases = (await payload.find({ collection: 'manual-releases' as never, where: { track: { equals: women.id } } as never, depth: 0, limit: 0, pagination: false, overrideAccess: true })).docs as Doc[]
  const first = releases.find((release) => release.version === DEMO_RELEASE_VERSION && release.status === 'ready')
  // Designers released the track since: the demo's story no longer fits, leave it alone.
  if (!first || latestVersion(releases.map((release) => release.version)) !== DEMO_RELEASE_VERSION) return { created: false }

  const admin = await one(payload, 'users', { roles: { contains: 'admin' } })
  const designer = await one(payload, 'users', { roles: { contains: 'curriculum-designer' } })
  const reviewer = await one(payload, 'users', { roles: { contains: 'reviewer' } })
  const req = await createLocalReq({ user: admin ? ({ ...admin, collection: 'users' } as never) : undefined, context: { seeding: true } }, payload)

  onProgress?.(`adapting ${womenSlug} ${DEMO_RELEASE_VERSION}`)
  const source = (await payload.findByID({ collection: 'tracks', id: women.id, depth: 0, locale: 'all', overrideAccess: true })) as Doc
  const { track } = await adaptTrack(req, source, first, { title: TITLE, slug: ADAPTATION_SLUG })
  for (const locale of ['es', 'en'] as const) {
    await payload.update({ collection: 'tracks', id: track.id, locale, data: { description: DESCRIPTION[locale] } as never, overrideAccess: true })
  }
  // The designers' own changes: a Maya greeting in the first session, a rural example in the second.
  const adapted = (await payload.find({ collection: 'sessions', where: { track: { equals: track.id } }, sort: 'number', draft: true, depth: 0, locale: 'es', limit: 2, overrideAccess: true })).docs as Doc[]
  const local = [
    ' Abrimos con el saludo en maya «Bix a beel?» (¿cómo estás?) y cada una responde en la lengua que prefiera.',
    ' Los ejemplos vienen de la vida en el campo y en la milpa, y nombramos la fuerza de cada una, su muuk’.',
  ]
  for (const [index, session] of adapted.entries()) {
    await payload.update({ collection: 'sessions', id: session.id, locale: 'es', draft: true, data: { summary: `${session.summary ?? ''}${local[index]}` } as never, overrideAccess: true })
  }
  for (const entry of GLOSSARY) {
    const created = await payload.create({
      collection: 'glossary-terms' as never,
      locale: 'es',
      data: { programme: source.programme, track: track.id, term: entry.term.es, definition: entry.definition.es, participantDefinition: entry.participantDefinition.es, _status: 'published' } as never,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'glossary-terms' as never,
      id: (created as Doc).id,
      locale: 'en',
      data: { term: entry.term.en, definition: entry.definition.en, participantDefinition: entry.participantDefinition.en, _status: 'published' } as never,
      overrideAccess: true,
    })
  }

  // The source moves on: two sessions change and 1.1.0 is published, reviewed as the others were.
  onProgress?.(`${womenSlug} ${ADAPTATION_SOURCE_UPDATE}`)
  for (const change of SOURCE_CHANGES) {
    const session = await one(payload, 'sessions', { and: [{ track: { equals: women.id } }, { number: { equals: change.number } }] })
    if (!session) continue
    const id = session.id as ID
    const current = (await payload.findByID({ collection: 'sessions', id, depth: 0, locale: 'all', overrideAccess: true })) as Doc
    for (const locale of ['es', 'en'] as const) {
      const data: Doc = { _status: 'published' }
      if (change.safety) data.safetyNotes = withParagraph(current.safetyNotes?.[locale], change.safety[locale])
      if (change.materials) data.materials = change.materials[locale]
      await payload.update({ collection: 'sessions', id, locale, data: data as never, overrideAccess: true, req })
    }
    await recordDecision(req, id, 'submitted', null, await latestVersionId(req, id), designer?.id ?? null)
    await recordDecision(req, id, 'approved', 'Revisada: la nota de seguridad y los materiales están completos.', await latestVersionId(req, id), reviewer?.id ?? null)
    await writeReviewState(req, { id, _status: 'published' }, 'approved', await approvalOf(req, id))
  }
  await publishManualRelease(payload, {
    track: women.id,
    version: ADAPTATION_SOURCE_UPDATE,
    locales: ['es', 'en'],
    notes: {
      es: lexicalFromParagraphs(['Nota de seguridad nueva en la sesión 2 y materiales completos en la sesión 5.']),
      en: lexicalFromParagraphs(['A new safety note in session 2 and complete materials in session 5.']),
    },
    user: admin ? { id: admin.id } : null,
  })
  return { created: true, sourceRelease: ADAPTATION_SOURCE_UPDATE }
}
