/**
 * The directory of services as a woman looking for help needs it: whom each service serves,
 * which services belong in women's materials, and the order that puts help first (the emergency
 * number, then national lines, then the chosen state). Plain data: the public page, the release
 * snapshot and unit tests use it the same way.
 */

import { SERVICE_AUDIENCES } from '@/core/vocabulary'

/** Whom a service serves (the `serves` field of the services collection). */
export type Serves = (typeof SERVICE_AUDIENCES)[number]['value']
export const SERVES: readonly Serves[] = SERVICE_AUDIENCES.map((audience) => audience.value)

export const isServes = (value: unknown): value is Serves => (SERVES as readonly unknown[]).includes(value)

/** A service with no recorded audience counts as serving anyone (older entries). */
export const servesOf = (service: { serves?: string | null }): Serves => (isServes(service.serves) ? service.serves : 'anyone')

/**
 * The `serves` values a reader who asks for services for `whom` is shown: a service for anyone
 * serves women and men too.
 */
export function servesValuesFor(whom: Serves): Serves[] {
  return whom === 'anyone' ? ['anyone'] : [whom, 'anyone']
}

/**
 * Whether a service may be listed in the materials of a track for `audience`. A men's service
 * (e.g. a line for men who want to stop using violence) is never listed in women's materials:
 * a woman reading her workbook at home is not sent to the programme for the man who hurt her.
 */
export function belongsInMaterialsFor(service: { serves?: string | null }, audience: string): boolean {
  return audience !== 'women' || servesOf(service) !== 'men'
}

/** Mexico's emergency number. */
export const EMERGENCY_NUMBER = '911'

const digits = (phone: string | null | undefined) => (phone ?? '').replace(/\D/g, '')
export const isEmergency = (service: { phone?: string | null }) => digits(service.phone) === EMERGENCY_NUMBER

interface Orderable {
  name: string
  state: string
  phone?: string | null
  kind?: string | null
  serves?: string | null
}

/**
 * Help first: national services before any state's, then the chosen state's, then the other
 * states in name order. Within a group the emergency number leads, then telephone lines, then
 * services for women or anyone before men's, then names in Spanish collation.
 */
export function orderDirectory<S extends Orderable>(services: readonly S[], options: { state?: string; stateName?: (slug: string) => string; locale?: string } = {}): S[] {
  const collator = new Intl.Collator(options.locale ?? 'es', { sensitivity: 'base' })
  const stateName = options.stateName ?? ((slug: string) => slug)
  const group = (service: S) => (service.state === 'national' ? 0 : options.state && service.state === options.state ? 1 : 2)
  const rank = (service: S) => (isEmergency(service) ? 0 : service.kind === 'hotline' ? 1 : 2) * 2 + (servesOf(service) === 'men' ? 1 : 0)
  return [...services].sort(
    (a, b) =>
      group(a) - group(b) ||
      (group(a) === 2 ? collator.compare(stateName(a.state), stateName(b.state)) : 0) ||
      rank(a) - rank(b) ||
      collator.compare(a.name, b.name),
  )
}
