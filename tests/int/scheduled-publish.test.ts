/**
 * Scheduled publishing of sessions: the admin's "Schedule publish" queues Payload's
 * schedulePublish job with the scheduling user; running the queue after the date publishes.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { fullAgenda, type CurriculumFixture, type ID } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'

// The test runs the queue itself, at the moments it chooses.
process.env.REEDUCA_JOBS_AUTORUN = '0'

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let facilitatorToken: string
let designerToken: string
let reviewerToken: string

beforeAll(async () => {
  // The assertions read the English refusals; Spanish ones are asked for where said.
  const suite = await startSuite({ fixture: { accounts: ['designer', 'reviewer', 'facilitator'] }, language: 'en' })
  ;({ ctx, payload, api, f } = suite)
  facilitatorToken = suite.tokens.facilitator!
  designerToken = suite.tokens.designer!
  reviewerToken = suite.tokens.reviewer!
})
afterAll(async () => ctx?.cleanup())

/** What the admin's schedule drawer does (@payloadcms/ui schedulePublishHandler). */
async function schedulePublish(sessionId: ID, at: Date) {
  return payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: at,
    input: {
      type: 'publish',
      doc: { relationTo: 'sessions', value: String(sessionId) },
      user: { relationTo: 'users', value: f.accounts.designer.id },
    },
  } as any)
}

async function draftSession(number: number, title: string, agendaMinutes = 150) {
  return payload.create({
    collection: 'sessions',
    draft: true,
    data: { track: f.tracks.women, number, title, activities: fullAgenda(agendaMinutes), _status: 'draft' } as any,
  })
}

/** The designer schedules what a reviewer approved (the publish runs as the designer). */
async function approve(id: ID) {
  expect((await api.post(`/api/sessions/${id}/review`, { action: 'submit' }, { token: designerToken })).status).toBe(200)
  expect((await api.post(`/api/sessions/${id}/review`, { action: 'approve' }, { token: reviewerToken })).status).toBe(200)
}

const facilitatorSees = async (id: ID) => (await api.get(`/api/sessions/${id}`, { token: facilitatorToken })).status === 200

test('a session scheduled for later stays a draft until then, and is published when the queue runs after the date', async () => {
  const session = await draftSession(40, 'Sesión programada')
  await approve(session.id)
  const at = new Date(Date.now() + 1500)
  await schedulePublish(session.id, at)

  await payload.jobs.run({ queue: 'default' })
  expect((await payload.findByID({ collection: 'sessions', id: session.id, depth: 0 }))._status).toBe('draft')
  expect(await facilitatorSees(session.id)).toBe(false)

  while (Date.now() <= at.getTime() + 50) await new Promise((resolve) => setTimeout(resolve, 100))
  await payload.jobs.run({ queue: 'default' })
  const published = await payload.findByID({ collection: 'sessions', id: session.id, depth: 0 })
  expect(published._status).toBe('published')
  expect(published.title).toBe('Sesión programada')
  expect(await facilitatorSees(session.id)).toBe(true)
})

test('a scheduled session whose agenda does not add up is not published: the timing rule still holds', async () => {
  const session = await draftSession(41, 'Sesión incompleta', 140)
  await approve(session.id)
  await schedulePublish(session.id, new Date(Date.now() - 1000))
  await payload.jobs.run({ queue: 'default' })
  expect((await payload.findByID({ collection: 'sessions', id: session.id, depth: 0 }))._status).toBe('draft')
  expect(await facilitatorSees(session.id)).toBe(false)
  // The failure stays on the job for whoever looks at the queue.
  const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, depth: 0, limit: 0, pagination: false })
  const failed = jobs.docs.find((job: any) => String(job.input?.doc?.value) === String(session.id)) as any
  expect(JSON.stringify(failed?.log ?? failed?.error ?? '')).toMatch(/140 (of|de) 150 minut/)
})
