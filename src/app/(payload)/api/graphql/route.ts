import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { clientAddress } from '@/cms/auth/signInLimits'
import { GRAPHQL_MAX_BODY_BYTES, withGraphQLConcurrencyLimit, withGraphQLTokenLimit } from '@/cms/graphql/limits'
import { requestLanguage, withRequestGuard } from '@/server/requestGuard'

/** A signed-in account counts as itself wherever it sends from; anyone else by address. */
async function identify(request: Request): Promise<string> {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers }).catch(() => ({ user: null }))
  return user ? `account:${user.collection}:${user.id}` : `address:${clientAddress({ headers: request.headers } as never)}`
}

const language = (request: Request) => requestLanguage(request.headers)

// A GraphQL document is parsed and validated whole before any validation rule can refuse it: its
// size and its number of tokens are bounded first, and one client runs only a few requests at
// once (src/cms/graphql/limits.ts).
export const POST = withRequestGuard(
  withGraphQLConcurrencyLimit(withGraphQLTokenLimit(GRAPHQL_POST(config), { language }), { identify, language }),
  { maxJsonBodyBytes: GRAPHQL_MAX_BODY_BYTES },
)
export const OPTIONS = REST_OPTIONS(config)
