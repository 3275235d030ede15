/**
 * A separate process signing in on the database in DATABASE_URI, as another app instance would
 * (tests/int/shared-sign-in-limits.test.ts). ATTEMPTS is a JSON list of
 * `{ email, password, address }`; prints SIGN_INS=<JSON list of statuses> (200, 401, 429…).
 */
export {}

const { startInstancePayload } = await import('./instanceProcess')
const payload = await startInstancePayload()
const { CLIENT_ADDRESS_HEADER } = await import('@/cms/auth/signInLimits')

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
