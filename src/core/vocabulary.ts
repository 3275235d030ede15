/**
 * The project's one vocabulary: the fixed lists that content is classified by, with their
 * names in Spanish and English. Collections build their selects and blocks from here, the
 * portal, the admin and the renderers print the names from here, and the seed is typed by it.
 */

/** A name in each interface language. (Type aliases, not interfaces: Payload's labels are records.) */
export type Label = { es: string; en: string }

/** One value of a select, as Payload takes it (`{ value, label }`). */
export type Choice<V extends string = string> = { value: V; label: Label }

export const labelOf = <V extends string>(choices: readonly Choice<V>[], value: string | null | undefined, lang: keyof Label): string =>
  choices.find((choice) => choice.value === value)?.label[lang] ?? String(value ?? '')

/** The kinds of activity a session's agenda is built from, in the field's own words (the Sessions' activity blocks). */
export const ACTIVITY_KINDS = [
  { value: 'checkIn', label: { es: 'Registro de entrada', en: 'Check-in' }, plural: { es: 'Registros de entrada', en: 'Check-ins' }, interfaceName: 'CheckInActivity' },
  { value: 'themeWork', label: { es: 'Trabajo temático', en: 'Theme work' }, plural: { es: 'Trabajo temático', en: 'Theme work' }, interfaceName: 'ThemeWorkActivity' },
  { value: 'videoVignette', label: { es: 'Viñeta en video', en: 'Video vignette' }, plural: { es: 'Viñetas en video', en: 'Video vignettes' }, interfaceName: 'VideoVignetteActivity' },
  { value: 'groupDiscussion', label: { es: 'Discusión grupal', en: 'Group discussion' }, plural: { es: 'Discusiones grupales', en: 'Group discussions' }, interfaceName: 'GroupDiscussionActivity' },
  { value: 'rolePlay', label: { es: 'Juego de roles', en: 'Role-play' }, plural: { es: 'Juegos de roles', en: 'Role-plays' }, interfaceName: 'RolePlayActivity' },
  { value: 'reflection', label: { es: 'Reflexión', en: 'Reflection' }, plural: { es: 'Reflexiones', en: 'Reflections' }, interfaceName: 'ReflectionActivity' },
  { value: 'homework', label: { es: 'Tarea', en: 'Homework' }, plural: { es: 'Tareas', en: 'Homework' }, interfaceName: 'HomeworkActivity' },
  { value: 'closing', label: { es: 'Cierre', en: 'Closing' }, plural: { es: 'Cierres', en: 'Closings' }, interfaceName: 'ClosingActivity' },
  { value: 'break', label: { es: 'Receso', en: 'Break' }, plural: { es: 'Recesos', en: 'Breaks' }, interfaceName: 'BreakActivity' },
] as const satisfies readonly (Choice & { plural: Label; interfaceName: string })[]

export type ActivityKind = (typeof ACTIVITY_KINDS)[number]['value']
export const ACTIVITY_KIND_VALUES: readonly ActivityKind[] = ACTIVITY_KINDS.map((kind) => kind.value)
export const isActivityKind = (value: unknown): value is ActivityKind => (ACTIVITY_KIND_VALUES as readonly unknown[]).includes(value)

/**
 * A session's parts, named as a facilitator knows them from the manual's and the portal's
 * headings (lower case, to sit inside a sentence): "what changed" in the manual, the portal and
 * the admin, and the admin's coverage report. The one home of these names: the renderers and the
 * interface strings read them from here. `value` is the field's name in the Sessions collection
 * (what src/core/releases/changes.ts reports); the label is never that internal name.
 */
export const SESSION_FIELDS = [
  { value: 'number', label: { es: 'número de sesión', en: 'session number' } },
  { value: 'title', label: { es: 'título', en: 'title' } },
  { value: 'summary', label: { es: 'resumen para participantes', en: 'summary for participants' } },
  { value: 'contentNotes', label: { es: 'aviso de contenido', en: 'content notes' } },
  { value: 'materials', label: { es: 'materiales', en: 'materials' } },
  { value: 'objectives', label: { es: 'objetivos', en: 'objectives' } },
  { value: 'duration', label: { es: 'duración', en: 'duration' } },
  { value: 'module', label: { es: 'módulo', en: 'module' } },
  // The activities are what the facilitator reads as the session's agenda and its activities.
  { value: 'activities', label: { es: 'agenda y actividades', en: 'agenda and activities' } },
  { value: 'facilitatorNotes', label: { es: 'notas para facilitación', en: 'facilitator notes' } },
  { value: 'safetyNotes', label: { es: 'notas de seguridad', en: 'safety notes' } },
  { value: 'handouts', label: { es: 'hojas de trabajo', en: 'handouts' } },
  { value: 'resources', label: { es: 'recursos audiovisuales', en: 'audiovisual resources' } },
  { value: 'themes', label: { es: 'temas', en: 'themes' } },
] as const satisfies readonly Choice[]

/** The session fields "what changed" reports on (names as in the Sessions collection). */
export type SessionField = (typeof SESSION_FIELDS)[number]['value']

/** A session field's name in one interface language ("safetyNotes" → "notas de seguridad"). */
export const sessionFieldLabel = (field: string, lang: keyof Label): string => labelOf(SESSION_FIELDS, field, lang)

/** Every session field's name in one interface language, keyed by field. */
export const sessionFieldLabels = (lang: keyof Label): Record<SessionField, string> =>
  Object.fromEntries(SESSION_FIELDS.map((field) => [field.value, field.label[lang]])) as Record<SessionField, string>

/**
 * Languages content and services come in: the two UI locales plus indigenous languages of the
 * pilot states (ISO 639-3 where one exists). Adding one here needs no other change.
 */
export const LANGUAGES: Choice[] = [
  { value: 'es', label: { es: 'Español', en: 'Spanish' } },
  { value: 'en', label: { es: 'Inglés', en: 'English' } },
  { value: 'yua', label: { es: 'Maya yucateco', en: 'Yucatec Maya' } },
  { value: 'nah', label: { es: 'Náhuatl', en: 'Nahuatl' } },
  { value: 'tot', label: { es: 'Totonaco', en: 'Totonac' } },
  { value: 'ctl', label: { es: 'Chinanteco', en: 'Chinantec' } },
  { value: 'tar', label: { es: 'Rarámuri', en: 'Rarámuri' } },
  { value: 'chol', label: { es: 'Chol', en: "Ch'ol" } },
  { value: 'yaq', label: { es: 'Yaqui (yoeme)', en: 'Yaqui' } },
  { value: 'oto', label: { es: 'Otomí (hñähñu)', en: 'Otomi' } },
]
export const LANGUAGE_CODES = LANGUAGES.map((language) => language.value)

/** The states of Mexico, as the services directory files services by region. */
export const MEXICAN_STATES = [
  'Aguascalientes', 'Baja California', 'Baja California Sur', 'Campeche', 'Chiapas', 'Chihuahua',
  'Ciudad de México', 'Coahuila', 'Colima', 'Durango', 'Guanajuato', 'Guerrero', 'Hidalgo', 'Jalisco',
  'México', 'Michoacán', 'Morelos', 'Nayarit', 'Nuevo León', 'Oaxaca', 'Puebla', 'Querétaro',
  'Quintana Roo', 'San Luis Potosí', 'Sinaloa', 'Sonora', 'Tabasco', 'Tamaulipas', 'Tlaxcala',
  'Veracruz', 'Yucatán', 'Zacatecas',
]

/** A directory entry's region: the whole country, or one state (its value a slug of the name). */
export const SERVICE_REGIONS: Choice[] = [
  { value: 'national', label: { es: 'Nacional', en: 'National' } },
  ...MEXICAN_STATES.map((state) => ({ value: slugOf(state), label: { es: state, en: state } })),
]

/** The kinds of service in the directory. */
export const SERVICE_KINDS: Choice[] = [
  { value: 'shelter', label: { es: 'Refugio', en: 'Shelter' } },
  { value: 'legal-aid', label: { es: 'Asesoría jurídica', en: 'Legal aid' } },
  { value: 'health', label: { es: 'Salud', en: 'Health' } },
  { value: 'psychological-support', label: { es: 'Apoyo psicológico', en: 'Psychological support' } },
  { value: 'hotline', label: { es: 'Línea telefónica', en: 'Hotline' } },
  { value: 'justice-centre', label: { es: 'Centro de justicia para mujeres', en: "Women's justice centre" } },
]

/** Whom a service serves: the directory's filter, and what women's materials may list. */
export const SERVICE_AUDIENCES = [
  { value: 'women', label: { es: 'Mujeres', en: 'Women' } },
  { value: 'men', label: { es: 'Hombres', en: 'Men' } },
  { value: 'anyone', label: { es: 'Cualquier persona', en: 'Anyone' } },
] as const satisfies readonly Choice[]

/** A manual release's states. */
export const RELEASE_STATUSES = [
  { value: 'building', label: { es: 'Generándose', en: 'Building' } },
  { value: 'ready', label: { es: 'Lista', en: 'Ready' } },
  { value: 'failed', label: { es: 'Falló', en: 'Failed' } },
] as const satisfies readonly Choice[]

/** A URL-safe slug: lower case, no accents, words joined by hyphens ("Ciudad de México" → "ciudad-de-mexico"). */
export function slugOf(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
