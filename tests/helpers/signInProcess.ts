/**
 * A separate process signing in on the database in DATABASE_URI, as another app instance would
 * (tests/int/shared-sign-in-limits.test.ts). ATTEMPTS is a JSON list of
 * `{ email, password, address }`; prints SIGN_INS=<JSON list of statuses> (200, 401, 429…).
 */
export {}

process.env.REEDUCA_JOBS_AUTORUN = '0'
process.env.REEDUCA_SKIP_RELEASE_RECOVERY = '1'

await import('../../scripts/preload-lexical.mjs')
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { CLIENT_ADDRESS_HEADER } = await import('@/cms/auth/signInLimits')

const payload = await getPayload({ config })
const statuses: number[] = []
for (const { email, password, address } of JSON.parse(process.env.ATTEMPTS ?? '[]') as Array<{ email: string; password: string; address: string }>) {
  try {
    await payload.login({ collection: 'users', data: { email, password }, req: { headers: new Headers({ [CLIENT_ADDRESS_HEADER]: address }) } as any })
    statuses.push(200)
  } catch (error) {
    statuses.push((error as { status?: number }).status ?? 500)
  }
}
console.log(`SIGN_INS=${JSON.stringify(statuses)}`)
process.exit(0)
