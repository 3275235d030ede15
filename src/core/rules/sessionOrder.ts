/**
 * Reordering the sessions of a track: the list a client sends must be exactly the track's sessions,
 * each once; they are then numbered 1..n in that order. Renumbering goes through temporary numbers
 * above every current and final number, so the unique (track, number) index never sees a clash.
 */
import type { Bilingual, Language } from '@/core/language'

type ID = number | string

export type SessionOrderCheck =
  | { ok: true; order: string[] }
  | { ok: false; message: string }

/** What the reorder endpoint says, in the admin's language. */
export const SESSION_ORDER_WORDS = {
  signIn: { es: 'Inicia sesión para reordenar las sesiones.', en: 'Log in to reorder sessions.' } satisfies Bilingual,
  notDesigner: {
    es: 'Solo quienes diseñan el currículo y quienes administran reordenan las sesiones.',
    en: 'Only curriculum designers and admins reorder sessions.',
  } satisfies Bilingual,
  sendList: {
    es: 'Envía {"sessions": [...]} con los ID de las sesiones de la línea en su nuevo orden.',
    en: 'Send {"sessions": [...]} with the IDs of the track’s sessions in their new order.',
  } satisfies Bilingual,
  noTrack: (id: string): Bilingual => ({ es: `No hay ninguna línea con el ID ${id}.`, en: `No track with ID ${id}.` }),
  renumbered: (moved: number, total: number): Bilingual => ({
    es: `Se renumeraron ${moved} de ${total} sesiones.`,
    en: `Renumbered ${moved} of ${total} sessions.`,
  }),
}

/** Validates `given` (the new order) against the IDs of the track's sessions; the message in `language`. */
export function checkSessionOrder(given: unknown, trackSessionIds: readonly ID[], language: Language = 'en'): SessionOrderCheck {
  const es = language === 'es'
  if (!Array.isArray(given)) return { ok: false, message: SESSION_ORDER_WORDS.sendList[language] }
  const bad = given.filter((id) => !((typeof id === 'string' && id.trim() !== '') || (typeof id === 'number' && Number.isFinite(id))))
  if (bad.length) {
    const shown = bad.map((id) => JSON.stringify(id)).join(', ')
    return { ok: false, message: es ? `Los ID de sesión deben ser números o texto; llegó ${shown}.` : `Session IDs must be numbers or text; got ${shown}.` }
  }
  const order = given.map(String)
  const seen = new Set<string>()
  const repeated = [...new Set(order.filter((id) => (seen.has(id) ? true : (seen.add(id), false))))]
  const known = new Set(trackSessionIds.map(String))
  const unknown = order.filter((id) => !known.has(id))
  const missing = [...known].filter((id) => !seen.has(id))
  const problems: string[] = []
  if (unknown.length) problems.push(es ? `no son sesiones de esta línea: ${unknown.join(', ')}` : `not sessions of this track: ${unknown.join(', ')}`)
  if (missing.length) problems.push(es ? `faltan sesiones de esta línea: ${missing.join(', ')}` : `missing sessions of this track: ${missing.join(', ')}`)
  if (repeated.length) problems.push(es ? `repetidas: ${repeated.join(', ')}` : `listed more than once: ${repeated.join(', ')}`)
  if (problems.length) {
    return {
      ok: false,
      message: es
        ? `El nuevo orden debe incluir cada sesión de la línea exactamente una vez (${problems.join('; ')}).`
        : `The new order must list every session of the track exactly once (${problems.join('; ')}).`,
    }
  }
  return { ok: true, order }
}

export interface RenumberStep {
  id: string
  number: number
}

/**
 * The writes that take sessions from `current` numbers to 1..n in `order`: first every session to a
 * temporary number above all current and final ones, then each to its final number. Sessions
 * already in place are not moved.
 */
export function renumberPlan(order: readonly string[], current: ReadonlyMap<string, number | null | undefined>): { temporary: RenumberStep[]; final: RenumberStep[] } {
  const moving = order.map((id, index) => ({ id, number: index + 1 })).filter(({ id, number }) => current.get(id) !== number)
  const highest = Math.max(order.length, ...[...current.values()].map((n) => (typeof n === 'number' ? n : 0)))
  return {
    temporary: moving.map(({ id }, index) => ({ id, number: highest + 1 + index })),
    final: moving,
  }
}
