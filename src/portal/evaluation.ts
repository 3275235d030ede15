'use server'
/**
 * Recording evaluation counts from the portal (issue 20, part 3): a few taps after a session.
 * Every write goes through the Local API as the signed-in facilitator (overrideAccess: false), so
 * the collections' rules decide: her own tracks, her own groups (collections/access/evaluation.ts).
 */
import { redirect } from 'next/navigation'

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

export async function openEvaluationGroup(form: FormData) {
  const user = await requireFacilitator(HERE)
  const payload = await payloadClient()
  await save(() =>
    payload.create({
      collection: 'evaluation-groups',
      overrideAccess: false,
      user,
      data: { track: text(form, 'track'), state: text(form, 'state'), startDate: day(form, 'startDate'), delivery: text(form, 'delivery') === 'online' ? 'online' : 'in-person' } as never,
    }),
  )
}

export async function recordEvaluationSession(form: FormData) {
  const user = await requireFacilitator(HERE)
  const payload = await payloadClient()
  await save(() =>
    payload.create({
      collection: 'evaluation-sessions',
      overrideAccess: false,
      user,
      data: { group: text(form, 'group'), sessionNumber: count(form, 'sessionNumber'), date: day(form, 'date'), present: count(form, 'present') } as never,
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
