/**
 * Words the printed editions use around the content, in Spanish and English. Another locale
 * (an indigenous language added later) falls back to English here until someone translates
 * this table; its content still prints in its own language.
 */
import type { LocaleCode, ResourceKind, TrackAudience } from '@/core/releases/snapshot'
import { ACTIVITY_KINDS, labelOf } from '@/core/vocabulary'

export interface EditionStrings {
  facilitatorManual: string
  participantWorkbook: string
  facilitatorsOnly: string
  version: string
  published: string
  language: string
  toc: string
  releaseNotes: string
  whatChanged: string
  changes: string
  firstRelease: string
  noChanges: string
  session: string
  duration: string
  minutesShort: string
  module: string
  contentNotes: string
  objectives: string
  /** The session's summary, as the manual prints it: what the participants read of the session in their workbook. */
  participantSummary: string
  materials: string
  agenda: string
  start: string
  activity: string
  kind: string
  minutes: string
  total: string
  activities: string
  facilitatorInstructions: string
  participantContent: string
  facilitatorNotes: string
  safetyNotes: string
  noSafetyNotes: string
  handouts: string
  attachedFile: string
  resources: string
  captions: string
  noCaptions: string
  licence: string
  credit: string
  facilitatorResource: string
  appendix: string
  services: string
  servicesIntro: string
  phone: string
  hours: string
  languages: string
  ruralCoverage: string
  address: string
  website: string
  servesWhom: string
  glossary: string
  imageMissing: string
  /** Read aloud for an image whose author gave no alt text (PDF/UA-1 needs one). */
  imageWithoutAlt: string
  page: string
  inThisSession: string
  writeHere: string
  homework: string
  whereToGetHelp: string
  usedInActivity: string
  /** A session's first part in the manual: duration, module and objectives. */
  overview: string
  /** The part holding sessions that belong to no module. */
  sessions: string
  /** Listed on a module's title page. */
  sessionsInPart: string
  /** An open group's words (issue 20, part 4): its modules are themes. */
  theme: string
  sessionsInTheme: string
  groupFormat: string
  sessionsRange: string
  /** The appendix gathering every handout as a page to photocopy. */
  handoutsToCopy: string
  handoutToCopy: string
  handoutsIntro: string
}

const es: EditionStrings = {
  facilitatorManual: 'Manual para facilitación',
  participantWorkbook: 'Cuaderno de trabajo',
  facilitatorsOnly: 'Uso exclusivo del equipo facilitador: contiene notas de seguridad. No entregar a participantes.',
  version: 'Versión',
  published: 'Publicada',
  language: 'Idioma',
  toc: 'Índice',
  releaseNotes: 'Notas de la versión',
  whatChanged: 'Qué cambió desde la versión',
  changes: 'Cambios',
  firstRelease: 'Primera versión publicada de esta línea.',
  noChanges: 'Ninguna sesión cambió.',
  session: 'Sesión',
  duration: 'Duración',
  minutesShort: 'min',
  module: 'Módulo',
  contentNotes: 'Aviso de contenido',
  objectives: 'Objetivos',
  participantSummary: 'Resumen para participantes (en su cuaderno)',
  materials: 'Materiales',
  agenda: 'Agenda',
  start: 'Inicio',
  activity: 'Actividad',
  kind: 'Tipo',
  minutes: 'Minutos',
  total: 'Total',
  activities: 'Actividades',
  facilitatorInstructions: 'Instrucciones para facilitación',
  participantContent: 'Contenido para participantes',
  facilitatorNotes: 'Notas para facilitación',
  safetyNotes: 'Notas de seguridad',
  noSafetyNotes: 'Esta sesión no tiene notas de seguridad propias; aplica el protocolo general del programa.',
  handouts: 'Hojas de trabajo',
  attachedFile: 'Archivo adjunto',
  resources: 'Recursos',
  captions: 'Subtítulos',
  noCaptions: 'sin subtítulos',
  licence: 'Licencia',
  credit: 'Créditos',
  facilitatorResource: 'solo facilitación',
  appendix: 'Apéndice',
  services: 'Directorio de servicios',
  servicesIntro: 'Servicios para canalizar a quienes no son elegibles para el grupo o están en crisis.',
  phone: 'Teléfono',
  hours: 'Horario',
  languages: 'Idiomas',
  ruralCoverage: 'Atiende zonas rurales',
  address: 'Dirección',
  website: 'Sitio web',
  servesWhom: 'Atiende a',
  glossary: 'Glosario',
  imageMissing: 'Imagen no disponible',
  imageWithoutAlt: 'Imagen sin descripción',
  page: 'Página',
  inThisSession: 'En esta sesión',
  writeHere: 'Escribe aquí',
  homework: 'Tarea',
  whereToGetHelp: 'Dónde pedir ayuda',
  usedInActivity: 'Material',
  overview: 'Panorama de la sesión',
  sessions: 'Sesiones',
  sessionsInPart: 'Sesiones de este módulo',
  theme: 'Tema',
  sessionsInTheme: 'Sesiones de este tema',
  groupFormat: 'Formato del grupo',
  sessionsRange: 'sesiones',
  handoutsToCopy: 'Hojas para fotocopiar',
  handoutToCopy: 'Hoja para fotocopiar',
  handoutsIntro: 'Todas las hojas de trabajo del manual, cada una en su página, para fotocopiar y entregar al grupo.',
}

const en: EditionStrings = {
  facilitatorManual: 'Facilitator manual',
  participantWorkbook: 'Participant workbook',
  facilitatorsOnly: 'For the facilitation team only: contains safety notes. Do not hand out to participants.',
  version: 'Version',
  published: 'Published',
  language: 'Language',
  toc: 'Table of contents',
  releaseNotes: 'Release notes',
  whatChanged: 'What changed since version',
  changes: 'Changes',
  firstRelease: 'First published release of this track.',
  noChanges: 'No session changed.',
  session: 'Session',
  duration: 'Duration',
  minutesShort: 'min',
  module: 'Module',
  contentNotes: 'Content notes',
  objectives: 'Objectives',
  participantSummary: 'Summary for participants (in their workbook)',
  materials: 'Materials',
  agenda: 'Agenda',
  start: 'Start',
  activity: 'Activity',
  kind: 'Kind',
  minutes: 'Minutes',
  total: 'Total',
  activities: 'Activities',
  facilitatorInstructions: 'Facilitator instructions',
  participantContent: 'Participant content',
  facilitatorNotes: 'Facilitator notes',
  safetyNotes: 'Safety notes',
  noSafetyNotes: 'This session has no safety notes of its own; follow the programme’s general protocol.',
  handouts: 'Handouts',
  attachedFile: 'Attached file',
  resources: 'Resources',
  captions: 'Captions',
  noCaptions: 'no captions',
  licence: 'Licence',
  credit: 'Credit',
  facilitatorResource: 'facilitators only',
  appendix: 'Appendix',
  services: 'Directory of services',
  servicesIntro: 'Services to refer people who are not eligible for the group or are in crisis.',
  phone: 'Phone',
  hours: 'Hours',
  languages: 'Languages',
  ruralCoverage: 'Serves rural areas',
  address: 'Address',
  website: 'Website',
  servesWhom: 'Serves',
  glossary: 'Glossary',
  imageMissing: 'Image not available',
  imageWithoutAlt: 'Image without a description',
  page: 'Page',
  inThisSession: 'In this session',
  writeHere: 'Write here',
  homework: 'Homework',
  whereToGetHelp: 'Where to get help',
  usedInActivity: 'Material',
  overview: 'Session overview',
  sessions: 'Sessions',
  sessionsInPart: 'Sessions in this module',
  theme: 'Theme',
  sessionsInTheme: 'Sessions in this theme',
  groupFormat: 'Group format',
  sessionsRange: 'sessions',
  handoutsToCopy: 'Handouts to photocopy',
  handoutToCopy: 'Handout to photocopy',
  handoutsIntro: 'Every handout in this manual, each on a page of its own, to photocopy and hand out to the group.',
}

type Labels<K extends string> = Record<'es' | 'en', Record<K, string>>

const RESOURCE_LABELS: Labels<ResourceKind> = {
  es: { video: 'Video', audio: 'Audio', image: 'Imagen', document: 'Documento' },
  en: { video: 'Video', audio: 'Audio', image: 'Image', document: 'Document' },
}

const AUDIENCE_LABELS: Labels<TrackAudience> = {
  es: { women: 'Línea de mujeres', men: 'Línea de hombres', facilitators: 'Apoyo a facilitación' },
  en: { women: "Women's track", men: "Men's track", facilitators: 'Facilitator support' },
}

const SERVICE_KIND_LABELS: Labels<string> = {
  es: {
    shelter: 'Refugio',
    'legal-aid': 'Asesoría jurídica',
    health: 'Salud',
    'psychological-support': 'Apoyo psicológico',
    hotline: 'Línea telefónica',
    'justice-centre': 'Centro de Justicia para las Mujeres',
  },
  en: {
    shelter: 'Shelter',
    'legal-aid': 'Legal aid',
    health: 'Health',
    'psychological-support': 'Psychological support',
    hotline: 'Hotline',
    'justice-centre': "Women's Justice Centre",
  },
}

/** Proper names of the states (with their accents), for the services directory. */
const STATE_NAMES: Record<string, string> = {
  national: '',
  aguascalientes: 'Aguascalientes',
  'baja-california': 'Baja California',
  'baja-california-sur': 'Baja California Sur',
  campeche: 'Campeche',
  chiapas: 'Chiapas',
  chihuahua: 'Chihuahua',
  'ciudad-de-mexico': 'Ciudad de México',
  coahuila: 'Coahuila',
  colima: 'Colima',
  durango: 'Durango',
  guanajuato: 'Guanajuato',
  guerrero: 'Guerrero',
  hidalgo: 'Hidalgo',
  jalisco: 'Jalisco',
  mexico: 'Estado de México',
  michoacan: 'Michoacán',
  morelos: 'Morelos',
  nayarit: 'Nayarit',
  'nuevo-leon': 'Nuevo León',
  oaxaca: 'Oaxaca',
  puebla: 'Puebla',
  queretaro: 'Querétaro',
  'quintana-roo': 'Quintana Roo',
  'san-luis-potosi': 'San Luis Potosí',
  sinaloa: 'Sinaloa',
  sonora: 'Sonora',
  tabasco: 'Tabasco',
  tamaulipas: 'Tamaulipas',
  tlaxcala: 'Tlaxcala',
  veracruz: 'Veracruz',
  yucatan: 'Yucatán',
  zacatecas: 'Zacatecas',
}

const NATIONAL: Record<'es' | 'en', string> = { es: 'Nacional', en: 'National' }

/** Names of the languages content and services come in (src/core/vocabulary.ts). */
const LANGUAGE_NAMES: Labels<string> = {
  es: {
    es: 'español',
    en: 'inglés',
    yua: 'maya yucateco',
    nah: 'náhuatl',
    tot: 'totonaco',
    ctl: 'chinanteco',
    tar: 'rarámuri',
    chol: 'chol',
    yaq: 'yaqui (yoeme)',
    oto: 'otomí (hñähñu)',
  },
  en: {
    es: 'Spanish',
    en: 'English',
    yua: 'Yucatec Maya',
    nah: 'Nahuatl',
    tot: 'Totonac',
    ctl: 'Chinantec',
    tar: 'Rarámuri',
    chol: "Ch'ol",
    yaq: 'Yaqui',
    oto: 'Otomi',
  },
}

/** "es-MX" → "es"; anything without a table of its own → "en". */
function uiLocale(locale: LocaleCode): 'es' | 'en' {
  return locale.toLowerCase().split(/[-_]/)[0] === 'es' ? 'es' : 'en'
}

export function editionStrings(locale: LocaleCode): EditionStrings {
  return uiLocale(locale) === 'es' ? es : en
}

export function activityKindLabel(kind: string, locale: LocaleCode): string {
  return labelOf(ACTIVITY_KINDS, kind, uiLocale(locale))
}

export function resourceKindLabel(kind: string, locale: LocaleCode): string {
  return (RESOURCE_LABELS[uiLocale(locale)] as Record<string, string>)[kind] ?? kind
}

export function audienceLabel(audience: string, locale: LocaleCode): string {
  return (AUDIENCE_LABELS[uiLocale(locale)] as Record<string, string>)[audience] ?? audience
}

export function serviceKindLabel(kind: string, locale: LocaleCode): string {
  return SERVICE_KIND_LABELS[uiLocale(locale)][kind] ?? kind
}

export function stateName(state: string, locale: LocaleCode): string {
  if (state === 'national') return NATIONAL[uiLocale(locale)]
  return STATE_NAMES[state] ?? state
}

export function languageName(code: LocaleCode, locale: LocaleCode): string {
  const known = LANGUAGE_NAMES[uiLocale(locale)][code]
  if (known) return known
  try {
    const name = new Intl.DisplayNames([uiLocale(locale)], { type: 'language' }).of(code)
    if (name && name !== code) return name
  } catch {
    // Not a valid BCP 47 tag: print the code itself.
  }
  return code
}

/** A release date as people read it ("24 de noviembre de 2026"), in UTC so it never shifts a day. */
export function formatReleaseDate(iso: string, locale: LocaleCode): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const tag = uiLocale(locale) === 'es' ? 'es-MX' : 'en-GB'
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

/**
 * The `lang` Typst sets (hyphenation, "Índice", quotes). Typst accepts ISO 639 codes of two or
 * three letters; anything else prints with English rules.
 */
export function typstLanguage(locale: LocaleCode): { lang: string; region: string | null } {
  const [lang, region] = locale.toLowerCase().split(/[-_]/)
  if (!/^[a-z]{2,3}$/.test(lang ?? '')) return { lang: 'en', region: null }
  if (region && /^[a-z]{2}$/.test(region)) return { lang, region: region.toUpperCase() }
  return { lang, region: lang === 'es' ? 'MX' : null }
}
