import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook, FieldHook, PayloadRequest } from 'payload'

import { idOf, type ID } from '@/core/rules/ids'
import { minutesProblem, publishTimingProblem } from '@/core/rules/timing'
import { DEFAULT_SESSION_MINUTES } from '@collections/Tracks'
import { refusalLanguage } from '@collections/hooks/language'

function fail(req: PayloadRequest, path: string, message: string, id?: ID): never {
  failMany(req, [{ path, message }], message, id)
}

function failMany(req: PayloadRequest, errors: Array<{ path: string; message: string }>, message: string, id?: ID): never {
  const error = new ValidationError({ collection: 'sessions', errors, id, req })
  // The top-level message is what clients and the admin toast show: make it the specific one.
  error.message = message
  throw error
}

/**
 * Payload skips field validation when saving a draft, so a draft could store 0, negative or
 * fractional minutes (and session numbers) that no agenda or manual can use. Values being written
 * are checked here on every save; a value left empty in a draft is work in progress and allowed.
 */
function checkWrittenNumbers(data: Record<string, any>, req: PayloadRequest, id?: ID): void {
  const es = refusalLanguage(req) === 'es'
  const problems: Array<{ path: string; message: string; where: string }> = []
  const given = (value: unknown) => value !== null && value !== undefined && value !== ''
  if (given(data.number) && !(typeof data.number === 'number' && Number.isInteger(data.number) && data.number > 0)) {
    problems.push({
      path: 'number',
      message: es
        ? `El número de sesión debe ser un entero positivo (se recibió ${data.number}).`
        : `The session number must be a positive whole number (got ${data.number}).`,
      where: '',
    })
  }
  if (Array.isArray(data.activities)) {
    data.activities.forEach((activity: Record<string, unknown> | null, index: number) => {
      const problem = activity && given(activity.minutes) ? minutesProblem(activity.minutes, es ? 'es' : 'en') : null
      if (!problem) return
      const title = typeof activity?.title === 'string' && activity.title ? ` «${activity.title}»` : ''
      problems.push({ path: `activities.${index}.minutes`, message: problem, where: `${es ? 'Actividad' : 'Activity'} ${index + 1}${title}: ` })
    })
  }
  if (problems.length === 0) return
  failMany(
    req,
    problems.map(({ path, message }) => ({ path, message })),
    `${problems[0].where}${problems[0].message}`,
    id,
  )
}

/**
 * A session's integrity rules, on every save:
 * - minutes and the number being written are whole and positive, drafts included;
 * - duration defaults to the track's session length;
 * - its number is unique within its track;
 * - its module belongs to the same track;
 * - it can be published only when its activities fill its duration exactly (drafts may not).
 */
export const checkSessionIntegrity: CollectionBeforeValidateHook = async ({ data, originalDoc, req, operation }) => {
  if (!data) return data
  const session = { ...(originalDoc ?? {}), ...data }
  const language = refusalLanguage(req)
  const es = language === 'es'
  const trackId = idOf(session.track)
  const currentId = operation === 'update' ? idOf(originalDoc?.id) : null
  checkWrittenNumbers(data, req, currentId ?? undefined)

  if (trackId != null && (data.duration == null || data.duration === '') && session.duration == null) {
    const track = await req.payload.findByID({
      collection: 'tracks',
      id: trackId,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    data.duration = track?.sessionMinutes ?? DEFAULT_SESSION_MINUTES
    session.duration = data.duration
  }

  if (trackId != null && typeof session.number === 'number') {
    const clash = await req.payload.find({
      collection: 'sessions',
      where: {
        and: [
          { track: { equals: trackId } },
          { number: { equals: session.number } },
          ...(currentId != null ? [{ id: { not_equals: currentId } }] : []),
        ],
      },
      limit: 1,
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
    })
    if (clash.docs.length > 0) {
      const by = clash.docs[0].title ?? clash.docs[0].id
      fail(
        req,
        'number',
        es
          ? `El número de sesión ${session.number} ya se usa en esta línea (en «${by}»).`
          : `Session number ${session.number} is already used in this track (by «${by}»).`,
        currentId ?? undefined,
      )
    }
  }

  const moduleId = idOf(session.module)
  if (moduleId != null && trackId != null) {
    const sessionModule = await req.payload.findByID({
      collection: 'modules',
      id: moduleId,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
      draft: true,
    })
    if (!sessionModule) {
      fail(req, 'module', es ? `El módulo ${moduleId} no existe.` : `Module ${moduleId} does not exist.`, currentId ?? undefined)
    }
    if (String(idOf(sessionModule.track)) !== String(trackId)) {
      const name = sessionModule.title ?? moduleId
      fail(
        req,
        'module',
        es
          ? `El módulo «${name}» pertenece a otra línea; el módulo de una sesión debe ser de su misma línea.`
          : `Module «${name}» belongs to another track; a session's module must be in the session's own track.`,
        currentId ?? undefined,
      )
    }
  }

  // A PATCH without _status keeps a published session published: check the effective status.
  if (session._status === 'published') {
    const problem = publishTimingProblem(
      {
        number: session.number,
        title: typeof session.title === 'string' ? session.title : null,
        activities: Array.isArray(session.activities) ? session.activities : [],
        durationMinutes: typeof session.duration === 'number' ? session.duration : DEFAULT_SESSION_MINUTES,
      },
      language,
    )
    if (problem) {
      const rule = es
        ? 'Una sesión se publica solo cuando sus actividades llenan su duración; mientras tanto guárdala como borrador.'
        : 'A session can be published only when its activities fill its duration; save it as a draft meanwhile.'
      fail(req, 'activities', `${problem} ${rule}`, currentId ?? undefined)
    }
  }
  return data
}

/**
 * A duplicated session takes the next free number of its track, so "Duplicate" never clashes
 * with the original (numbers are unique per track) and the copy lands at the end of the track.
 */
export const nextFreeSessionNumber: FieldHook = async ({ data, req, value }) => {
  const trackId = idOf(data?.track)
  if (trackId == null) return value
  const last = await req.payload.find({
    collection: 'sessions',
    where: { track: { equals: trackId } },
    sort: '-number',
    limit: 1,
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const highest = last.docs[0]?.number
  return typeof highest === 'number' ? highest + 1 : 1
}
