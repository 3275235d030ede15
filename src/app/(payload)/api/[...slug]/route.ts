import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { headAsGet, withRequestGuard } from '@/server/requestGuard'

const get = REST_GET(config)
export const GET = withRequestGuard(get)
export const HEAD = withRequestGuard(headAsGet(get))
export const POST = withRequestGuard(REST_POST(config))
export const DELETE = withRequestGuard(REST_DELETE(config))
export const PATCH = withRequestGuard(REST_PATCH(config))
export const PUT = withRequestGuard(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
