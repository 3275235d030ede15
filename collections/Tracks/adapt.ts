/**
 * Adapted tracks (issue 20), the track's endpoints:
 * - POST /api/tracks/:id/adapt {"release"?: id, "title"?: {es, en}}: a new track adapting this one
 *   from one of its releases (its newest usable one by default); designers and admins only.
 *   Answers 201 {track, sessions, version}.
 * - GET /api/tracks/:id/adaptation?locale=es: where an adapted track stands against its source:
 *   per session its state and what changed in the source (facilitator wording), the sessions the
 *   source added, how many are behind. Draft readers only (it lists draft sessions).
 * Refusals come in the request's language (src/core/releases/adaptation.ts `adaptationRefusals`).
 */
import type { Endpoint, PayloadRequest } from 'payload'

import type { Bilingual } from '@/core/language'
import { canEditCurriculum, canReadDrafts } from '@/core/rules/roles'
import { idOf } from '@/core/rules/ids'
import { latestVersion } from '@/core/rules/version'
import { adaptationRefusals, sourceChangeLine, sourceSessionName } from '@/core/releases/adaptation'
import { adaptTrack, readAdaptation } from '@/cms/releases/adaptation'
import { inRequestLanguage } from '@collections/hooks/language'

type Doc = Record<string, any>

const refuse = (req: PayloadRequest, status: number, message: Bilingual) =>
  Response.json({ errors: [{ message: inRequestLanguage(req, message) }] }, { status })

const firstText = (value: unknown): string =>
  typeof value === 'string' ? value : value && typeof value === 'object' ? String(Object.values(value).find((v) => typeof v === 'string' && v) ?? '') : ''

async function findTrack(req: PayloadRequest): Promise<Doc | null> {
  const id = req.routeParams?.id as string | number
  try {
    return (await req.payload.findByID({ collection: 'tracks', id, depth: 0, locale: 'all', overrideAccess: true, disableErrors: true, req })) as Doc | null
  } catch {
    return null
  }
}

export const adaptTrackEndpoint: Endpoint = {
  path: '/:id/adapt',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return refuse(req, 401, adaptationRefusals.signIn())
    if (!canEditCurriculum(req.user as never)) return refuse(req, 403, adaptationRefusals.notDesigner())
    let body: Doc = {}
    try {
      const parsed = await req.json?.()
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Doc
    } catch {
      body = {}
    }
    const source = await findTrack(req)
    if (!source) return refuse(req, 404, adaptationRefusals.noSuchTrack(String(req.routeParams?.id)))

    const releases = (
      await req.payload.find({
        collection: 'manual-releases' as any,
        where: { and: [{ track: { equals: source.id } }, { archived: { not_equals: true } }, { status: { not_equals: 'failed' } }] },
        select: { version: true } as any,
        depth: 0,
        pagination: false,
        limit: 0,
        overrideAccess: true,
        req,
      })
    ).docs as Doc[]
    if (!releases.length) return refuse(req, 409, adaptationRefusals.noRelease(firstText(source.title)))
    const wanted = idOf(body.release)
    const release = wanted !== null
      ? releases.find((candidate) => String(candidate.id) === String(wanted))
      : releases.find((candidate) => candidate.version === latestVersion(releases.map((r) => r.version)))
    if (!release) return refuse(req, 400, adaptationRefusals.releaseOfOtherTrack())

    const title = body.title && typeof body.title === 'object' ? (body.title as Record<string, string>) : typeof body.title === 'string' ? { es: body.title, en: body.title } : undefined
    const { track, sessions } = await adaptTrack(req, source, release, { title })
    return Response.json({ track: { id: track.id }, sessions, version: release.version }, { status: 201 })
  },
}

export const adaptationStatusEndpoint: Endpoint = {
  path: '/:id/adaptation',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return refuse(req, 401, adaptationRefusals.signIn())
    if (!canReadDrafts(req.user as never)) return refuse(req, 403, adaptationRefusals.notDesigner())
    const track = await findTrack(req)
    if (!track) return refuse(req, 404, adaptationRefusals.noSuchTrack(String(req.routeParams?.id)))
    const view = await readAdaptation(req.payload, track.id, { req })
    if (!view) return Response.json({ adapted: false })
    const locale = req.searchParams?.get('locale') || req.i18n?.language || 'es'
    const { report } = view
    return Response.json({
      adapted: true,
      source: { id: view.sourceTrack?.id ?? null, title: firstText(view.sourceTrack?.title?.[locale]) || firstText(view.sourceTrack?.title) },
      copiedFromVersion: report.copiedFromVersion,
      newestVersion: report.newestVersion,
      followsVersion: report.followsVersion,
      behind: report.behind,
      sessions: report.sessions.map((status) => ({
        ...status,
        change: status.state === 'behind' || status.state === 'set-aside' ? sourceChangeLine(status, locale, report.locales) : '',
      })),
      sessionsAddedInSource: report.sessionsAddedInSource.map((ref) => ({ ...ref, name: sourceSessionName(ref, locale, report.locales) })),
    })
  },
}
