/**
 * The evaluation table (issue 20, part 3), read for a coordinator. The records are read with
 * the server's access, because no coordinator may read them one by one
 * (collections/access/evaluation.ts): what leaves here is only the aggregate of
 * src/core/evaluation/aggregate.ts, small counts already suppressed. Callers check the role
 * (canSeeEvaluationReport) first.
 */
import type { Payload } from 'payload'

import {
  aggregateEvaluation,
  isQuarter,
  type EvaluationFilter,
  type EvaluationGroupRecord,
  type EvaluationRow,
} from '@/core/evaluation/aggregate'
import { idOf } from '@/core/rules/ids'
import { SERVICE_REGIONS } from '@/core/vocabulary'

export interface EvaluationReport {
  rows: EvaluationRow[]
  /** Every track (id and title), for the filter and the names in the table. */
  tracks: Array<{ id: string; title: string }>
  /** The states the records may name (code and name). */
  states: Array<{ code: string; name: string }>
  trackName: (id: string) => string
  stateName: (code: string) => string
}

/** A filter from query parameters (state, track, from, to); anything unknown is left out. */
export function evaluationFilterFrom(params: { get: (name: string) => string | null }): EvaluationFilter {
  const state = params.get('state') || null
  const from = params.get('from')
  const to = params.get('to')
  return {
    state: state && SERVICE_REGIONS.some((region) => region.value === state) ? state : null,
    track: params.get('track') || null,
    fromQuarter: isQuarter(from) ? from : null,
    toQuarter: isQuarter(to) ? to : null,
  }
}

export async function readEvaluationReport(payload: Payload, filter: EvaluationFilter, lang: 'es' | 'en'): Promise<EvaluationReport> {
  const all = { overrideAccess: true, depth: 0, limit: 0, pagination: false } as const
  const [groups, sessions, tracks] = await Promise.all([
    payload.find({
      collection: 'evaluation-groups',
      ...all,
      select: { track: true, state: true, startDate: true, delivery: true, closedOn: true, attended1to12: true, attended13plus: true },
    }),
    payload.find({ collection: 'evaluation-sessions', ...all, select: { group: true, date: true, present: true } }),
    payload.find({ collection: 'tracks', ...all, locale: lang, sort: 'title', select: { title: true } }),
  ])
  const groupRecords: EvaluationGroupRecord[] = groups.docs.map((group) => ({
    id: String(group.id),
    state: String(group.state),
    track: String(idOf(group.track)),
    startDate: String(group.startDate),
    delivery: String(group.delivery),
    closedOn: group.closedOn ?? null,
    attended1to12: group.attended1to12 ?? null,
    attended13plus: group.attended13plus ?? null,
  }))
  const sessionRecords = sessions.docs.map((session) => ({ group: String(idOf(session.group)), date: String(session.date), present: Number(session.present) }))
  const trackList = tracks.docs.map((track) => ({ id: String(track.id), title: String(track.title ?? '') }))
  const stateList = SERVICE_REGIONS.filter((region) => region.value !== 'national').map((region) => ({ code: region.value, name: region.label[lang] ?? region.value }))
  const trackNames = new Map(trackList.map((track) => [track.id, track.title]))
  const stateNames = new Map(stateList.map((state) => [state.code, state.name]))
  return {
    rows: aggregateEvaluation(groupRecords, sessionRecords, filter),
    tracks: trackList,
    states: stateList,
    trackName: (id) => trackNames.get(id) ?? id,
    stateName: (code) => stateNames.get(code) ?? code,
  }
}
