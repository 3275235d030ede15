import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { buildOfflineBundle, renderHtmlEdition } from '@/core/releases/bundle'
import { OFFLINE_SESSION_SCRIPT } from '@/core/releases/bundle/offlineScript'
import { editionFilename } from '@/core/releases/editions'

import { readZip } from '../../helpers/releaseFixture'
import { fixtureMedia, HOSTILE, hostileSnapshot, IMAGES, smallSnapshot } from './fixtures'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-bundle-'))
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

const noMedia = { href: () => null, captions: () => [] }
/** The pages without the bundle's own inline script: what is left comes from the content. */
const withoutOwnScript = (html: string) => html.split(`<script>${OFFLINE_SESSION_SCRIPT}</script>`).join('')

describe('static HTML edition', () => {
  it('escapes hostile text: nothing a user wrote becomes markup, script or link', () => {
    const pages = renderHtmlEdition(hostileSnapshot(), 'es', noMedia)
    const html = withoutOwnScript(pages.map((page) => page.html).join('\n'))
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(html).not.toMatch(/href="javascript:/i)
    expect(html).toContain(HOSTILE.readPasswd.replace(/"/g, '&quot;'))
    expect(html).toContain('مرحبا بالعالم')
  })

  it('one page per session, linked from the index, relative links only', () => {
    const snapshot = smallSnapshot()
    const pages = renderHtmlEdition(snapshot, 'en', noMedia)
    expect(pages.map((page) => page.name)).toEqual(['index.html', 'session-01.html', 'session-02.html', 'session-03.html'])
    const index = pages[0].html
    for (const page of pages.slice(1)) expect(index).toContain(`href="${page.name}"`)
    expect(pages[1].html).toContain('Welcome and ground rules')
    expect(pages[1].html).toContain('class="safety"')
    // The front matter on the index, after the notes, in the designers' order.
    const intro = index.indexOf('<h2>Introduction to the programme</h2>')
    expect(intro).toBeGreaterThan(index.indexOf('Release notes 1.1.0'))
    expect(index.indexOf('<h2>Risk assessment and referral</h2>')).toBeGreaterThan(index.indexOf('<h2>Group ground rules</h2>'))
    expect(index).toContain('At high risk, stop the session and refer the same day.')
    // No stylesheet, script, font or image from a server: it works opened from disk.
    expect(withoutOwnScript(pages.map((page) => page.html).join(''))).not.toMatch(/<(script|link)\b|src="https?:/i)
  })
})

const build = async (name: string, snapshot = smallSnapshot(), extraMedia: [string, Uint8Array | string][] = []) => {
  const media = path.join(folder, 'media')
  for (const [relative, bytes] of [...fixtureMedia(), ...extraMedia]) {
    fs.mkdirSync(path.dirname(path.join(media, relative)), { recursive: true })
    fs.writeFileSync(path.join(media, relative), bytes)
  }
  const pdfs = snapshot.release.locales.flatMap((locale) =>
    (['facilitator-manual', 'participant-workbook'] as const).map((edition) => {
      const filename = editionFilename({ trackSlug: snapshot.track.slug, version: snapshot.release.version, edition, locale })
      const file = path.join(folder, filename)
      fs.writeFileSync(file, `%PDF-1.7 ${edition} ${locale}`)
      return { edition, locale, path: file, filename }
    }),
  )
  const output = path.join(folder, name)
  const manifest = await buildOfflineBundle({ snapshot, releaseId: '42', contentHash: 'abc', pdfs, mediaDir: media, output })
  return { manifest, bytes: fs.readFileSync(output) }
}


describe('offline bundle', () => {
  it('holds both PDFs per locale, the HTML, the media there are, and a manifest with sizes and SHA-256', async () => {
    const { manifest, bytes } = await build('a.zip')
    const entries = await readZip(bytes)
    const names = entries.map((entry) => entry.name)
    expect(names).toEqual(expect.arrayContaining([
      'index.html',
      'es/reeduca-mujeres-1.1.0-manual-es.pdf',
      'es/reeduca-mujeres-1.1.0-workbook-es.pdf',
      'en/reeduca-mujeres-1.1.0-manual-en.pdf',
      'en/reeduca-mujeres-1.1.0-workbook-en.pdf',
      'es/session-02.html',
      'manifest.json',
    ]))
    expect(names.some((name) => name.startsWith('media/') && name.endsWith('rueda-igualdad.png'))).toBe(true)
    expect(manifest.omitted).toEqual([{ path: IMAGES.video.filename, reason: "file missing from media storage" }])
    for (const entry of entries.filter((e) => e.name !== 'manifest.json')) {
      const listed = manifest.files.find((file) => file.path === entry.name)
      expect(listed, entry.name).toMatchObject({ size: entry.data.byteLength, sha256: crypto.createHash('sha256').update(entry.data).digest('hex') })
    }
    expect(JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString())).toEqual(manifest)
    // Already compressed files are stored as they are; text is deflated.
    for (const entry of entries) {
      expect(entry.method, entry.name).toBe(/\.(pdf|png|webp|jpe?g|mp4|webm|mp3|m4a|ogg)$/.test(entry.name) ? 'stored' : 'deflated')
    }
  })

  it('is the same bytes every time for the same release', async () => {
    const first = await build('b.zip')
    const second = await build('c.zip')
    expect(Buffer.compare(first.bytes, second.bytes)).toBe(0)
  })

  it('takes PDFs still being rendered: the same bytes once they come, and no bundle when one fails', async () => {
    const ready = await build('ready.zip')
    const snapshot = smallSnapshot()
    const media = path.join(folder, 'media')
    const later = (value: string) => new Promise<string>((resolve) => setTimeout(() => resolve(value), 20))
    const pdfs = (failing: boolean) =>
      snapshot.release.locales.flatMap((locale) =>
        (['facilitator-manual', 'participant-workbook'] as const).map((edition, index) => {
          const filename = editionFilename({ trackSlug: snapshot.track.slug, version: snapshot.release.version, edition, locale })
          const file = path.join(folder, filename)
          const promised = failing && index === 1 ? Promise.reject(new Error('Typst stopped')) : later(file)
          promised.catch(() => {})
          return { edition, locale, path: promised, filename }
        }),
      )
    const promisedOutput = path.join(folder, 'promised.zip')
    await buildOfflineBundle({ snapshot, releaseId: '42', contentHash: 'abc', pdfs: pdfs(false), mediaDir: media, output: promisedOutput })
    expect(Buffer.compare(fs.readFileSync(promisedOutput), ready.bytes)).toBe(0)

    const failedOutput = path.join(folder, 'failed.zip')
    await expect(buildOfflineBundle({ snapshot, releaseId: '42', contentHash: 'abc', pdfs: pdfs(true), mediaDir: media, output: failedOutput })).rejects.toThrow('Typst stopped')
    expect(fs.existsSync(failedOutput)).toBe(false)
  })

  it('is the same bytes on a server in another time zone', async () => {
    const saved = process.env.TZ
    try {
      process.env.TZ = 'UTC'
      const inUtc = await build('utc.zip')
      process.env.TZ = 'America/Mexico_City'
      const inMexico = await build('mexico.zip')
      expect(Buffer.compare(inUtc.bytes, inMexico.bytes)).toBe(0)
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    }
  })
})

describe('offline bundle opened from disk', () => {
  /** The fixture's video present on disk with Spanish and English captions, and an audio with Spanish ones. */
  const withPlayers = () => {
    const snapshot = smallSnapshot()
    const vtt = (lines: string[]) => `WEBVTT\n\n${lines.map((line, i) => `00:00:0${i}.000 --> 00:00:0${i + 1}.000\n${line}`).join('\n\n')}\n`
    const file = (id: string, filename: string, mimeType: string) => ({ id, filename, mimeType, path: `test/${filename}` })
    const video = snapshot.resources.find((r) => r.id === 'r1')!
    video.captions = [
      { language: 'es', file: file('c1', 'vineta.es.vtt', 'text/vtt') },
      { language: 'en', file: file('c2', 'vineta.en.vtt', 'text/vtt') },
    ]
    snapshot.resources.push({
      id: 'r9',
      kind: 'audio',
      audience: 'participant',
      title: { es: 'Respiración guiada', en: 'Guided breathing' },
      description: {},
      captionLanguages: ['es'],
      file: file('a1', 'respira.wav', 'audio/wav'),
      captions: [{ language: 'es', file: file('c3', 'respira.es.vtt', 'text/vtt') }],
    } as (typeof snapshot.resources)[number])
    snapshot.sessions[1].resourceIds = [...snapshot.sessions[1].resourceIds, 'r9']
    const extra: [string, Uint8Array | string][] = [
      [video.file!.path, new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112])],
      ['test/vineta.es.vtt', vtt(['Hola, <i>empezamos</i>.', 'Segunda línea & más'])],
      ['test/vineta.en.vtt', vtt(['Hello, we begin.'])],
      ['test/respira.wav', new Uint8Array([82, 73, 70, 70])],
      ['test/respira.es.vtt', vtt(['Inhala despacio.'])],
    ]
    return { snapshot, extra }
  }

  it('carries the captions inside the page (a data: track and the cues), with a caption line for audio', async () => {
    const { snapshot, extra } = withPlayers()
    const { bytes } = await build('players.zip', snapshot, extra)
    const entries = await readZip(bytes)
    const page = entries.find((e) => e.name === 'es/session-02.html')!.data.toString('utf8')
    const tracks = [...page.matchAll(/<track [^>]*>/g)].map((m) => m[0])
    expect(tracks).toHaveLength(3)
    // No track is fetched from a file: Chromium refuses those from file://.
    for (const track of tracks) expect(track).toMatch(/src="data:text\/vtt;charset=utf-8;base64,/)
    const spanish = tracks.find((t) => t.includes('srclang="es"') && t.includes('default'))!
    const src = spanish.match(/src="data:text\/vtt;charset=utf-8;base64,([^"]+)"/)![1]
    expect(Buffer.from(src, 'base64').toString('utf8')).toContain('Hola, <i>empezamos</i>.')
    expect(spanish).toMatch(/label="[Ee]spañol"/)
    const cues = JSON.parse(spanish.match(/data-cues="([^"]+)"/)![1].replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))
    expect(cues[0]).toEqual([0, 1, 'Hola, <i>empezamos</i>.'])
    expect(cues[1]).toEqual([1, 2, 'Segunda línea & más'])
    // The audio gets a caption line; its Spanish track is the default one.
    expect(page).toMatch(/<audio id="(player-\d+)"[^>]*>.*<\/audio><p class="caption-line" data-caption-for="\1"/s)
    expect(page).toContain('<script>')
    // The English page shows the English track by default.
    const english = entries.find((e) => e.name === 'en/session-02.html')!.data.toString('utf8')
    expect(english).toMatch(/<track [^>]*srclang="en"[^>]*default/)
  })

  it('has an index with numbered sessions under their modules and the PDFs named in the page’s language', async () => {
    const { bytes } = await build('index.zip')
    const entries = await readZip(bytes)
    const es = entries.find((e) => e.name === 'es/index.html')!.data.toString('utf8')
    const en = entries.find((e) => e.name === 'en/index.html')!.data.toString('utf8')
    expect(es).toContain('>Manual para facilitación (PDF)</a>')
    expect(es).toContain('>Cuaderno de trabajo (PDF)</a>')
    expect(en).toContain('>Facilitator manual (PDF)</a>')
    expect(en).toContain('>Participant workbook (PDF)</a>')
    expect(es + en).not.toContain('Manual / manual')
    expect(es).toMatch(/<h3>Módulo 1\. [^<]+<\/h3><ul class="sessions"><li><a href="session-01.html">Sesión 1\. /)
    expect(en).toMatch(/<a href="session-02.html">Session 2\. /)
  })

  it('has a session timer on every session page, kept per release and session', async () => {
    const { bytes } = await build('timer.zip')
    const entries = await readZip(bytes)
    const page = entries.find((e) => e.name === 'es/session-01.html')!.data.toString('utf8')
    const data = JSON.parse(page.match(/data-timer="([^"]+)"/)![1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))
    expect(data.key).toBe('reeduca-timer:release:42:session:1')
    expect(data.activities.length).toBeGreaterThan(0)
    expect(data.activities.reduce((sum: number, a: { minutes: number }) => sum + a.minutes, 0)).toBe(data.totalMinutes)
    expect(page).toContain('>Cronómetro de la sesión</h2>')
    expect(page).toMatch(/<tr data-activity-index="0">/)
  })

  it('refers to no other host in any file: no http(s) address, no //host reference', async () => {
    const { snapshot, extra } = withPlayers()
    const { bytes } = await build('hosts.zip', snapshot, extra)
    const entries = await readZip(bytes)
    const text = entries.filter((e) => /\.(html|json|vtt|css|js|txt)$/.test(e.name))
    expect(text.length).toBeGreaterThan(5)
    for (const entry of text) {
      const content = entry.data.toString('utf8')
      expect(content, entry.name).not.toMatch(/https?:\/\//i)
      expect(content, entry.name).not.toMatch(/(?:src|href|action|poster|data)\s*=\s*["']?\/\//i)
      expect(content, entry.name).not.toMatch(/url\(\s*["']?(?:[a-z]+:)?\/\//i)
      expect(content, entry.name).not.toMatch(/(?:^|[\s"'(=])\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+/im)
    }
    // The fixture's website and link are still there, as text without their scheme.
    const index = entries.find((e) => e.name === 'es/index.html')!.data.toString('utf8')
    expect(index).toContain('example.org/cjm-queretaro')
  })
})

