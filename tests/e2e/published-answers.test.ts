/**
 * Reads of published content answered from kept copies (src/server/publishedAnswers.ts), on the
 * production build: a facilitator and an anonymous reader get the same answer a second time
 * without it being built again (the `Age` header says so), a change shows at once, and no one
 * gets a copy of what they may not see.
 */
import { expect, inject, test } from 'vitest'

import { womenTrack } from '@/cms/seed/curriculum'
import { apiToken } from './browser'

const baseURL = inject('baseURL')

const token = (email: string) => apiToken(baseURL, email)

async function read(path: string, jwt?: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  if (jwt) headers.set('Authorization', `JWT ${jwt}`)
  const response = await fetch(`${baseURL}${path}`, { ...init, headers })
  return { status: response.status, age: response.headers.get('age'), text: await response.text() }
}

test('a published session: the second read is the kept answer, a module renamed shows at once, and other readers get their own answer', async () => {
  const facilitator = await token('facilitator@reeduca.test')
  const menFacilitator = await token('facilitator.men@reeduca.test')
  const designer = await token('designer@reeduca.test')
  const list = JSON.parse((await read(`/api/sessions?where[number][equals]=4&where[track.slug][equals]=${womenTrack.slug}&depth=0&limit=1`, facilitator)).text)
  const session = list.docs[0]
  // A query of its own, so that no earlier test's read was kept.
  const path = `/api/sessions/${session.id}?depth=1&locale=es&t=${Date.now()}`

  const first = await read(path, facilitator)
  expect(first.status, first.text).toBe(200)
  expect(first.age).toBeNull()
  const second = await read(path, facilitator)
  expect(second.age).not.toBeNull()
  expect(second.text).toBe(first.text)
  // Facilitator-only content is in it (her notes), and only facilitators of that scope share it.
  const doc = JSON.parse(first.text)
  expect(doc.module?.title).toBeTruthy()

  for (const [who, jwt, status] of [
    ['the men’s facilitator', menFacilitator, 404],
    ['an anonymous reader', undefined, 403],
  ] as const) {
    const other = await read(path, jwt)
    expect(other.status, who).toBe(status)
    expect(other.text, who).not.toContain(doc.title)
  }
  // A designer reads drafts: never a copy.
  await read(path, designer)
  expect((await read(path, designer)).age).toBeNull()

  const moduleId = doc.module.id
  const original = doc.module.title
  const rename = (title: string) =>
    read(`/api/modules/${moduleId}?locale=es`, designer, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title, _status: 'published' }) })
  try {
    expect((await rename(`${original} (revisado)`)).status).toBe(200)
    const after = await read(path, facilitator)
    expect(after.age).toBeNull()
    expect(JSON.parse(after.text).module.title).toBe(`${original} (revisado)`)
  } finally {
    await rename(original)
  }
  expect(JSON.parse((await read(path, facilitator)).text).module.title).toBe(original)
})

test('the directory: the second anonymous visit is the kept page, a new service shows at once and a removed one goes', async () => {
  const admin = await token('admin@reeduca.test')
  const first = await read('/servicios')
  expect(first.status).toBe(200)
  const second = await read('/servicios')
  expect(second.age).not.toBeNull()
  expect(second.text).toBe(first.text)

  const name = `Refugio de prueba ${Date.now()}`
  const created = await read('/api/services', admin, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, kind: 'shelter', state: 'national', phone: '800 000 0000', serves: 'women', languages: ['es'], _status: 'published' }),
  })
  expect(created.status, created.text).toBe(201)
  const id = JSON.parse(created.text).doc.id
  try {
    const withService = await read('/servicios')
    expect(withService.age).toBeNull()
    expect(withService.text).toContain(name)
  } finally {
    expect((await read(`/api/services/${id}`, admin, { method: 'DELETE' })).status).toBe(200)
  }
  expect((await read('/servicios')).text).not.toContain(name)
})
