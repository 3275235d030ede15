/** Names shared by the collection, its hooks, the build job and the endpoints. */
export const RELEASES_SLUG = 'manual-releases'

/** `req.context` flag of the server's own writes (the build job): only they may change a release. */
export const RELEASE_SYSTEM_WRITE = 'manualReleaseSystemWrite'

/** Request context key: release notes in further locales (locale → Lexical state), for server code that publishes in several languages at once. */
export const RELEASE_NOTES_BY_LOCALE = 'manualReleaseNotesByLocale'

/** The create form's field for the release notes in one locale (`notes_es`, `notes_en`…): not stored under that name. */
export const notesFieldName = (locale: string) => `notes_${locale.replace(/[^A-Za-z0-9]/g, '_')}`

