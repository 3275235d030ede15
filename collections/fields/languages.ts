import type { Option } from 'payload'

/**
 * Languages content and services come in: the two UI locales plus indigenous languages of the
 * pilot states (ISO 639-3 where one exists). Adding one here needs no other change.
 */
export const LANGUAGE_OPTIONS: Option[] = [
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

export const LANGUAGE_CODES = LANGUAGE_OPTIONS.map((option) => (typeof option === 'string' ? option : option.value))
