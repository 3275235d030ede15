/**
 * DESIGN.md "Roles" as a table of expectations, driven through REST with each role's JWT and
 * through the Local API with overrideAccess: false; then the facilitator-only fields, drafts,
 * track scoping, anonymous readers and user accounts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import {
  ACTORS,
  DRAFT_MARKERS,
  FACILITATOR_ONLY_MARKERS,
  MARKERS,
  PASSWORD,
  fixtureDocuments,
  fullAgenda,
  tinyPng,
  type Actor,
  type CurriculumFixture,
  type ID,
} from '../helpers/curriculumFixture'
import { type Api, type ApiResponse } from '../helpers/http'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'

const COLLECTIONS = ['users', 'programmes', 'tracks', 'modules', 'sessions', 'themes', 'resources', 'media', 'services'] as const
type Slug = (typeof COLLECTIONS)[number]

/**
 * What each actor reads of a collection:
 * all: every document, drafts included · published: published documents only ·
 * men: published documents of the men's track only (the scoped facilitator) ·
 * self: their own account only · none: refused (403).
 */
type Read = 'all' | 'published' | 'men' | 'self' | 'none'
const Y = true
const N = false

// prettier-ignore
const READ: Record<Slug, Read[]> = {
  //            admin   designer  trainer  reviewer  facilitator   scoped   noRole       anonymous
  users:      ['all',  'self',   'self',  'self',   'self',       'self',  'self',      'none'],
  programmes: ['all',  'all',    'all',   'all',    'all',        'all',   'all',       'all'],
  tracks:     ['all',  'all',    'all',   'all',    'all',        'men',   'none',      'none'],
  modules:    ['all',  'all',    'all',   'all',    'published',  'men',   'none',      'none'],
  sessions:   ['all',  'all',    'all',   'all',    'published',  'men',   'none',      'none'],
  themes:     ['all',  'all',    'all',   'all',    'all',        'all',   'none',      'none'],
  resources:  ['all',  'all',    'all',   'all',    'published',  'men',   'none',      'none'],
  media:      ['all',  'all',    'all',   'all',    'all',        'all',   'none',      'none'],
  services:   ['all',  'all',    'all',   'all',    'published',  'published', 'published', 'published'],
}

/** Reading with ?draft=true shows the newest drafts (collections with drafts only). */
// prettier-ignore
const READ_DRAFTS: Partial<Record<Slug, boolean[]>> = {
  //            admin designer trainer reviewer facilitator scoped noRole anonymous
  modules:    [Y,    Y,       Y,      Y,       N,          N,     N,     N],
  sessions:   [Y,    Y,       Y,      Y,       N,          N,     N,     N],
  resources:  [Y,    Y,       Y,      Y,       N,          N,     N,     N],
  services:   [Y,    Y,       Y,      Y,       N,          N,     N,     N],
}

/** The version history (/api/<slug>/versions). */
// prettier-ignore
const READ_VERSIONS: Partial<Record<Slug, boolean[]>> = {
  //            admin designer trainer reviewer facilitator scoped noRole anonymous
  modules:    [Y,    Y,       Y,      Y,       N,          N,     N,     N],
  sessions:   [Y,    Y,       Y,      Y,       N,          N,     N,     N],
  resources:  [Y,    Y,       Y,      Y,       N,          N,     N,     N],
  services:   [Y,    Y,       Y,      Y,       N,          N,     N,     N],
}

/** Create, update and delete go together for every collection. Users: see "accounts" below. */
// prettier-ignore
const WRITE: Record<Slug, boolean[]> = {
  //            admin designer trainer reviewer facilitator scoped noRole anonymous
  users:      [Y,    N,       N,      N,       N,          N,     N,     N],
  programmes: [Y,    Y,       N,      N,       N,          N,     N,     N],
  tracks:     [Y,    Y,       N,      N,       N,          N,     N,     N],
  modules:    [Y,    Y,       N,      N,       N,          N,     N,     N],
  sessions:   [Y,    Y,       N,      N,       N,          N,     N,     N],
  themes:     [Y,    Y,       N,      N,       N,          N,     N,     N],
  resources:  [Y,    Y,       Y,      N,       N,          N,     N,     N],
  media:      [Y,    Y,       Y,      N,       N,          N,     N,     N],
  services:   [Y,    Y,       N,      N,       N,          N,     N,     N],
}

const cell = <T>(row: T[], actor: Actor): T => row[ACTORS.indexOf(actor)]

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let tokens: Record<Actor, string | null>
let png: Buffer

beforeAll(async () => {
  ;({ ctx, payload, api, f, tokens } = await startSuite())
  png = await tinyPng()
})
afterAll(async () => ctx?.cleanup())

const asUser = (actor: Actor) => (actor === 'anonymous' ? undefined : f.accounts[actor].doc)

const fixtureDocs = (slug: Slug) => fixtureDocuments(f, slug)

function expectedIds(slug: Slug, level: Read, actor: Actor): string[] {
  const docs = fixtureDocs(slug)
  const pick = {
    all: () => docs,
    published: () => docs.filter((doc) => !doc.draft),
    men: () => docs.filter((doc) => !doc.draft && !doc.women),
    self: () => docs.filter((doc) => actor !== 'anonymous' && String(doc.id) === String(f.accounts[actor].id)),
    none: () => [],
  }[level]()
  return pick.map((doc) => String(doc.id)).sort()
}

const fixtureIdSet = (slug: Slug) => new Set(fixtureDocs(slug).map((doc) => String(doc.id)))
const returnedFixtureIds = (slug: Slug, docs: Array<{ id: ID }>) =>
  docs.map((doc) => String(doc.id)).filter((id) => fixtureIdSet(slug).has(id)).sort()

let serial = 0
/** A new valid document for each collection, different at every call. */
function newDocument(slug: Slug): { data: Record<string, unknown>; file?: boolean } {
  serial += 1
  switch (slug) {
    case 'users':
      return { data: { email: `new-${serial}@fixture.test`, password: PASSWORD, roles: ['facilitator'] } }
    case 'programmes':
      return { data: { title: `Programa ${serial}` } }
    case 'tracks':
      return { data: { programme: f.programme, title: `Línea ${serial}`, audience: 'facilitators', plannedSessions: 4 } }
    case 'modules':
      return { data: { track: f.tracks.men, order: 10 + serial, title: `Módulo ${serial}`, _status: 'published' } }
    case 'sessions':
      return {
        // A draft: who may create is what is tested here; publishing a session needs an approval first (review-workflow.test.ts).
        data: { track: f.tracks.men, module: f.modules.men, number: 100 + serial, title: `Sesión ${serial}`, activities: fullAgenda(150), _status: 'draft' },
      }
    case 'themes':
      return { data: { title: `Tema ${serial}` } }
    case 'resources':
      return { data: { title: `Recurso ${serial}`, kind: 'document', audience: 'participant', tracks: [f.tracks.men], licence: 'CC BY 4.0', credit: 'Reeduca', _status: 'published' } }
    case 'media':
      return { data: { alt: `Imagen ${serial}` }, file: true }
    case 'services':
      return { data: { name: `Servicio ${serial}`, kind: 'legal-aid', state: 'colima', phone: '312 000 0000', _status: 'published' } }
  }
}

/** The field an update changes, and how to read it back. */
const CHANGE: Record<Slug, string> = {
  users: 'name',
  programmes: 'institution',
  tracks: 'description',
  modules: 'summary',
  sessions: 'summary',
  themes: 'description',
  resources: 'description',
  media: 'alt',
  services: 'municipality',
}

async function restCreate(slug: Slug, actor: Actor): Promise<ApiResponse> {
  const { data, file } = newDocument(slug)
  if (!file) return api.post(`/api/${slug}`, data, { token: tokens[actor] })
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `upload-${serial}.png`)
  form.append('_payload', JSON.stringify(data))
  return api.request('POST', `/api/${slug}`, { token: tokens[actor], body: form })
}

async function localCreate(slug: Slug, options: { user?: any; overrideAccess: boolean }) {
  const { data, file } = newDocument(slug)
  return payload.create({
    collection: slug,
    data: data as any,
    ...(file ? { file: { data: png, mimetype: 'image/png', name: `upload-${serial}.png`, size: png.byteLength } } : {}),
    ...options,
  } as any)
}

/** The sessions the fixture's theme lists (its join), as sorted IDs. */
const themeSessions = (response: ApiResponse): string[] =>
  response.body.docs
    .find((doc: any) => String(doc.id) === String(f.themes.rights))
    .sessions.docs.map((session: any) => String(session?.id ?? session))
    .sort()

const count = async (slug: Slug) => (await payload.count({ collection: slug })).totalDocs
const stored = async (slug: Slug, id: ID) =>
  payload.findByID({ collection: slug, id, depth: 0, draft: true, disableErrors: true } as any) as Promise<any>

describe.each(COLLECTIONS)('%s', (slug) => {
  describe('read', () => {
    test.each(ACTORS)('REST as %s', async (actor) => {
      const level = cell(READ[slug], actor)
      const response = await api.get(`/api/${slug}?limit=200&depth=0`, { token: tokens[actor] })
      if (level === 'none') {
        expect(response.status).toBe(403)
        expect(response.body?.docs).toBeUndefined()
        return
      }
      expect(response.status).toBe(200)
      expect(returnedFixtureIds(slug, response.body.docs)).toEqual(expectedIds(slug, level, actor))
      if (level === 'self') expect(response.body.totalDocs).toBe(1)
    })

    test.each(ACTORS)('Local API as %s', async (actor) => {
      const level = cell(READ[slug], actor)
      const read = payload.find({ collection: slug, limit: 200, depth: 0, overrideAccess: false, user: asUser(actor) })
      if (level === 'none') {
        await expect(read).rejects.toMatchObject({ status: 403 })
        return
      }
      const result = await read
      expect(returnedFixtureIds(slug, result.docs as any)).toEqual(expectedIds(slug, level, actor))
    })

    test.each(ACTORS)('each document by ID through REST as %s', async (actor) => {
      const level = cell(READ[slug], actor)
      const visible = new Set(expectedIds(slug, level, actor))
      for (const { id } of fixtureDocs(slug)) {
        const response = await api.get(`/api/${slug}/${id}?depth=0`, { token: tokens[actor] })
        if (visible.has(String(id))) {
          expect(response.status, `${slug} ${id}`).toBe(200)
          expect(String(response.body.id)).toBe(String(id))
        } else {
          expect([403, 404], `${slug} ${id}: ${response.status}`).toContain(response.status)
          expect(response.body?.id).toBeUndefined()
        }
      }
    })
  })

  if (READ_DRAFTS[slug]) {
    describe('read drafts', () => {
      test.each(ACTORS)('?draft=true as %s', async (actor) => {
        const allowed = cell(READ_DRAFTS[slug]!, actor)
        const draftIds = fixtureDocs(slug).filter((doc) => doc.draft).map((doc) => String(doc.id))
        const response = await api.get(`/api/${slug}?draft=true&limit=200&depth=0`, { token: tokens[actor] })
        if (allowed) {
          expect(response.status).toBe(200)
          expect(returnedFixtureIds(slug, response.body.docs)).toEqual(expect.arrayContaining(draftIds))
          expect(response.text).toContain(MARKERS.draft)
          if (slug === 'sessions') expect(response.text).toContain(MARKERS.pendingDraft)
        } else {
          expect([200, 403]).toContain(response.status)
          for (const marker of DRAFT_MARKERS) expect(response.text).not.toContain(marker)
          for (const id of draftIds) expect(returnedFixtureIds(slug, response.body?.docs ?? [])).not.toContain(id)
        }
      })

      test.each(ACTORS)('Local API draft: true as %s', async (actor) => {
        const allowed = cell(READ_DRAFTS[slug]!, actor)
        const draftIds = fixtureDocs(slug).filter((doc) => doc.draft).map((doc) => String(doc.id))
        const read = payload.find({ collection: slug, draft: true, limit: 200, depth: 0, overrideAccess: false, user: asUser(actor) })
        if (cell(READ[slug], actor) === 'none') return void (await expect(read).rejects.toMatchObject({ status: 403 }))
        const result = await read
        const ids = returnedFixtureIds(slug, result.docs as any)
        if (allowed) expect(ids).toEqual(expect.arrayContaining(draftIds))
        else for (const id of draftIds) expect(ids).not.toContain(id)
        expect(JSON.stringify(result).includes(MARKERS.draft)).toBe(allowed)
      })

      test.each(ACTORS)('version history as %s', async (actor) => {
        const allowed = cell(READ_VERSIONS[slug]!, actor)
        const response = await api.get(`/api/${slug}/versions?limit=200&depth=0`, { token: tokens[actor] })
        if (allowed) {
          expect(response.status).toBe(200)
          expect(response.body.totalDocs).toBeGreaterThan(0)
        } else {
          expect(response.status).toBe(403)
          for (const marker of [...DRAFT_MARKERS, ...FACILITATOR_ONLY_MARKERS]) expect(response.text).not.toContain(marker)
        }
      })
    })
  }

  describe('create, update, delete', () => {
    let victim: any
    beforeAll(async () => {
      // A document the refused actors try to change and delete: it must come out untouched.
      victim = await localCreate(slug, { overrideAccess: true })
    })

    test.each(ACTORS)('REST as %s', async (actor) => {
      const allowed = cell(WRITE[slug], actor)
      const before = await count(slug)
      const created = await restCreate(slug, actor)
      if (allowed) {
        expect(created.status, created.text).toBe(201)
        expect(await count(slug)).toBe(before + 1)
      } else {
        expect(created.status, created.text).toBe(403)
        expect(created.body.errors[0].message).toBeTruthy()
        expect(await count(slug)).toBe(before)
      }

      const target: ID = allowed ? created.body.doc.id : victim.id
      const original = (await stored(slug, target))[CHANGE[slug]] ?? null
      const updated = await api.patch(`/api/${slug}/${target}`, { [CHANGE[slug]]: `changed by ${actor}` }, { token: tokens[actor] })
      const after = await stored(slug, target)
      if (allowed) {
        expect(updated.status, updated.text).toBe(200)
        expect(after[CHANGE[slug]]).toBe(`changed by ${actor}`)
      } else {
        expect([403, 404], updated.text).toContain(updated.status)
        expect(after[CHANGE[slug]] ?? null).toEqual(original)
      }

      const deleted = await api.delete(`/api/${slug}/${target}`, { token: tokens[actor] })
      if (allowed) {
        expect(deleted.status, deleted.text).toBe(200)
        expect(await stored(slug, target)).toBeNull()
      } else {
        expect([403, 404], deleted.text).toContain(deleted.status)
        expect(await stored(slug, target)).not.toBeNull()
      }
    })

    test.each(ACTORS)('Local API as %s', async (actor) => {
      const allowed = cell(WRITE[slug], actor)
      const user = asUser(actor)
      const before = await count(slug)
      const creating = localCreate(slug, { user, overrideAccess: false })
      let target: ID = victim.id
      if (allowed) {
        target = (await creating).id
        expect(await count(slug)).toBe(before + 1)
      } else {
        await expect(creating).rejects.toMatchObject({ status: 403 })
        expect(await count(slug)).toBe(before)
      }

      const original = (await stored(slug, target))[CHANGE[slug]] ?? null
      const updating = payload.update({ collection: slug, id: target, data: { [CHANGE[slug]]: `local ${actor}` } as any, user, overrideAccess: false })
      if (allowed) {
        await updating
        expect((await stored(slug, target))[CHANGE[slug]]).toBe(`local ${actor}`)
      } else {
        await expect(updating).rejects.toMatchObject({ status: expect.any(Number) })
        expect((await stored(slug, target))[CHANGE[slug]] ?? null).toEqual(original)
      }

      const deleting = payload.delete({ collection: slug, id: target, user, overrideAccess: false })
      if (allowed) {
        await deleting
        expect(await stored(slug, target)).toBeNull()
      } else {
        await expect(deleting).rejects.toMatchObject({ status: expect.any(Number) })
        expect(await stored(slug, target)).not.toBeNull()
      }
    })
  })
})

/** Everything an actor can ask for that might carry facilitator-only text. */
async function everyRead(actor: Actor): Promise<Array<[string, ApiResponse]>> {
  const token = tokens[actor]
  const s = f.sessions.menPublished
  const r = f.resources.menFacilitator
  const id = (value: ID) => JSON.stringify(value)
  const facilitatorFields = `
    id title facilitatorNotes safetyNotes
    activities {
      ... on CheckInActivity { title minutes facilitatorInstructions participantContent }
      ... on ThemeWorkActivity { title minutes facilitatorInstructions participantContent }
      ... on GroupDiscussionActivity { title minutes facilitatorInstructions participantContent }
      ... on BreakActivity { title minutes facilitatorInstructions participantContent }
      ... on ClosingActivity { title minutes facilitatorInstructions participantContent }
    }
    resources { id title description audience }`
  const paths = [
    `/api/sessions?depth=2&limit=100`,
    `/api/sessions?depth=2&limit=100&draft=true`,
    `/api/sessions/${s}?depth=2`,
    `/api/sessions/${s}?depth=2&draft=true`,
    `/api/sessions/${s}?locale=all&depth=2`,
    `/api/resources?depth=2&limit=100`,
    `/api/resources/${r}?depth=2`,
    `/api/resources?where[audience][equals]=facilitator`,
    `/api/themes?depth=2`,
    `/api/modules?depth=2`,
    `/api/tracks?depth=2`,
    `/api/programmes?depth=2`,
    `/api/services?depth=2`,
    `/api/media?depth=2`,
    `/api/users/me?depth=2`,
    `/api/users?depth=2`,
    `/api/sessions/versions?depth=2`,
    `/api/resources/versions?depth=2`,
  ]
  const responses: Array<[string, ApiResponse]> = []
  for (const path of paths) responses.push([path, await api.get(path, { token })])
  const queries = [
    `{ Sessions(limit: 50) { docs { ${facilitatorFields} } } }`,
    `{ Sessions(limit: 50, draft: true) { docs { ${facilitatorFields} } } }`,
    `{ Session(id: ${id(s)}) { ${facilitatorFields} } }`,
    `{ Session(id: ${id(s)}, draft: true) { ${facilitatorFields} } }`,
    `{ Resources(limit: 100) { docs { id title description audience } } }`,
    `{ Resource(id: ${id(r)}) { id title description audience } }`,
    // Five themes: every theme with its sessions' activities costs more than one query may (graphql-limits.test.ts).
    `{ Themes(limit: 5) { docs { id title sessions { docs { ${facilitatorFields} } } } } }`,
    `{ versionsSessions { docs { version { ${facilitatorFields} } } } }`,
  ]
  for (const query of queries) responses.push([`graphql ${query.slice(0, 40)}`, await api.graphql(query, { token })])
  return responses
}

describe('facilitator-only fields', () => {
  test.each(['admin', 'designer', 'trainer', 'reviewer', 'facilitator', 'scopedFacilitator'] as const)(
    'are returned to %s through REST and GraphQL',
    async (actor) => {
      const token = tokens[actor]
      const session = await api.get(`/api/sessions/${f.sessions.menPublished}?depth=1`, { token })
      expect(session.status).toBe(200)
      expect(JSON.stringify(session.body.facilitatorNotes)).toContain(MARKERS.facilitatorNotes)
      expect(JSON.stringify(session.body.safetyNotes)).toContain(MARKERS.safetyNotes)
      for (const activity of session.body.activities) {
        expect(JSON.stringify(activity.facilitatorInstructions)).toContain(MARKERS.instructions)
      }
      expect(session.body.resources.map((resource: any) => resource.audience).sort()).toEqual(['facilitator', 'participant'])

      const resource = await api.get(`/api/resources/${f.resources.menFacilitator}`, { token })
      expect(resource.status).toBe(200)
      expect(resource.body.description).toContain(MARKERS.facilitatorResource)

      const graphql = await api.graphql(
        `{ Session(id: ${JSON.stringify(f.sessions.menPublished)}) {
            facilitatorNotes safetyNotes
            activities { ... on CheckInActivity { facilitatorInstructions } }
            resources { title audience }
          } }`,
        { token },
      )
      expect(graphql.body.errors).toBeUndefined()
      const data = graphql.body.data.Session
      expect(JSON.stringify(data.facilitatorNotes)).toContain(MARKERS.facilitatorNotes)
      expect(JSON.stringify(data.safetyNotes)).toContain(MARKERS.safetyNotes)
      expect(JSON.stringify(data.activities[0].facilitatorInstructions)).toContain(MARKERS.instructions)
      expect(data.resources.map((r: any) => r.title).join(' ')).toContain(MARKERS.facilitatorResource)
    },
  )

  test.each(['noRole', 'anonymous'] as const)('never appear anywhere in any response to %s', async (actor) => {
    const responses = await everyRead(actor)
    expect(responses.length).toBeGreaterThan(20)
    for (const [label, response] of responses) {
      for (const marker of FACILITATOR_ONLY_MARKERS) {
        expect(response.text, `${label} (${response.status})`).not.toContain(marker)
      }
    }
    // And the direct reads are refused outright, not answered with an empty document.
    const direct = Object.fromEntries(responses)
    expect(direct[`/api/sessions/${f.sessions.menPublished}?depth=2`].status).toBe(403)
    expect(direct[`/api/resources/${f.resources.menFacilitator}?depth=2`].status).toBe(403)
  })

  test('a GraphQL query for them as anonymous answers with an error, not the content', async () => {
    const response = await api.graphql(`{ Session(id: ${JSON.stringify(f.sessions.menPublished)}) { title facilitatorNotes safetyNotes } }`)
    expect(response.body.data?.Session ?? null).toBeNull()
    expect(response.body.errors[0].message).toBeTruthy()
  })
})

describe('drafts', () => {
  test.each(['facilitator', 'scopedFacilitator', 'noRole', 'anonymous'] as const)(
    'are invisible to %s through every read, ?draft=true and GraphQL draft: true included',
    async (actor) => {
      const responses = await everyRead(actor)
      for (const [label, response] of responses) {
        for (const marker of DRAFT_MARKERS) expect(response.text, `${label} (${response.status})`).not.toContain(marker)
      }
      const token = tokens[actor]
      for (const id of [f.sessions.menDraft, f.sessions.womenDraft]) {
        const byId = await api.get(`/api/sessions/${id}?draft=true`, { token })
        expect([403, 404]).toContain(byId.status)
        const graphql = await api.graphql(`{ Session(id: ${JSON.stringify(id)}, draft: true) { id title } }`, { token })
        expect(graphql.body.data?.Session ?? null).toBeNull()
      }
      for (const [slug, id] of [
        ['modules', f.modules.menDraft],
        ['resources', f.resources.menDraft],
        ['services', f.services.draft],
      ] as const) {
        const byId = await api.get(`/api/${slug}/${id}?draft=true`, { token })
        expect([403, 404], `${slug} ${byId.status}`).toContain(byId.status)
      }
    },
  )

  test('a facilitator asking for drafts gets the published version of a session with unpublished changes', async () => {
    const token = tokens.facilitator
    const published = 'Apoyo y confianza'
    const list = await api.get('/api/sessions?draft=true&depth=0&limit=100', { token })
    const listed = list.body.docs.find((doc: any) => String(doc.id) === String(f.sessions.menPendingDraft))
    expect(listed?.title).toBe(published)

    const byId = await api.get(`/api/sessions/${f.sessions.menPendingDraft}?draft=true&depth=0`, { token })
    expect(byId.body.title).toBe(published)

    const graphql = await api.graphql(`{ Sessions(draft: true, limit: 100) { docs { id title } } }`, { token })
    expect(graphql.body.data.Sessions.docs.map((doc: any) => doc.title)).toContain(published)

    // The theme's list of sessions includes it too.
    const themes = await api.get('/api/themes?draft=true&depth=0', { token })
    expect(themeSessions(themes).map(String)).toContain(String(f.sessions.menPendingDraft))
  })

  test('draft readers see the unpublished changes', async () => {
    for (const actor of ['designer', 'trainer', 'reviewer'] as const) {
      const response = await api.get(`/api/sessions/${f.sessions.menPendingDraft}?draft=true&depth=0`, { token: tokens[actor] })
      expect(response.body.title).toContain(MARKERS.pendingDraft)
      const graphql = await api.graphql(`{ Session(id: ${JSON.stringify(f.sessions.menPendingDraft)}, draft: true) { title } }`, {
        token: tokens[actor],
      })
      expect(graphql.body.data.Session.title).toContain(MARKERS.pendingDraft)
    }
  })
})

describe('a facilitator scoped to the men’s track', () => {
  test('sees nothing of the women’s track in any list, join or GraphQL answer', async () => {
    const responses = await everyRead('scopedFacilitator')
    for (const [label, response] of responses) expect(response.text, label).not.toContain(MARKERS.women)
    const token = tokens.scopedFacilitator
    const filtered = await api.get(`/api/sessions?where[track][equals]=${f.tracks.women}`, { token })
    expect(filtered.status).toBe(200)
    expect(filtered.body.totalDocs).toBe(0)
    const themes = await api.get('/api/themes?depth=0', { token })
    expect(themeSessions(themes).map(String)).toEqual([f.sessions.menPublished, f.sessions.menPendingDraft].map(String).sort())
  })

  test.each([
    ['tracks', 'women'],
    ['modules', 'women'],
    ['sessions', 'womenPublished'],
    ['resources', 'womenParticipant'],
  ] as const)('cannot read the women’s %s by direct ID (REST, GraphQL, Local API)', async (slug, key) => {
    const id = (f as any)[slug][key] as ID
    const token = tokens.scopedFacilitator
    const rest = await api.get(`/api/${slug}/${id}`, { token })
    expect([403, 404]).toContain(rest.status)
    expect(rest.text).not.toContain(MARKERS.women)

    const type = { tracks: 'Track', modules: 'Module', sessions: 'Session', resources: 'Resource' }[slug]
    const graphql = await api.graphql(`{ ${type}(id: ${JSON.stringify(id)}) { id title } }`, { token })
    expect(graphql.body.data?.[type] ?? null).toBeNull()
    expect(graphql.text).not.toContain(MARKERS.women)

    await expect(
      payload.findByID({ collection: slug, id, overrideAccess: false, user: f.accounts.scopedFacilitator.doc }),
    ).rejects.toMatchObject({ status: 404 })

    // The unscoped facilitator does read it.
    expect((await api.get(`/api/${slug}/${id}`, { token: tokens.facilitator })).status).toBe(200)
  })
})

describe('anonymous readers', () => {
  test('see the published services and the programmes, and nothing else', async () => {
    const services = await api.get('/api/services?limit=100')
    expect(services.status).toBe(200)
    expect(services.body.docs.map((doc: any) => String(doc.id))).toContain(String(f.services.published))
    expect(services.body.docs.map((doc: any) => String(doc.id))).not.toContain(String(f.services.draft))
    expect((await api.get(`/api/services/${f.services.draft}`)).status).toBe(404)
    expect((await api.get(`/api/services/${f.services.draft}?draft=true`)).status).toBe(404)
    expect((await api.get('/api/services?draft=true')).text).not.toContain(MARKERS.draft)

    const programmes = await api.get('/api/programmes')
    expect(programmes.status).toBe(200)
    expect(programmes.body.docs.map((doc: any) => doc.title)).toContain('Programa de reeducación')

    for (const slug of ['users', 'tracks', 'modules', 'sessions', 'themes', 'resources', 'media']) {
      const response = await api.get(`/api/${slug}`)
      expect(response.status, slug).toBe(403)
    }
    // Uploaded files are served only to those who may read the media collection.
    const media = await payload.findByID({ collection: 'media', id: f.media.image })
    const files = [media.filename, (media as any).sizes.thumbnail.filename]
    for (const file of files) {
      expect((await api.get(`/api/media/file/${file}`)).status, file).toBe(403)
      expect((await api.get(`/api/media/file/${file}`, { token: tokens.noRole })).status, file).toBe(403)
      const allowed = await api.get(`/api/media/file/${file}`, { token: tokens.facilitator })
      expect(allowed.status, file).toBe(200)
      expect(allowed.headers.get('content-type')).toMatch(/^image\//)
    }

    // The public pages read through the Local API: anonymous clients get no GraphQL (src/cms/graphql/limits.ts).
    const graphql = await api.graphql('{ Services { docs { name } } Programmes { docs { title } } }')
    expect(graphql.body.data ?? null).toBeNull()
    expect(graphql.text).not.toContain(MARKERS.draft)
  })
})

describe('accounts', () => {
  test.each(['designer', 'trainer', 'reviewer', 'facilitator', 'scopedFacilitator', 'noRole'] as const)(
    '%s sees only their own account, and cannot read another by ID',
    async (actor) => {
      const token = tokens[actor]
      const list = await api.get('/api/users?limit=100', { token })
      expect(list.body.docs.map((doc: any) => doc.email)).toEqual([f.accounts[actor].email])
      const other = await api.get(`/api/users/${f.accounts.admin.id}`, { token })
      expect([403, 404]).toContain(other.status)
      expect(other.text).not.toContain(f.accounts.admin.email)
    },
  )

  test.each(['designer', 'trainer', 'reviewer', 'facilitator', 'scopedFacilitator', 'noRole'] as const)(
    '%s cannot change their own roles or tracks',
    async (actor) => {
      const account = f.accounts[actor]
      const before = await payload.findByID({ collection: 'users', id: account.id, depth: 0 })
      const response = await api.patch(
        `/api/users/${account.id}`,
        { name: `renamed ${actor}`, roles: ['admin'], tracks: [f.tracks.women] },
        { token: tokens[actor] },
      )
      const after = await payload.findByID({ collection: 'users', id: account.id, depth: 0 })
      expect(after.roles).toEqual(before.roles)
      expect((after.tracks ?? []).map(String)).toEqual((before.tracks ?? []).map(String))
      if (actor === 'noRole') {
        // An account without a role is incomplete (roles are required): it cannot save itself at all.
        expect(response.status).toBe(400)
        expect(response.body.errors[0].message).toMatch(/Roles/)
      } else {
        // Their own name they may change.
        expect(response.status).toBe(200)
        expect(after.name).toBe(`renamed ${actor}`)
      }

      // A fresh login still carries the old roles.
      const relogin = await api.post('/api/users/login', { email: account.email, password: PASSWORD })
      expect(relogin.body.user.roles).toEqual(before.roles)
    },
  )

  test('a non-admin cannot change another account', async () => {
    const target = f.accounts.facilitator
    const response = await api.patch(`/api/users/${target.id}`, { name: 'hijacked', roles: ['admin'] }, { token: tokens.designer })
    expect([403, 404]).toContain(response.status)
    const after = await payload.findByID({ collection: 'users', id: target.id, depth: 0 })
    expect(after.name).not.toBe('hijacked')
    expect(after.roles).toEqual(['facilitator'])
  })

  test('only an admin creates accounts, and only an admin sets roles and tracks', async () => {
    for (const actor of ['designer', 'trainer', 'reviewer', 'facilitator', 'noRole', 'anonymous'] as const) {
      const before = await count('users')
      const response = await api.post('/api/users', { email: `sneaky-${actor}@fixture.test`, password: PASSWORD, roles: ['admin'] }, { token: tokens[actor] })
      expect(response.status, actor).toBe(403)
      expect(await count('users')).toBe(before)
    }
    const created = await api.post(
      '/api/users',
      { email: 'scoped-by-admin@fixture.test', password: PASSWORD, roles: ['facilitator'], tracks: [f.tracks.women] },
      { token: tokens.admin },
    )
    expect(created.status).toBe(201)
    expect(created.body.doc.roles).toEqual(['facilitator'])
    expect(created.body.doc.tracks.map((track: any) => String(track?.id ?? track))).toEqual([String(f.tracks.women)])
    const promoted = await api.patch(`/api/users/${created.body.doc.id}`, { roles: ['reviewer'], tracks: [] }, { token: tokens.admin })
    expect(promoted.status).toBe(200)
    expect(promoted.body.doc.roles).toEqual(['reviewer'])
  })
})
