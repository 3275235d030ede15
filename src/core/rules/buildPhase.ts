/**
 * Whether this process is `next build` (or our build script around it): it loads the Payload
 * config, with NODE_ENV=production, to prerender pages, but serves nothing and may run before
 * the database has been migrated.
 */
export function isBuildPhase(env: Record<string, string | undefined>): boolean {
  return env.NEXT_PHASE === 'phase-production-build' || env.REEDUCA_BUILDING === '1'
}
