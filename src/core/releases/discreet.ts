/**
 * The discreet edition of participant materials. A workbook goes home with a participant, where
 * the person who hurt her may pick it up: its outside (cover, the running header on every page,
 * the PDF's properties and its file name) must read like any course's workbook. The designer sets
 * a neutral title per track ("Cuaderno de trabajo · Taller de bienestar"); these rules keep words
 * that give the programme away out of it.
 */

/**
 * Words that name what the programme is about, in Spanish and English. Compared without accents
 * or case, as whole words or word starts ("violencia", "violento", "reeducativo").
 */
export const REVEALING_WORDS = [
  'violencia',
  'violento',
  'violenta',
  'agresor',
  'agresion',
  'victima',
  'reeducacion',
  're-educacion',
  'reeducativ',
  'maltrato',
  'violence',
  'violent',
  'perpetrator',
  'aggressor',
  'abuser',
  'abuse',
  'victim',
  're-education',
  'reeducation',
  'batterer',
] as const

/** Lowercase, accents removed, so "Víctima" and "victima" compare equal. */
export function foldForComparison(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

/** The revealing words a text contains (folded forms), or none. */
export function revealingWordsIn(text: string): string[] {
  const folded = foldForComparison(text)
  return REVEALING_WORDS.filter((word) => new RegExp(`(^|[^a-z])${word.replace(/[-]/g, '[- ]?')}`).test(folded))
}

/**
 * Why a discreet title cannot be used, in the designer's two languages; null when it can (an
 * empty title is allowed: the track then has no discreet edition).
 */
export function discreetTitleProblem(value: unknown): string | null {
  const texts = typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).filter((v): v is string => typeof v === 'string') : []
  const found = [...new Set(texts.flatMap(revealingWordsIn))]
  if (!found.length) return null
  return `El título discreto no debe mencionar la violencia ni el programa (${found.join(', ')}). / The discreet title must not mention violence or the programme (${found.join(', ')}).`
}
