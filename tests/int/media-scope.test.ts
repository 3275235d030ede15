/**
 * Media are scoped by track like the content that uses them: a facilitator scoped to the men's
 * track neither lists nor downloads a file only the women's track uses (a resource's file, a
 * session's handout, an image inside a session's text), and still gets the files of their own
 * track, including one both tracks share.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import sharp from 'sharp'
import type { Payload } from 'payload'

import { RENDITIONS_SYSTEM_WRITE } from '@collections/Media/renditions'
import { buildCurriculumFixture, loginAll, type Actor, type CurriculumFixture, type ID } from '../helpers/curriculumFixture'
import { createApi, type Api } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let tokens: Record<Actor, string | null>
const files: Record<'womenResource' | 'womenHandout' | 'womenInline' | 'shared' | 'men', { id: ID; filename: string }> = {} as any

async function png(name: string, colour: string) {
  const data = await sharp({ create: { width: 40, height: 30, channels: 3, background: colour } }).png().toBuffer()
  const doc = await payload.create({ collection: 'media', data: { alt: name } as any, file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.byteLength } })
  return { id: doc.id as ID, filename: String(doc.filename) }
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  api = await createApi()
  f = await buildCurriculumFixture(payload, { accounts: ['admin', 'facilitator', 'scopedFacilitator'] })
  tokens = await loginAll(api, f)
  files.womenResource = await png('safety-plan', '#aa3366')
  files.womenHandout = await png('mis-derechos', '#33aa66')
  files.womenInline = await png('mapa-de-apoyo', '#3366aa')
  files.shared = await png('circulo-comun', '#999933')
  const men = await payload.findByID({ collection: 'media', id: f.media.image, depth: 0 })
  files.men = { id: men.id as ID, filename: String(men.filename) }

  await payload.update({ collection: 'resources', id: f.resources.womenParticipant, data: { file: files.womenResource.id, kind: 'image' } as any })
  await payload.create({
    collection: 'resources',
    data: { title: 'Círculo', kind: 'image', audience: 'participant', tracks: [f.tracks.women, f.tracks.men], file: files.shared.id, licence: 'CC BY', credit: 'Reeduca', _status: 'published' } as any,
  })
  const inline = {
    root: {
      type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
      children: [{ type: 'upload', version: 3, format: '', relationTo: 'media', value: files.womenInline.id, fields: null, id: 'up1' }],
    },
  }
  await payload.update({
    collection: 'sessions',
    id: f.sessions.womenPublished,
    data: { handouts: [{ title: 'Mis derechos', file: files.womenHandout.id }], summary: 'Con mapa.', facilitatorNotes: inline } as any,
  })
})
afterAll(async () => ctx?.cleanup())

const ids = (docs: Array<{ id: ID }>) => docs.map((doc) => String(doc.id)).sort()
const women = () => [files.womenResource, files.womenHandout, files.womenInline]

describe("a men's-track facilitator", () => {
  test('lists only the files of the men’s track (and the shared one)', async () => {
    const response = await api.get('/api/media?limit=100', { token: tokens.scopedFacilitator })
    expect(response.status, response.text).toBe(200)
    expect(ids(response.body.docs)).toEqual(ids([files.men, files.shared]))
    for (const file of women()) expect(response.text).not.toContain(file.filename)
  })

  test('cannot read or download a women’s-track file, by id or by file name', async () => {
    for (const file of women()) {
      expect((await api.get(`/api/media/${file.id}`, { token: tokens.scopedFacilitator })).status, file.filename).toBe(404)
      const download = await api.get(`/api/media/file/${encodeURIComponent(file.filename)}`, { token: tokens.scopedFacilitator })
      expect([403, 404], `${file.filename}: ${download.status}`).toContain(download.status)
      expect(download.text).not.toContain('PNG')
    }
    const graphql = await api.graphql('{ allMedia(limit: 100) { docs { id filename } } }', { token: tokens.scopedFacilitator })
    for (const file of women()) expect(graphql.text).not.toContain(file.filename)
  })

  test('downloads the files of the men’s track and the shared one', async () => {
    for (const file of [files.men, files.shared]) {
      const download = await api.get(`/api/media/file/${encodeURIComponent(file.filename)}`, { token: tokens.scopedFacilitator })
      expect(download.status, file.filename).toBe(200)
      expect(download.headers.get('content-type')).toBe('image/png')
    }
  })
})

test('a facilitator of both tracks and an admin read every file; anonymous none', async () => {
  for (const actor of ['facilitator', 'admin'] as const) {
    const response = await api.get('/api/media?limit=100', { token: tokens[actor] })
    expect(ids(response.body.docs), actor).toEqual(ids([files.men, files.shared, ...women()]))
    const download = await api.get(`/api/media/file/${encodeURIComponent(files.womenResource.filename)}`, { token: tokens[actor] })
    expect(download.status, actor).toBe(200)
  }
  expect((await api.get(`/api/media/file/${encodeURIComponent(files.men.filename)}`)).status).toBe(403)
})

describe('the poster and low-bandwidth copy of a file (issue 20: kept on the phone for offline use)', () => {
  test('are readable by a scoped facilitator when the file they belong to is, and not otherwise', async () => {
    const dir = String(payload.collections.media.config.upload.staticDir)
    const { default: fs } = await import('node:fs/promises')
    const { default: path } = await import('node:path')
    const bytes = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).png().toBuffer()
    for (const [file, light] of [[files.men, 'men-light.png'], [files.womenResource, 'women-light.png']] as const) {
      await fs.writeFile(path.join(dir, light), bytes)
      // As the renditions job writes them (user edits keep the stored renditions).
      await payload.update({ collection: 'media', id: file.id, context: { [RENDITIONS_SYSTEM_WRITE]: true }, data: { renditions: { lowBandwidth: { filename: light, mimeType: 'image/png', filesize: bytes.byteLength } } } as any })
    }
    const own = await api.get('/api/media/file/men-light.png', { token: tokens.scopedFacilitator })
    expect(own.status).toBe(200)
    const other = await api.get('/api/media/file/women-light.png', { token: tokens.scopedFacilitator })
    expect([403, 404]).toContain(other.status)
    expect((await api.get('/api/media/file/women-light.png', { token: tokens.facilitator })).status).toBe(200)
  })
})
