/**
 * The languages people read refusals in: the admin's two (Spanish first, English). A refusal the
 * project makes is written in both, as a `Bilingual`, and the Payload ring picks the one of the
 * request (`languageOf(req.i18n?.language)`: the user's admin language, else Accept-Language,
 * else Spanish, the same rule Payload applies to its own messages).
 */
export const LANGUAGES = ['es', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export type Bilingual = Record<Language, string>

export const DEFAULT_LANGUAGE: Language = 'es'

/** The admin's language, as Payload keeps it (`${cookiePrefix}-lng`, prefix `payload`): set from her account. */
export const ADMIN_LANGUAGE_COOKIE = 'payload-lng'
/**
 * The language switch of the portal and the public pages (a session cookie). It speaks for the
 * API too: a facilitator who reads the portal in English and follows a download link from it is
 * refused in English, not in her browser's Spanish.
 */
export const SITE_LANGUAGE_COOKIE = 'reeduca-lang'

/** One cookie's value from a Cookie header, or null. */
export function cookieValue(header: string | null | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim()
  }
  return null
}

/**
 * The language a person chose, from a request's cookies: the admin's, else the site's switch;
 * null when she chose none (Accept-Language then decides, else Spanish).
 */
export function chosenLanguage(cookieHeader: string | null | undefined): Language | null {
  for (const name of [ADMIN_LANGUAGE_COOKIE, SITE_LANGUAGE_COOKIE]) {
    const value = cookieValue(cookieHeader, name)
    if (value === 'es' || value === 'en') return value
  }
  return null
}

export function languageOf(value: unknown): Language {
  return typeof value === 'string' && value.toLowerCase().startsWith('en') ? 'en' : 'es'
}

/** Both languages from one function of the language: `both((l) => l === 'es' ? … : …)`. */
export function both(text: (language: Language) => string): Bilingual {
  return { es: text('es'), en: text('en') }
}

/** "1 problema" / "3 problemas". */
export function plural(language: Language, count: number, one: Bilingual, many: Bilingual): string {
  return `${count} ${count === 1 ? one[language] : many[language]}`
}
