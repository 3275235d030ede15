/**
 * POST /api/sessions/preview: the session editor's live preview. Takes the editor's unsaved form
 * values, makes a one-session release snapshot of them with the track's published resources
 * (as a release would), and answers the pages of the facilitator manual or of the participant
 * workbook as a PDF, printed by the release renderers themselves: what the designer sees is
 * what a release will print.
 *
 * Body: { data: <session form values, one locale>, locale: "es" | "en", edition:
 * "facilitator-manual" | "participant-workbook" }. Curriculum team only (it shows drafts).
 */
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { localeCodes } from '@/core/locales'
import { idOf } from '@/core/rules/ids'
import { canReadDrafts } from '@/core/rules/roles'
import { toParticipantSnapshot } from '@/core/releases/participantProjection'
import {
  renderFacilitatorManual,
  renderParticipantWorkbook,
  TypstRenderError,
} from '@/core/releases/render'
import { buildReleaseSnapshot } from '@/cms/releases/readSnapshot'
import { readMediaFile } from '@/cms/storage/objectStore'

export const PREVIEW_EDITIONS = ['facilitator-manual', 'participant-workbook'] as const
type PreviewEdition = (typeof PREVIEW_EDITIONS)[number]

/** Larger form values than this are not a session someone is typing. */
const MAX_PREVIEW_JSON_BYTES = 2 * 1024 * 1024

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

export const sessionPreviewEndpoint: Endpoint = {
  path: '/preview',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return refuse(401, 'Log in to preview sessions.')
    if (!canReadDrafts(req.user as never)) return refuse(403, 'The live preview is for the curriculum team (designers, trainers, reviewers, admins).')
    try {
      await addDataAndFileToRequest(req)
    } catch {
      return refuse(400, 'The preview request is not valid JSON.')
    }
    const body = (req.data ?? {}) as { data?: unknown; locale?: unknown; edition?: unknown }
    const locales = localeCodes()
    const locale = String(body.locale ?? '')
    if (!locales.includes(locale)) return refuse(400, `Unknown locale «${locale}»: use one of ${locales.join(', ')}.`)
    const edition = String(body.edition ?? '') as PreviewEdition
    if (!PREVIEW_EDITIONS.includes(edition)) return refuse(400, `Unknown edition «${edition}»: ${PREVIEW_EDITIONS.join(' or ')}.`)
    const session = body.data
    if (!session || typeof session !== 'object' || Array.isArray(session)) return refuse(400, 'Send the session’s form values as `data`.')
    if (JSON.stringify(session).length > MAX_PREVIEW_JSON_BYTES) return refuse(413, 'The session is too large to preview.')
    const trackId = idOf((session as Record<string, unknown>).track)
    if (trackId === null) return refuse(400, 'Choose the session’s track first: the preview prints it as that track’s manual does.')

    const track = await req.payload.findByID({ collection: 'tracks', id: trackId, depth: 0, overrideAccess: true, disableErrors: true, req }).catch(() => null)
    if (!track) return refuse(404, `No track with id «${trackId}».`)

    const snapshot = await buildReleaseSnapshot(req.payload, {
      trackId: track.id,
      // A fixed date: the preview prints no cover, and equal forms give equal bytes.
      release: { version: 'preview', locales: [locale], publishedAt: '2000-01-01T00:00:00.000Z', notes: {}, previousVersion: null },
      draftSessions: [{ id: 'preview', number: 0, ...session, track: track.id }],
      textLocale: locale,
      req,
    })
    const options = { readFile: readMediaFile, preview: true }
    try {
      const pdf =
        edition === 'facilitator-manual'
          ? await renderFacilitatorManual(snapshot, locale, options)
          : await renderParticipantWorkbook(toParticipantSnapshot(snapshot), locale, options)
      return new Response(Buffer.from(pdf), { status: 200, headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'inline; filename="preview.pdf"', 'Cache-Control': 'no-store' } })
    } catch (error) {
      if (error instanceof TypstRenderError) return refuse(422, `The preview could not be printed: ${error.message}`)
      throw error
    }
  },
}

/**
 * Where the editor's preview frame points. Absolute, because the admin only listens to a frame
 * whose URL starts with the origin of the messages it receives: the configured SERVER_URL, else
 * the host the editor is using (behind a proxy, its forwarded host and protocol).
 */
export function sessionPreviewUrl({ data, locale, req }: { data?: Record<string, unknown>; locale?: unknown; req?: PayloadRequest }): string {
  const code = typeof locale === 'string' ? locale : ((locale as { code?: string } | undefined)?.code ?? 'es')
  const configured = req?.payload?.config?.serverURL
  const forwardedHost = req?.headers?.get('x-forwarded-host')?.split(',')[0]?.trim()
  const host = forwardedHost || req?.headers?.get('host')
  const protocol = req?.headers?.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'http'
  const origin = configured || (host ? `${protocol}://${host}` : '')
  const id = data?.id !== undefined && data?.id !== null ? String(data.id) : 'new'
  return `${origin}/preview/sessions/${encodeURIComponent(id)}?locale=${encodeURIComponent(code)}`
}
