import type { PayloadRequest } from 'payload'

import { languageOf, type Bilingual, type Language } from '@/core/language'

/**
 * The language a refusal is written in: the request's admin language as Payload chose it (the
 * user's switch, else Accept-Language, else Spanish). Local API calls without a request of their
 * own get Payload's fallback language, Spanish.
 */
export function refusalLanguage(req: Pick<PayloadRequest, 'i18n'> | null | undefined): Language {
  return languageOf(req?.i18n?.language)
}

/** The request's text of a bilingual message. */
export function inRequestLanguage(req: Pick<PayloadRequest, 'i18n'> | null | undefined, text: Bilingual): string {
  return text[refusalLanguage(req)]
}
