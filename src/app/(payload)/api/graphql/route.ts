import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { GRAPHQL_MAX_BODY_BYTES, withGraphQLTokenLimit } from '@/cms/graphql/limits'
import { withRequestGuard } from '@/server/requestGuard'

// A GraphQL document is parsed and validated whole before any validation rule can refuse it: its
// size and its number of tokens are bounded first (src/cms/graphql/limits.ts).
export const POST = withRequestGuard(withGraphQLTokenLimit(GRAPHQL_POST(config)), { maxJsonBodyBytes: GRAPHQL_MAX_BODY_BYTES })
export const OPTIONS = REST_OPTIONS(config)
