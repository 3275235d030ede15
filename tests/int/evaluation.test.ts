/**
 * Evaluation in aggregate (issue 20, part 3): facilitators record groups and sessions only for
 * their own tracks and groups, on REST and GraphQL alike; nobody else reads the records one by
 * one; coordinators get the table and the CSV with counts of people under 5 suppressed.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import React from 'react'

import type { CurriculumFixture } from '../helpers/curriculumFixture'
import type { Api } from '../helpers/http'
import type { TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'
import { readEvaluationReport } from '@/cms/reads/evaluation'
import { EvaluationTable } from '@/ui/admin/EvaluationTable'

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let tokens: Record<string, string | null>

const ids: Record<string, string | number> = {}

beforeAll(async () => {
  const suite = await startSuite({ fixture: { accounts: ['admin', 'reviewer', 'designer', 'facilitator', 'scopedFacilitator'] } })
  ;({ ctx, payload, api, f } = suite)
  tokens = suite.tokens
})
afterAll(async () => ctx?.cleanup())

const openGroup = (token: string | null, data: Record<string, unknown>) => api.post('/api/evaluation-groups', data, { token })
const recordSession = (token: string | null, data: Record<string, unknown>) => api.post('/api/evaluation-sessions', data, { token })

describe('a facilitator records only for her tracks and her groups', () => {
  test('the facilitator scoped to the men’s track opens a men’s group, and is refused one on the women’s track (REST and GraphQL)', async () => {
    const men = await openGroup(tokens.scopedFacilitator, { track: f.tracks.men, state: 'yucatan', startDate: '2026-01-12', delivery: 'in-person' })
    expect(men.status).toBe(201)
    expect(String(men.body.doc.openedBy?.id ?? men.body.doc.openedBy)).toBe(String(f.accounts.scopedFacilitator.id))
    ids.menGroup = men.body.doc.id

    const women = await openGroup(tokens.scopedFacilitator, { track: f.tracks.women, state: 'yucatan', startDate: '2026-01-12', delivery: 'online' })
    expect(women.status).toBe(403)
    // The reason, in the facilitator's language (Spanish by default).
    expect(women.body.errors[0].message).toBe('Solo puedes registrar grupos de las líneas de trabajo que facilitas.')
    const viaGraphql = await api.graphql(
      `mutation { createEvaluationGroup(data: { track: ${JSON.stringify(f.tracks.women)}, state: yucatan, startDate: "2026-01-12", delivery: online }) { id } }`,
      { token: tokens.scopedFacilitator },
    )
    expect(viaGraphql.body.data?.createEvaluationGroup ?? null).toBeNull()
    expect(viaGraphql.body.errors?.length).toBeGreaterThan(0)
    // Nor can she move her group to the women's track afterwards.
    expect((await api.patch(`/api/evaluation-groups/${ids.menGroup}`, { track: f.tracks.women }, { token: tokens.scopedFacilitator })).status).toBe(403)
    expect((await payload.count({ collection: 'evaluation-groups', where: { track: { equals: f.tracks.women } } })).totalDocs).toBe(0)
  })

  test('roles that do not facilitate cannot record at all', async () => {
    for (const actor of ['anonymous', 'designer', 'reviewer'] as const) {
      const response = await openGroup(tokens[actor] ?? null, { track: f.tracks.men, state: 'colima', startDate: '2026-01-12', delivery: 'in-person' })
      expect([401, 403]).toContain(response.status)
    }
  })

  test('she records sessions for her own group only, and reads only her own records', async () => {
    const other = await openGroup(tokens.facilitator, { track: f.tracks.women, state: 'colima', startDate: '2026-02-02', delivery: 'online' })
    expect(other.status).toBe(201)
    ids.womenGroup = other.body.doc.id

    // The men's facilitator cannot record into someone else's group (REST and GraphQL).
    const refused = await recordSession(tokens.scopedFacilitator, { group: ids.womenGroup, sessionNumber: 1, date: '2026-02-02', present: 9 })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe('Solo puedes registrar sesiones de los grupos que abriste.')
    const viaGraphql = await api.graphql(
      `mutation { createEvaluationSession(data: { group: ${JSON.stringify(ids.womenGroup)}, sessionNumber: 1, date: "2026-02-02", present: 9 }) { id } }`,
      { token: tokens.scopedFacilitator },
    )
    expect(viaGraphql.body.data?.createEvaluationSession ?? null).toBeNull()

    for (const [number, present] of [[1, 8], [2, 7], [3, 6]]) {
      const response = await recordSession(tokens.scopedFacilitator, { group: ids.menGroup, sessionNumber: number, date: `2026-01-${10 + number * 7}`, present })
      expect(response.status).toBe(201)
    }
    for (const [number, present] of [[1, 2], [2, 1]]) {
      expect((await recordSession(tokens.facilitator, { group: ids.womenGroup, sessionNumber: number, date: `2026-02-0${number + 1}`, present })).status).toBe(201)
    }

    const mine = await api.get('/api/evaluation-sessions?limit=50', { token: tokens.scopedFacilitator })
    expect(mine.body.docs.map((doc: any) => doc.present).sort()).toEqual([6, 7, 8])
    const groups = await api.get('/api/evaluation-groups', { token: tokens.scopedFacilitator })
    expect(groups.body.docs.map((doc: any) => String(doc.id))).toEqual([String(ids.menGroup)])
  })

  test('coordinators and everyone else never read the records one by one (REST and GraphQL)', async () => {
    for (const actor of ['admin', 'reviewer', 'designer', 'anonymous'] as const) {
      const token = tokens[actor] ?? null
      const rest = await api.get('/api/evaluation-sessions', { token })
      expect(rest.body?.docs ?? []).toEqual([])
      const graphql = await api.graphql('{ EvaluationSessions { docs { present } } EvaluationGroups { docs { attended13plus } } }', { token })
      expect(graphql.body.data?.EvaluationSessions?.docs ?? []).toEqual([])
      expect(graphql.body.data?.EvaluationGroups?.docs ?? []).toEqual([])
    }
  })
})

describe('coordinators see the aggregate, small counts suppressed', () => {
  beforeAll(async () => {
    // The men's group closes in the first quarter: 9 attended 1–12 sessions, 3 attended 13 or more.
    const close = await api.patch(`/api/evaluation-groups/${ids.menGroup}`, { closedOn: '2026-03-30', attended1to12: 9, attended13plus: 3 }, { token: tokens.scopedFacilitator })
    expect(close.status).toBe(200)
  })

  test('the counts add up by state, track and quarter, and those under 5 are withheld', async () => {
    const report = await readEvaluationReport(payload, {}, 'es')
    const men = report.rows.find((row) => row.track === String(f.tracks.men))!
    const women = report.rows.find((row) => row.track === String(f.tracks.women))!
    expect(men).toMatchObject({ quarter: '2026-T1', state: 'yucatan', groupsOpened: 1, groupsInPerson: 1, sessionsDelivered: 3, attendances: 21, groupsClosed: 1, attended1to12: 9, attended13plus: null })
    expect(women).toMatchObject({ quarter: '2026-T1', state: 'colima', groupsOpened: 1, groupsOnline: 1, sessionsDelivered: 2, attendances: null })

    // The dashboard's table, as the admin view renders it.
    const html = renderToStaticMarkup(React.createElement(EvaluationTable, { rows: report.rows, lang: 'es', stateName: report.stateName, trackName: report.trackName }))
    expect(html).toContain('<td data-column="attendances">21</td>')
    expect(html).toContain('<td data-column="attended13plus">&lt;5</td>')
    expect(html).not.toMatch(/data-column="(attendances|attended1to12|attended13plus)">[1-4]</)
  })

  test('the CSV for a reviewer says "<5" where the dashboard does, and refuses facilitators and strangers', async () => {
    const csv = await api.get('/api/evaluation/report.csv', { token: tokens.reviewer })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r\n/)
    expect(lines[0]).toBe('Trimestre,Estado,Línea,Grupos abiertos,Presenciales,En línea,Sesiones impartidas,Asistencias,Grupos cerrados,Asistieron a 1–12 sesiones,Asistieron a 13 o más')
    const men = lines.find((line) => line.includes('Yucatán'))!.split(',')
    const women = lines.find((line) => line.includes('Colima'))!.split(',')
    expect(men.slice(3)).toEqual(['1', '1', '0', '3', '21', '1', '9', '<5'])
    expect(women.slice(3)).toEqual(['1', '0', '1', '2', '<5', '0', '0', '0'])
    // No count of people from 1 to 4 anywhere in the people columns.
    for (const line of lines.slice(1)) for (const value of [7, 9, 10].map((i) => line.split(',')[i])) expect(value).not.toMatch(/^[1-4]$/)

    const english = await api.get('/api/evaluation/report.csv?lang=en&state=colima', { token: tokens.admin })
    expect(english.text).toContain('Quarter,State,Track')
    expect(english.text).not.toContain('Yucatán')

    expect((await api.get('/api/evaluation/report.csv', { token: tokens.scopedFacilitator })).status).toBe(403)
    const designer = await api.get('/api/evaluation/report.csv', { token: tokens.designer, headers: { 'Accept-Language': 'en' } })
    expect(designer.status).toBe(403)
    expect(designer.body.errors[0].message).toBe('The evaluation report is for coordinators (admins and reviewers).')
    const anonymous = await api.get('/api/evaluation/report.csv')
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].message).toBe('Inicia sesión para descargar el informe de evaluación.')
  })
})
