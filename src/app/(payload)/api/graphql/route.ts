import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withRequestGuard } from '@/server/requestGuard'

export const POST = withRequestGuard(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
