import type { PayloadRequest } from 'payload'

import type { ID } from '@/core/rules/ids'

/**
 * Writes bookkeeping fields of a session (its number, its adaptation's standing) into the document
 * and into its newest version, in place, with the database adapter: through the Local API the save
 * would publish a pending draft (or leave it behind), add a version and withdraw a review approval,
 * none of which a renumbering or a "merged by hand" is. Inside the request's transaction when it
 * has one. Older versions keep what they had.
 */
export async function writeSessionInPlace(req: PayloadRequest, id: ID, data: Record<string, unknown>): Promise<void> {
  const { payload } = req
  await payload.db.updateOne({ collection: 'sessions', id, data, req, returning: false } as never)
  const { docs } = await payload.db.findVersions({
    collection: 'sessions',
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const latest = docs[0] as { id: ID; createdAt: string; updatedAt: string; version: Record<string, unknown> } | undefined
  if (!latest) return
  await payload.db.updateVersion({
    collection: 'sessions',
    id: latest.id,
    req,
    versionData: {
      createdAt: new Date(latest.createdAt).toISOString(),
      updatedAt: new Date(latest.updatedAt).toISOString(),
      latest: true,
      parent: id,
      version: { ...latest.version, ...data },
    } as never,
  })
}
