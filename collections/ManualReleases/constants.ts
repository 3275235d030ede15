/** Names shared by the collection, its hooks, the build job and the endpoints. */
export const RELEASES_SLUG = 'manual-releases'

/** `req.context` flag of the server's own writes (the build job): only they may change a release. */
export const RELEASE_SYSTEM_WRITE = 'manualReleaseSystemWrite'

/** The jobs-queue task that renders a release's files. */
export const BUILD_TASK = 'buildManualRelease'

/** Retries after the first attempt: four attempts in all before the release is marked `failed`. */
export const BUILD_RETRIES = 3

/** The queue builds go to: Payload's default, so `payload.jobs.run()` and `payload jobs:run` find them. */
export const BUILD_QUEUE = 'default'

/** Request context key: release notes in further locales (locale → Lexical state), for server code that publishes in several languages at once. */
export const RELEASE_NOTES_BY_LOCALE = 'manualReleaseNotesByLocale'

/** A release's states and their names, for the collection's select and the admin's overview. */
export const RELEASE_STATUS_OPTIONS = [
  { value: 'building', label: { es: 'Generándose', en: 'Building' } },
  { value: 'ready', label: { es: 'Lista', en: 'Ready' } },
  { value: 'failed', label: { es: 'Falló', en: 'Failed' } },
] as const

/** The create form's field for the release notes in one locale (`notes_es`, `notes_en`…): not stored under that name. */
export const notesFieldName = (locale: string) => `notes_${locale.replace(/[^A-Za-z0-9]/g, '_')}`
