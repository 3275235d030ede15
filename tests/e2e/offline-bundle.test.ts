/**
 * The offline bundle of a seeded release, downloaded from the production server as a facilitator,
 * unzipped into a temporary folder and opened from disk (file://) in Chromium, as on a laptop
 * with no connection: a video and an audio play with their Spanish captions on screen, the index
 * lists numbered sessions with PDFs named in Spanish, the session timer runs, and no request
 * leaves the machine (every request is file: or data:). The video and the audio also in Firefox.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { demoResources } from '@/cms/seed/curriculum'
import { readZip } from '../helpers/releaseFixture'
import { apiToken, launchBrowser, launchFirefox, screenshot } from './browser'

const baseURL = inject('baseURL')
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-offline-'))
let browser: Browser
let context: BrowserContext
const requests: string[] = []
let root = ''
/** Spanish session pages of the unzipped bundle, with what they play. */
let videoPage = ''
let audioPage = ''

beforeAll(async () => {
  const token = await apiToken(baseURL, 'facilitator@reeduca.test')
  const headers = { Authorization: `JWT ${token}` }
  const list = await fetch(`${baseURL}/api/manual-releases?where[status][equals]=ready&where[archived][not_equals]=true&limit=20&depth=0&sort=-createdAt`, { headers })
  const releases = ((await list.json()) as { docs: { id: string | number }[] }).docs
  expect(releases.length).toBeGreaterThan(0)
  // The first release whose bundle has both a video and an audio (the women's track in the demo).
  for (const release of releases) {
    const response = await fetch(`${baseURL}/api/manual-releases/${release.id}/download/offline-bundle`, { headers })
    if (response.status !== 200) continue
    const entries = await readZip(Buffer.from(await response.arrayBuffer()))
    const pages = entries.filter((entry) => /^es\/session-\d+\.html$/.test(entry.name))
    const video = pages.find((entry) => entry.data.toString('utf8').includes('<video '))
    const audio = pages.find((entry) => entry.data.toString('utf8').includes('<audio '))
    if (!video || !audio) continue
    root = path.join(folder, String(release.id))
    for (const entry of entries) {
      const target = path.join(root, entry.name)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.writeFileSync(target, entry.data)
    }
    videoPage = video.name
    audioPage = audio.name
    break
  }
  expect(root, 'a seeded release whose bundle has a video and an audio (is ffmpeg installed?)').not.toBe('')
  browser = await launchBrowser()
  context = await browser.newContext({ locale: 'es-MX', viewport: { width: 1100, height: 900 } })
  context.on('request', (request) => requests.push(request.url()))
}, 300_000)

afterAll(async () => {
  await browser?.close()
  fs.rmSync(folder, { recursive: true, force: true })
})

const open = async (relative: string): Promise<Page> => {
  const page = await context.newPage()
  await page.goto(pathToFileURL(path.join(root, relative)).href)
  return page
}

describe('offline bundle opened from disk', () => {
  test('a video plays with its Spanish captions showing', async () => {
    const page = await open(videoPage)
    const video = page.locator('video').first()
    await video.evaluate((element: HTMLVideoElement) => {
      element.muted = true
      return element.play()
    })
    // Playing (its clock moves), with the Spanish track on and its current cue as the text on
    // screen: one of the seeded video's Spanish caption lines.
    const lines = demoResources['video-grounding'].captionLines!.es
    await expect
      .poll(
        () =>
          video.evaluate((element: HTMLVideoElement) => {
            const showing = Array.from(element.textTracks).filter((track) => track.mode === 'showing')
            const cue = showing[0]?.activeCues?.[0] as VTTCue | undefined
            const state = element.currentTime > 0 && !element.error ? 'playing' : 'not playing'
            return showing.length === 1 ? `${state} · ${showing[0].language}: ${cue?.text ?? ''}` : `${showing.length} tracks showing`
          }),
        { timeout: 15_000 },
      )
      .toMatch(new RegExp(`^playing · es: (${lines.map((line) => line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`))
    await video.scrollIntoViewIfNeeded()
    await screenshot(page, 'offline-bundle-video')
    await page.close()
  })

  test('an audio plays with a visible caption line in Spanish', async () => {
    const page = await open(audioPage)
    const audio = page.locator('audio').first()
    const id = await audio.getAttribute('id')
    const line = page.locator(`.caption-line[data-caption-for="${id}"]`)
    await expect.poll(() => line.isVisible()).toBe(true)
    expect((await line.textContent())?.trim()).toBe('')
    await audio.evaluate((element: HTMLAudioElement) => {
      element.muted = true
      return element.play()
    })
    await expect.poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime > 0), { timeout: 15_000 }).toBe(true)
    await expect.poll(async () => (await line.textContent())?.trim() ?? '', { timeout: 15_000 }).not.toBe('')
    // The line shows the Spanish track's current cue.
    const [shown, cue] = await Promise.all([
      line.textContent(),
      audio.evaluate((element: HTMLAudioElement) => {
        const track = Array.from(element.textTracks).find((t) => t.language === 'es' && t.mode !== 'disabled')
        return (track?.activeCues?.[0] as VTTCue | undefined)?.text ?? null
      }),
    ])
    expect(cue).not.toBeNull()
    expect(shown?.trim()).toBe(cue!.replace(/<[^>]*>/g, '').trim())
    expect(await audio.evaluate((element: HTMLAudioElement) => element.error)).toBeNull()
    await audio.scrollIntoViewIfNeeded()
    await screenshot(page, 'offline-bundle-audio')
    await page.close()
  })

  test('the index lists numbered sessions and names the PDFs in Spanish', async () => {
    const page = await open('es/index.html')
    await expect.poll(() => page.getByRole('link', { name: 'Manual para facilitación (PDF)' }).count()).toBe(1)
    expect(await page.getByRole('link', { name: 'Cuaderno de trabajo (PDF)' }).count()).toBe(1)
    expect(await page.getByRole('link', { name: /^Sesión 1\. / }).count()).toBe(1)
    expect(await page.locator('body').textContent()).not.toContain('Manual / manual')
    await page.getByRole('link', { name: /^Sesión 2\. / }).click()
    await page.waitForURL(/session-02\.html$/)
    await page.close()
  })

  test('the session timer runs from disk and survives a reload', async () => {
    const page = await open('es/session-01.html')
    const timer = page.locator('#timer')
    await expect.poll(() => timer.isVisible()).toBe(true)
    await timer.getByRole('button', { name: 'Iniciar', exact: true }).click()
    await expect.poll(() => timer.getAttribute('data-state')).toBe('running')
    await expect.poll(async () => (await timer.locator('[data-t="total"]').textContent()) ?? '', { timeout: 5_000 }).toMatch(/^0:0[1-9] \/ 150 min$/)
    expect(await page.locator('tr[data-activity-index="0"]').getAttribute('aria-current')).toBe('step')
    await page.reload()
    await expect.poll(() => page.locator('#timer').getAttribute('data-state')).toBe('running')
    await page.locator('#timer').getByRole('button', { name: 'Pausar', exact: true }).click()
    await expect.poll(() => page.locator('#timer').getAttribute('data-state')).toBe('paused')
    await page.close()
  })

  test('no request left the machine', () => {
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.filter((url) => !url.startsWith('file://') && !url.startsWith('data:'))).toEqual([])
  })

  test('no file of the real bundle refers to another host', () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (/\.(html|json|vtt)$/.test(entry.name)) files.push(full)
      }
    }
    walk(root)
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const content = fs.readFileSync(file, 'utf8')
      expect(content, file).not.toMatch(/https?:\/\//i)
      expect(content, file).not.toMatch(/(?:^|[\s"'(=])\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+/im)
    }
  })
})

describe('offline bundle opened from disk in Firefox', () => {
  /** The video as it plays: its clock moving, the tracks showing and the current cue. */
  const readVideo = () => {
    const video = document.querySelector('video') as HTMLVideoElement
    const showing = Array.from(video.textTracks).filter((track) => track.mode === 'showing')
    return {
      moving: video.currentTime > 0 && !video.error,
      showing: showing.map((track) => track.language),
      cue: ((showing[0]?.activeCues?.[0] as VTTCue | undefined)?.text ?? null) as string | null,
    }
  }

  test('a video and an audio play with their Spanish captions showing, and nothing leaves the machine', async () => {
    const firefox = await launchFirefox()
    try {
      const page = await firefox.newPage()
      const asked: string[] = []
      page.on('request', (request) => {
        asked.push(request.url())
      })
      const lines = demoResources['video-grounding'].captionLines!.es

      await page.goto(pathToFileURL(path.join(root, videoPage)).href)
      await page.evaluate(() => {
        const video = document.querySelector('video')!
        video.muted = true
        return video.play()
      })
      await expect.poll(() => page.evaluate(readVideo), { timeout: 15_000 }).toMatchObject({ moving: true, showing: ['es'] })
      const video = await page.evaluate(readVideo)
      expect(lines).toContain(video.cue)

      await page.goto(pathToFileURL(path.join(root, audioPage)).href)
      await page.evaluate(() => {
        const audio = document.querySelector('audio')!
        audio.muted = true
        return audio.play()
      })
      const readAudio = () => {
        const audio = document.querySelector('audio') as HTMLAudioElement
        const line = document.querySelector(`.caption-line[data-caption-for="${audio.id}"]`) as HTMLElement | null
        const track = Array.from(audio.textTracks).find((t) => t.language === 'es' && t.mode !== 'disabled')
        return {
          moving: audio.currentTime > 0 && !audio.error,
          line: line && line.offsetParent !== null ? (line.textContent ?? '').trim() : null,
          cue: ((track?.activeCues?.[0] as VTTCue | undefined)?.text ?? '').replace(/<[^>]*>/g, '').trim(),
        }
      }
      await expect.poll(() => page.evaluate(readAudio).then((audio) => audio.moving && audio.line !== null && audio.line !== ''), { timeout: 15_000 }).toBe(true)
      const audio = await page.evaluate(readAudio)
      expect(audio.line).toBe(audio.cue)

      expect(asked.length).toBeGreaterThan(0)
      expect(asked.filter((url) => !url.startsWith('file://') && !url.startsWith('data:'))).toEqual([])
    } finally {
      await firefox.close()
    }
  }, 120_000)
})
