/**
 * Content locales. Spanish first (the default and the fallback), English second; further
 * locales, such as indigenous languages, come from REEDUCA_EXTRA_LOCALES ("yua:Maaya t'aan,nah:Nāhuatl")
 * without code changes. On SQL databases a new locale needs a migration (`npm run migrate:create`).
 */
export interface ContentLocale {
  code: string
  label: string
}

export const DEFAULT_LOCALE = 'es'
export const BASE_LOCALES: ContentLocale[] = [
  { code: 'es', label: 'Español' },
  { code: 'en', label: 'English' },
]

export function contentLocales(extra: string | undefined = process.env.REEDUCA_EXTRA_LOCALES): ContentLocale[] {
  const locales = [...BASE_LOCALES]
  for (const entry of (extra ?? '').split(',')) {
    const [code, ...label] = entry.split(':')
    const cleanCode = code?.trim()
    if (!cleanCode || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(cleanCode)) continue
    if (locales.some((locale) => locale.code === cleanCode)) continue
    locales.push({ code: cleanCode, label: label.join(':').trim() || cleanCode })
  }
  return locales
}

export const localeCodes = (locales: ContentLocale[] = contentLocales()): string[] => locales.map((l) => l.code)
