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
