import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { buildOfflineBundle, renderHtmlEdition } from '@/core/releases/bundle'
import { editionFilename } from '@/core/releases/editions'

import { readZip } from '../../helpers/releaseFixture'
import { fixtureMedia, HOSTILE, hostileSnapshot, IMAGES, smallSnapshot } from './fixtures'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-bundle-'))
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

const noMedia = { href: () => null, captions: () => [] }

describe('static HTML edition', () => {
  it('escapes hostile text: nothing a user wrote becomes markup, script or link', () => {
    const pages = renderHtmlEdition(hostileSnapshot(), 'es', noMedia)
    const html = pages.map((page) => page.html).join('\n')
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
    expect(pages.map((page) => page.html).join('')).not.toMatch(/<(script|link)\b|src="https?:/i)
  })
})

describe('offline bundle', () => {
  const build = async (name: string) => {
    const snapshot = smallSnapshot()
    const media = path.join(folder, 'media')
    for (const [relative, bytes] of fixtureMedia()) {
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
