'use server'
/**
 * Recording evaluation counts from the portal (issue 20, part 3): a few taps after a session.
 * Every write goes through the Local API as the signed-in facilitator (overrideAccess: false), so
 * the collections' rules decide: her own tracks, her own groups (collections/access/evaluation.ts).
 */
import { redirect } from 'next/navigation'

import { findVisible, tracksFor } from './data'
import { payloadClient, requireFacilitator } from './server'

const HERE = '/portal/evaluacion'

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim()
const count = (form: FormData, name: string) => {
  const value = text(form, name)
  return /^\d{1,4}$/.test(value) ? Number(value) : NaN
}
const day = (form: FormData, name: string) => {
  const value = text(form, name)
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00.000Z` : ''
}

async function save(write: () => Promise<unknown>): Promise<never> {
  let ok = false
  try {
    await write()
    ok = true
  } catch {
    ok = false
  }
  redirect(`${HERE}?${ok ? 'saved=1' : 'error=1'}`)
}

/**
 * A form sends every id as text; the database may key by number (SQLite, PostgreSQL) or by text,
 * and Payload refuses a relationship to "2" where the id is 2. So the id is taken from the
 * document she may read (null when she may not: the save is then refused).
 */
async function ownGroupId(payload: Awaited<ReturnType<typeof payloadClient>>, user: Awaited<ReturnType<typeof requireFacilitator>>, id: string) {
  const group = id ? await findVisible<{ id: number | string }>(() => payload.findByID({ collection: 'evaluation-groups', id, depth: 0, overrideAccess: false, user })) : null
  return group?.id ?? null
}

export async function openEvaluationGroup(form: FormData) {
  const user = await requireFacilitator(HERE)
  const payload = await payloadClient()
  const track = (await tracksFor(payload, user, 'es')).find((candidate) => String(candidate.id) === text(form, 'track'))
  await save(() =>
    payload.create({
      collection: 'evaluation-groups',
      overrideAccess: false,
      user,
      data: { track: track?.id ?? null, state: text(form, 'state'), startDate: day(form, 'startDate'), delivery: text(form, 'delivery') === 'online' ? 'online' : 'in-person' } as never,
    }),
  )
}

export async function recordEvaluationSession(form: FormData) {
  const user = await requireFacilitator(HERE)
  const payload = await payloadClient()
  const group = await ownGroupId(payload, user, text(form, 'group'))
  await save(() =>
    payload.create({
      collection: 'evaluation-sessions',
      overrideAccess: false,
      user,
      data: { group, sessionNumber: count(form, 'sessionNumber'), date: day(form, 'date'), present: count(form, 'present') } as never,
    }),
  )
}

export async function closeEvaluationGroup(form: FormData) {
  const user = await requireFacilitator(HERE)
  const payload = await payloadClient()
  await save(() =>
    payload.update({
      collection: 'evaluation-groups',
      id: text(form, 'group'),
      overrideAccess: false,
      user,
      data: { closedOn: day(form, 'closedOn'), attended1to12: count(form, 'attended1to12'), attended13plus: count(form, 'attended13plus') } as never,
    }),
  )
}
