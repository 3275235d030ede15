/**
 * Semantic versions of manual releases (https://semver.org): MAJOR.MINOR.PATCH with an optional
 * pre-release ("1.2.0-rc.1") and build metadata ("+2026"), ordered as the spec says. Small and
 * dependency-free so the admin, hooks, seed and tests agree on one rule.
 */

export interface SemVer {
  major: number
  minor: number
  patch: number
  prerelease: (string | number)[]
  build: string[]
  raw: string
}

const NUMERIC = /^(0|[1-9]\d*)$/
const PRERELEASE_ID = /^(0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)$/
const BUILD_ID = /^[0-9A-Za-z-]+$/

/** The parsed version, or null when `value` is not a semantic version (no leading "v", no blanks). */
export function parseVersion(value: unknown): SemVer | null {
  if (typeof value !== 'string' || value.length > 64) return null
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/.exec(value)
  if (!match) return null
  const [, major, minor, patch, pre, build] = match
  if (![major, minor, patch].every((part) => NUMERIC.test(part))) return null
  const prerelease = pre ? pre.split('.') : []
  if (!prerelease.every((id) => PRERELEASE_ID.test(id))) return null
  const buildIds = build ? build.split('.') : []
  if (!buildIds.every((id) => BUILD_ID.test(id))) return null
  const numbers = [major, minor, patch].map(Number)
  if (!numbers.every(Number.isSafeInteger)) return null
  return {
    major: numbers[0],
    minor: numbers[1],
    patch: numbers[2],
    prerelease: prerelease.map((id) => (NUMERIC.test(id) ? Number(id) : id)),
    build: buildIds,
    raw: value,
  }
}

export const isValidVersion = (value: unknown): value is string => parseVersion(value) !== null

/** Why a value is not a usable version, or null when it is one. */
export function versionProblem(value: unknown, language: 'es' | 'en' = 'en'): string | null {
  const es = language === 'es'
  if (value === undefined || value === null || value === '') return es ? 'Falta la versión (por ejemplo 1.0.0).' : 'A version is required (e.g. 1.0.0).'
  if (isValidVersion(value)) return null
  return es
    ? `«${String(value)}» no es una versión semántica: usa MAYOR.MENOR.PARCHE (por ejemplo 1.2.0 u opcionalmente 1.2.0-rc.1).`
    : `«${String(value)}» is not a semantic version: use MAJOR.MINOR.PATCH (e.g. 1.2.0, optionally -rc.1).`
}

function compareIdentifiers(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1
  // Numeric identifiers have lower precedence than alphanumeric ones.
  if (typeof a === 'number') return -1
  if (typeof b === 'number') return 1
  return a === b ? 0 : a < b ? -1 : 1
}

/**
 * -1, 0 or 1 as `a` is lower than, equal to or greater than `b` in semantic-version precedence
 * (build metadata is ignored). Throws on a value that is not a version.
 */
export function compareVersions(a: string | SemVer, b: string | SemVer): number {
  const left = typeof a === 'string' ? parseVersion(a) : a
  const right = typeof b === 'string' ? parseVersion(b) : b
  if (!left || !right) throw new TypeError(`Not a semantic version: ${!left ? String(a) : String(b)}`)
  for (const key of ['major', 'minor', 'patch'] as const) {
    if (left[key] !== right[key]) return left[key] < right[key] ? -1 : 1
  }
  // A pre-release is lower than its release: 1.0.0-rc.1 < 1.0.0.
  if (!left.prerelease.length || !right.prerelease.length) {
    return left.prerelease.length === right.prerelease.length ? 0 : left.prerelease.length ? -1 : 1
  }
  const length = Math.max(left.prerelease.length, right.prerelease.length)
  for (let i = 0; i < length; i++) {
    if (left.prerelease[i] === undefined) return -1
    if (right.prerelease[i] === undefined) return 1
    const order = compareIdentifiers(left.prerelease[i], right.prerelease[i])
    if (order) return order
  }
  return 0
}

/** The greatest of some versions (invalid ones are ignored); undefined for none. */
export function latestVersion(versions: Iterable<string | null | undefined>): string | undefined {
  let latest: string | undefined
  for (const version of versions) {
    if (!isValidVersion(version)) continue
    if (latest === undefined || compareVersions(version, latest) > 0) latest = version
  }
  return latest
}
