import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { headAsGet, withRequestGuard } from '@/server/requestGuard'

import type { GuardOptions } from '@/server/requestGuard'

// Collections without versions: Payload answers /api/<slug>/versions of one with a 500.
let unversioned: Promise<string[]> | undefined
const options: GuardOptions = {
  unversionedCollections: () =>
    (unversioned ??= (config as unknown as Promise<{ collections: { slug: string; versions?: unknown }[] }>).then((built) => built.collections.filter((collection) => !collection.versions).map((collection) => collection.slug))),
}

const get = REST_GET(config)
export const GET = withRequestGuard(get, options)
export const HEAD = withRequestGuard(headAsGet(get), options)
export const POST = withRequestGuard(REST_POST(config), options)
export const DELETE = withRequestGuard(REST_DELETE(config), options)
export const PATCH = withRequestGuard(REST_PATCH(config), options)
export const PUT = withRequestGuard(REST_PUT(config), options)
export const OPTIONS = REST_OPTIONS(config)
