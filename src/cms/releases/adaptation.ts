/**
 * Adapted tracks, the Payload side (the rules are src/core/releases/adaptation.ts):
 * - `adaptTrack`: a new track copied from one release's frozen snapshot of a source track, its
 *   modules and sessions as drafts, each session recording the source session and release it follows;
 * - `readAdaptation`: where an adapted track stands against its source's newest release;
 * - `decideOnUpdate`: the designer's three answers to "update available" on one session: take
 *   the change (into the draft, never published), "merged by hand", or set aside with a reason.
 * Nothing here ever changes an adapted session without the designer's request.
 */
import { writeSessionInPlace } from '@/cms/db/sessionInPlace'
import type { Payload, PayloadRequest } from 'payload'

import { idOf, type ID } from '@/core/rules/ids'
import { forgetCurriculumCaches } from '@/cms/reads/curriculumCache'
import { latestVersion } from '@/core/rules/version'
import type { ReleaseSnapshot } from '@/core/releases/snapshot'
import {
  adaptationReport,
  type AdaptationReport,
  type AdaptedSessionLink,
  type AdaptedSessionStatus,
  sessionDataFromSnapshot,
  takeableFields,
  withRowIds,
} from '@/core/releases/adaptation'

type Doc = Record<string, any>

const RELEASES = 'manual-releases' as any

/**
 * A track's releases. The newest to follow is the newest not withdrawn and not failed
 * (`usable`); a release an adapted session follows still counts for "what changed since" after
 * it was withdrawn (its snapshot is kept).
 */
async function releasesOf(payload: Payload, trackId: ID, req?: PayloadRequest): Promise<Doc[]> {
  return (
    await payload.find({
      collection: RELEASES,
      where: { track: { equals: trackId } },
      select: { version: true, status: true, archived: true } as any,
      depth: 0,
      pagination: false,
      limit: 0,
      overrideAccess: true,
      req,
    })
  ).docs as Doc[]
}

const usable = (release: Doc) => release.archived !== true && release.status !== 'failed'

async function snapshotOf(payload: Payload, releaseId: ID, req?: PayloadRequest): Promise<ReleaseSnapshot | null> {
  const doc = (await payload.findByID({
    collection: RELEASES,
    id: releaseId,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    disableErrors: true,
    req,
  })) as Doc | null
  return (doc?.snapshot as ReleaseSnapshot | undefined) ?? null
}

/** The snapshots of some versions of a track's releases, by version. */
async function snapshotsOf(payload: Payload, releases: Doc[], versions: Iterable<string | null | undefined>, req?: PayloadRequest) {
  const wanted = new Set([...versions].filter((v): v is string => Boolean(v)))
  const out = new Map<string, ReleaseSnapshot>()
  for (const release of releases) {
    if (!wanted.has(release.version)) continue
    const snapshot = await snapshotOf(payload, release.id, req)
    if (snapshot) out.set(release.version, snapshot)
  }
  return out
}

/** An adapted session's link to its source, as stored. */
export const linkOf = (session: Doc): AdaptedSessionLink => ({
  id: session.id,
  number: session.number ?? null,
  title: session.title ?? null,
  sourceSession: session.adaptation?.sourceSession ?? null,
  followsVersion: session.adaptation?.followsVersion ?? null,
  setAsideVersion: session.adaptation?.setAsideVersion ?? null,
  setAsideReason: session.adaptation?.setAsideReason ?? null,
})

export interface AdaptationView {
  track: Doc
  sourceTrack: Doc | null
  report: AdaptationReport
  /** The newest source snapshot (to take changes from). */
  newest: ReleaseSnapshot | null
}

/**
 * Where an adapted track stands against its source, or null for a track that adapts nothing.
 * `sessions` narrows the sessions read (one session's view); drafts are read, as the editor shows them.
 */
export async function readAdaptation(
  payload: Payload,
  trackId: ID,
  options: { req?: PayloadRequest; sessionIds?: ID[]; /** false: the published sessions (a release's view). */ draft?: boolean } = {},
): Promise<AdaptationView | null> {
  const draft = options.draft ?? true
  const { req } = options
  const track = (await payload.findByID({ collection: 'tracks', id: trackId, depth: 0, overrideAccess: true, disableErrors: true, req })) as Doc | null
  const sourceId = idOf(track?.adaptedFrom?.track)
  if (!track || sourceId === null) return null
  const sourceTrack = (await payload.findByID({ collection: 'tracks', id: sourceId, depth: 0, locale: 'all', overrideAccess: true, disableErrors: true, req })) as Doc | null
  const sessions = (
    await payload.find({
      collection: 'sessions',
      where: options.sessionIds
        ? { id: { in: options.sessionIds } }
        : draft ? { track: { equals: track.id } } : { and: [{ track: { equals: track.id } }, { _status: { equals: 'published' } }] },
      select: { number: true, title: true, adaptation: true } as any,
      draft,
      depth: 0,
      locale: 'all',
      pagination: false,
      limit: 0,
      overrideAccess: true,
      req,
    })
  ).docs as Doc[]
  const releases = sourceTrack ? await releasesOf(payload, sourceTrack.id, req) : []
  const newestVersion = latestVersion(releases.filter(usable).map((release) => release.version)) ?? null
  const links = sessions.map(linkOf)
  const copiedFromVersion = track.adaptedFrom?.version ?? null
  const snapshots = await snapshotsOf(payload, releases, [newestVersion, copiedFromVersion, ...links.flatMap((link) => [link.followsVersion, link.setAsideVersion])], req)
  const report = adaptationReport({ sessions: links, copiedFromVersion, snapshots, newestVersion })
  return { track, sourceTrack, report, newest: newestVersion ? snapshots.get(newestVersion) ?? null : null }
}

/** The id as the database holds it: numbers where `sample` is a number (SQL serial ids). */
const storedId = (sample: unknown) => (id: string): ID => (typeof sample === 'number' && /^\d+$/.test(id) ? Number(id) : id)

/** Saves localized data locale by locale: the first creates the rows, the others reuse their ids. */
async function writeLocales(
  req: PayloadRequest,
  args: { collection: 'sessions' | 'modules'; id?: ID; locales: string[]; dataFor: (locale: string) => Record<string, unknown>; first: Record<string, unknown>; publish?: boolean },
): Promise<Doc> {
  const { payload } = req
  const [firstLocale, ...others] = args.locales
  const common = { req, user: req.user, overrideAccess: false, depth: 0, draft: !args.publish } as const
  const status = args.publish ? { _status: 'published' } : {}
  let doc = (args.id === undefined
    ? await payload.create({ collection: args.collection, locale: firstLocale as never, data: { ...args.dataFor(firstLocale), ...args.first, ...status } as never, ...common })
    : await payload.update({ collection: args.collection, id: args.id, locale: firstLocale as never, data: { ...args.dataFor(firstLocale), ...args.first, ...status } as never, ...common })) as Doc
  for (const locale of others) {
    const stored = (await payload.findByID({ collection: args.collection, id: doc.id, locale: firstLocale as never, draft: true, depth: 0, overrideAccess: true, req })) as Doc
    doc = (await payload.update({ collection: args.collection, id: doc.id, locale: locale as never, data: { ...withRowIds(args.dataFor(locale), stored), ...status } as never, ...common })) as Doc
  }
  return doc
}

/**
 * A new track adapting `source` from one of its releases (its newest when `releaseId` is not given):
 * audience and session length copied, its modules and sessions drafts copied from the release's
 * snapshot. Returns the new track; throws `AdaptRefusal` for what the caller words as 4xx.
 */
export async function adaptTrack(
  req: PayloadRequest,
  source: Doc,
  release: Doc,
  options: { title?: Record<string, string>; slug?: string } = {},
): Promise<{ track: Doc; sessions: number }> {
  const { title } = options
  const { payload } = req
  const snapshot = (release.snapshot ?? (await snapshotOf(payload, release.id, req))) as ReleaseSnapshot
  const locales = snapshot.release.locales.length ? [...snapshot.release.locales] : ['es']
  const toId = storedId(source.id)
  const suffix: Record<string, string> = { es: ' (adaptación)', en: ' (adaptation)' }
  const titleIn = (locale: string) => title?.[locale] ?? `${snapshot.track.title[locale] ?? snapshot.track.title[locales[0]] ?? ''}${suffix[locale] ?? ''}`
  const slug = options.slug ?? `${snapshot.track.slug}-adaptacion-${Date.now().toString(36)}`
  // The discreet title travels with the copy: a participant's workbook must stay as discreet (issue 17).
  const localized = (value: unknown, locale: string) => (value && typeof value === 'object' ? (value as Record<string, string>)[locale] : undefined)
  const perLocale = (locale: string) => ({
    ...(localized(snapshot.track.discreetTitle, locale) ? { discreetTitle: localized(snapshot.track.discreetTitle, locale) } : {}),
    ...(localized(source.description, locale) ? { description: localized(source.description, locale) } : {}),
  })
  const common = { req, user: req.user, overrideAccess: false, depth: 0 } as const

  let track = (await payload.create({
    collection: 'tracks',
    locale: locales[0] as never,
    data: {
      programme: idOf(source.programme),
      title: titleIn(locales[0]),
      ...perLocale(locales[0]),
      slug,
      audience: source.audience,
      plannedSessions: source.plannedSessions ?? snapshot.track.plannedSessions,
      sessionMinutes: source.sessionMinutes ?? snapshot.track.sessionMinutes,
      adaptedFrom: { track: source.id, release: release.id, version: snapshot.release.version },
    } as never,
    ...common,
  })) as Doc
  for (const locale of locales.slice(1)) {
    track = (await payload.update({ collection: 'tracks', id: track.id, locale: locale as never, data: { title: titleIn(locale), ...perLocale(locale) } as never, ...common })) as Doc
  }

  const moduleIds = new Map<string, ID>()
  for (const module of snapshot.modules) {
    const created = await writeLocales(req, {
      collection: 'modules',
      locales,
      // Modules are only titles: published at once, so the adaptation's release groups its sessions.
      publish: true,
      first: { track: track.id, order: module.order, sourceModule: module.id },
      dataFor: (locale) => ({ title: module.title[locale] ?? '', ...(module.summary?.[locale] ? { summary: module.summary[locale] } : {}) }),
    })
    moduleIds.set(module.id, created.id)
  }
  for (const session of snapshot.sessions) {
    const moduleId = session.moduleId ? moduleIds.get(session.moduleId) ?? null : null
    await writeLocales(req, {
      collection: 'sessions',
      locales,
      first: {
        track: track.id,
        number: session.number,
        module: moduleId,
        adaptation: { sourceSession: session.id, followsVersion: snapshot.release.version },
      },
      dataFor: (locale) => sessionDataFromSnapshot(session, locale, { toId, moduleId }),
    })
  }
  return { track, sessions: snapshot.sessions.length }
}

/**
 * "Merged by hand" and "set aside" are decisions about the session, not content: they are written
 * into the document and its newest version in place (as the session order is, Tracks/reorderSessions.ts),
 * so they count at once, on the published session too, without a draft to publish, a new version
 * or a withdrawn review approval.
 */
async function writeBookkeeping(req: PayloadRequest, id: ID, adaptation: Record<string, unknown>): Promise<void> {
  await writeSessionInPlace(req, id, { adaptation })
  forgetCurriculumCaches()
}

export type UpdateDecision = 'take' | 'merged' | 'set-aside'

/**
 * The designer's answer to one adapted session's update. `take` copies the source's changed
 * fields (every locale of the source release) into the session's draft and marks it as following
 * the newest release; `merged` marks it so without touching the content; `set-aside` keeps the
 * content and records the newest release and the reason.
 */
export async function decideOnUpdate(
  req: PayloadRequest,
  session: Doc,
  view: AdaptationView,
  status: AdaptedSessionStatus,
  decision: UpdateDecision,
  reason?: string,
): Promise<Doc> {
  const { payload } = req
  const newestVersion = view.report.newestVersion
  const adaptation = { ...(session.adaptation ?? {}) }
  if (decision === 'set-aside') {
    await writeBookkeeping(req, session.id, { ...adaptation, setAsideVersion: newestVersion, setAsideReason: reason ?? '' })
    return session
  }
  const followed = { ...adaptation, followsVersion: newestVersion, setAsideVersion: null, setAsideReason: null }
  if (decision === 'merged' || !view.newest) {
    await writeBookkeeping(req, session.id, followed)
    return session
  }
  const source = view.newest.sessions.find((candidate) => candidate.id === status.sourceSession)!
  const fields = takeableFields(status.changed)
  let moduleId: ID | null | undefined
  if (fields.includes('module')) {
    const modules = source.moduleId
      ? ((await payload.find({ collection: 'modules', where: { and: [{ track: { equals: view.track.id } }, { sourceModule: { equals: source.moduleId } }] }, depth: 0, limit: 1, overrideAccess: true, draft: true, req })).docs as Doc[])
      : []
    moduleId = modules[0]?.id ?? null
  }
  const toId = storedId(session.id)
  const locales = view.newest.release.locales.length ? [...view.newest.release.locales] : ['es']
  return writeLocales(req, {
    collection: 'sessions',
    id: session.id,
    locales,
    first: { adaptation: followed },
    dataFor: (locale) => sessionDataFromSnapshot(source, locale, { fields, toId, ...(moduleId !== undefined ? { moduleId } : {}) }),
  })
}
