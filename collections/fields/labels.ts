import type { Block, CollectionConfig, Field, LabelFunction } from 'payload'

/**
 * Labels are authored as `{ es, en }` objects (tests/unit/ui/strings.test.ts checks both are
 * there), but Payload does not translate such an object everywhere it shows a label: the list
 * table's sort buttons (`SortColumn`, fed the client field's `label` as it is by
 * `buildColumnState`) interpolate it into "Ordenar por {{label}} {{direction}}", which reads
 * "Ordenar por [object Object] ascendente". A label *function* never reaches the browser: Payload
 * calls it on the server when it builds the admin's client config, once per language
 * (`createClientField`, `createClientCollectionConfig`; cached per language by `getClientConfig`),
 * so every component, translated or not, gets plain text in the admin's language.
 *
 * So `bilingualLabels` (applied to every collection in payload.config.ts) turns each `{ es, en }`
 * label into such a function, once, at the root: collection labels, field labels, array and
 * blocks labels, block labels, tab labels and select/radio option labels — every place whose
 * type accepts a `LabelFunction`. (`ui` fields and `admin.group` take no function, and Payload
 * translates them where it shows them.) Nothing here is specific to a label: adding a field with
 * an `{ es, en }` label needs no other step.
 */

export type Bilingual = { es: string; en: string }

/**
 * Translations merged into the admin's i18n (payload.config.ts): a tab's label function is
 * called with `{ t }` only, no `i18n` (payload/dist/fields/config/client.js), so it asks `t`
 * which language it speaks.
 */
export const LABEL_LANGUAGE_TRANSLATIONS = {
  es: { reeduca: { language: 'es' } },
  en: { reeduca: { language: 'en' } },
} as const

type LabelArgs = Partial<Parameters<LabelFunction>[0]>

function languageOf({ i18n, t }: LabelArgs): string | undefined {
  if (i18n?.language) return i18n.language
  if (typeof t === 'function') {
    const said = (t as (key: string) => string)('reeduca:language')
    if (said && said !== 'reeduca:language' && said !== 'language') return said
  }
  return undefined
}

/** A plain `{ es, en, … }` object of strings (not a React element, not a function). */
export function isBilingual(value: unknown): value is Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  if (Object.getPrototypeOf(value) !== Object.prototype || '$$typeof' in value) return false
  const entries = Object.entries(value)
  return entries.length > 0 && 'es' in value && entries.every(([, text]) => typeof text === 'string')
}

/** One label in both languages as a Payload label function: text in the admin's language. */
export function labelIn(label: Record<string, string>): LabelFunction {
  const fn: LabelFunction = (args) => {
    const language = languageOf(args ?? {})
    const exact = language ? (label[language] ?? label[language.split('-')[0]]) : undefined
    // Spanish is the admin's fallback language (payload.config.ts i18n.fallbackLanguage).
    return exact ?? label.es ?? Object.values(label)[0]
  }
  return fn
}

function asFunction<T>(value: T): T | LabelFunction {
  return isBilingual(value) ? labelIn(value) : value
}

function labelsIn<T extends { singular?: unknown; plural?: unknown } | undefined>(labels: T): T {
  if (!labels || typeof labels !== 'object') return labels
  const copy: Loose = { ...labels }
  for (const key of ['singular', 'plural'] as const) if (key in labels) copy[key] = asFunction(labels[key])
  return copy as T
}

/** A block (activity kinds), with its labels and fields. */
export function bilingualBlock(block: Block): Block {
  return { ...block, labels: labelsIn(block.labels), fields: bilingualFields(block.fields) } as Block
}

// Field is a wide union; each branch below touches only properties that kind of field has, so the
// walker reads and writes through a loose record and casts back once.
type Loose = Record<string, unknown>

/** Fields, copied (the collections stay as authored), with every `{ es, en }` label a function. */
export function bilingualFields(fields: Field[]): Field[] {
  return fields.map((field) => {
    const copy: Loose = { ...(field as unknown as Loose) }
    if (field.type !== 'ui' && 'label' in field) copy.label = asFunction(field.label)
    // A `ui` field is a widget of the edit form (a player, the live agenda, review buttons), never
    // a column: without this, the list's column picker offered it under its code name, in English
    // ("Player", "Live Agenda", "Review Actions") whatever the admin's language.
    if (field.type === 'ui' && !field.admin?.components?.Cell && field.admin?.disableListColumn === undefined) {
      copy.admin = { ...field.admin, disableListColumn: true }
    }
    if ('labels' in field) copy.labels = labelsIn(field.labels as Loose | undefined)
    if ('fields' in field && Array.isArray(field.fields)) copy.fields = bilingualFields(field.fields)
    if (field.type === 'blocks' && Array.isArray(field.blocks)) copy.blocks = field.blocks.map(bilingualBlock)
    if (field.type === 'tabs') {
      copy.tabs = field.tabs.map((tab) => ({ ...tab, label: asFunction(tab.label), fields: bilingualFields(tab.fields) }))
    }
    if ((field.type === 'select' || field.type === 'radio') && Array.isArray(field.options)) {
      copy.options = field.options.map((option) => (typeof option === 'object' ? { ...option, label: asFunction(option.label) } : option))
    }
    return copy as unknown as Field
  })
}

/** A collection with every `{ es, en }` label it gives the admin turned into a label function. */
export function bilingualLabels(collection: CollectionConfig): CollectionConfig {
  return { ...collection, labels: labelsIn(collection.labels), fields: bilingualFields(collection.fields) }
}
