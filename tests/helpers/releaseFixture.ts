/**
 * A small bilingual (es + en) track that passes the release checks, for manual-release suites:
 * two published sessions of 150 minutes, a module, a participant video with captions in both
 * languages, a handout with an image, and facilitator-only text carrying the fixture markers.
 * Plus a minimal ZIP reader for checking offline bundles (no ZIP-reading library is installed;
 * it follows the central directory, which is all yazl archives need).
 */
import zlib from 'node:zlib'

import type { Payload } from 'payload'
import yauzl from 'yauzl'

import { MARKERS, richText, tinyPng, type ID } from './curriculumFixture'

type Doc = Record<string, any>

export interface BilingualTrack {
  track: ID
  module: ID
  sessions: ID[]
  video: ID
  titles: { es: string[]; en: string[] }
}

const agenda = (n: number) => [
  { blockType: 'checkIn', minutes: 20, es: `Registro ${n}`, en: `Check-in ${n}` },
  { blockType: 'videoVignette', minutes: 60, es: `Viñeta ${n}`, en: `Vignette ${n}` },
  { blockType: 'break', minutes: 10, es: 'Receso', en: 'Break' },
  { blockType: 'homework', minutes: 40, es: `Tarea ${n}`, en: `Homework ${n}` },
  { blockType: 'closing', minutes: 20, es: 'Cierre', en: 'Closing' },
]

const VTT = (text: string) => Buffer.from(`WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n${text}\n`)

/** Creates the bilingual track in `programme`; `slug` names it (and its files). */
export async function buildBilingualTrack(payload: Payload, programme: ID, slug = 'prueba'): Promise<BilingualTrack> {
  const titles = { es: ['Bienvenida al grupo', 'Mis derechos'], en: ['Welcome to the group', 'My rights'] }
  const track = (await payload.create({
    collection: 'tracks',
    locale: 'es',
    data: { programme, title: `Línea ${slug}`, slug, audience: 'women', plannedSessions: 2, sessionMinutes: 150 } as any,
  })).id as ID
  await payload.update({ collection: 'tracks', id: track, locale: 'en', data: { title: `Track ${slug}` } as any })

  const module = (await payload.create({ collection: 'modules', locale: 'es', data: { track, order: 1, title: 'Encuadre', _status: 'published' } as any })).id as ID
  await payload.update({ collection: 'modules', id: module, locale: 'en', data: { title: 'Ground rules', _status: 'published' } as any })

  const png = await tinyPng()
  const upload = async (name: string, mimetype: string, data: Buffer, alt?: string) =>
    (await payload.create({ collection: 'media', locale: 'es', data: (alt ? { alt } : {}) as any, file: { data, mimetype, name, size: data.byteLength } })).id as ID
  const image = await upload(`${slug}-hoja.png`, 'image/png', png, 'Hoja de trabajo')
  const captionEs = await upload(`${slug}-es.vtt`, 'text/vtt', VTT('Hola'))
  const captionEn = await upload(`${slug}-en.vtt`, 'text/vtt', VTT('Hello'))

  const video = (await payload.create({
    collection: 'resources',
    locale: 'es',
    data: {
      title: 'Viñeta: la discusión',
      description: 'Una pareja discute.',
      kind: 'video',
      audience: 'participant',
      tracks: [track],
      file: image,
      captions: [
        { language: 'es', file: captionEs },
        { language: 'en', file: captionEn },
      ],
      _status: 'published',
    } as any,
  })).id as ID
  await payload.update({ collection: 'resources', id: video, locale: 'en', data: { title: 'Vignette: the argument', description: 'A couple argues.', _status: 'published' } as any })

  const sessions: ID[] = []
  for (const n of [1, 2]) {
    const created = (await payload.create({
      collection: 'sessions',
      locale: 'es',
      data: {
        track,
        module,
        number: n,
        title: titles.es[n - 1],
        summary: `Resumen sencillo de la sesión ${n}.`,
        objectives: [{ objective: `Objetivo ${n}` }],
        contentNotes: 'Se habla de violencia.',
        facilitatorNotes: richText(`${MARKERS.facilitatorNotes} sesión ${n}`),
        safetyNotes: richText(`${MARKERS.safetyNotes} sesión ${n}`),
        activities: agenda(n).map((a) => ({
          blockType: a.blockType,
          title: a.es,
          minutes: a.minutes,
          ...(a.blockType === 'videoVignette' ? { resource: video } : {}),
          facilitatorInstructions: richText(`${MARKERS.instructions} ${a.es}`),
          participantContent: a.blockType === 'break' ? null : richText(`Para participantes: ${a.es}`),
        })),
        handouts: [{ title: `Hoja ${n}`, body: richText(`Texto de la hoja ${n}`), file: image }],
        resources: [video],
        _status: 'published',
      } as any,
    })) as Doc
    const stored = (await payload.findByID({ collection: 'sessions', id: created.id, locale: 'es', depth: 0 })) as Doc
    await payload.update({
      collection: 'sessions',
      id: created.id,
      locale: 'en',
      data: {
        title: titles.en[n - 1],
        summary: `Plain summary of session ${n}.`,
        objectives: stored.objectives.map((row: Doc) => ({ id: row.id, objective: `Objective ${n}` })),
        contentNotes: 'Violence is discussed.',
        facilitatorNotes: richText(`${MARKERS.facilitatorNotes} session ${n}`),
        safetyNotes: richText(`${MARKERS.safetyNotes} session ${n}`),
        activities: stored.activities.map((activity: Doc, index: number) => {
          const a = agenda(n)[index]
          return {
            ...activity,
            title: a.en,
            facilitatorInstructions: richText(`${MARKERS.instructions} ${a.en}`),
            participantContent: a.blockType === 'break' ? null : richText(`For participants: ${a.en}`),
          }
        }),
        handouts: stored.handouts.map((handout: Doc) => ({ ...handout, title: `Handout ${n}`, body: richText(`Text of handout ${n}`) })),
        _status: 'published',
      } as any,
    })
    sessions.push(created.id)
  }
  return { track, module, sessions, video, titles }
}

export interface ZipEntry {
  name: string
  data: Buffer
  /** How the entry is kept in the archive. */
  method: 'stored' | 'deflated'
}

/**
 * Reads every entry of a ZIP with yauzl, a standard reader (the one that pairs with yazl, which
 * writes the bundle), as a facilitator's unzip would; each entry's CRC is checked as well.
 */
export async function readZip(zip: Buffer): Promise<ZipEntry[]> {
  const archive = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(zip, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (error, file) =>
      error ? reject(error) : resolve(file),
    ),
  )
  const entries: ZipEntry[] = []
  await new Promise<void>((resolve, reject) => {
    archive.on('error', reject)
    archive.on('end', () => resolve())
    archive.on('entry', (entry: yauzl.Entry) => {
      archive.openReadStream(entry, (error, stream) => {
        if (error) return reject(error)
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('error', reject)
        stream.on('end', () => {
          const data = Buffer.concat(chunks)
          if (zlib.crc32(data) >>> 0 !== entry.crc32) return reject(new Error(`CRC mismatch in ${entry.fileName}`))
          entries.push({ name: entry.fileName, data, method: entry.compressionMethod === 8 ? 'deflated' : 'stored' })
          archive.readEntry()
        })
      })
    })
    archive.readEntry()
  })
  return entries
}
