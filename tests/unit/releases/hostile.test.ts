import { describe, expect, it } from 'vitest'

import { toParticipantSnapshot } from '@/core/releases/participantProjection'
import { renderFacilitatorManual, renderParticipantWorkbook } from '@/core/releases/render'

import { HOSTILE, HOSTILE_EXPECTED, hostileSnapshot, randomRelease } from './fixtures'
import { collapse, readPdf } from './pdf'

/** Typst would print this if `#read("/etc/passwd")` had run. */
const PASSWD_LINE = /root:.*:0:0:/

// Rendering is CPU-bound and slow on a busy CI machine: generous per-test time.
describe('hostile text prints literally and breaks nothing', { timeout: 60_000 }, () => {
  it('facilitator manual', async () => {
    const pdf = await readPdf(await renderFacilitatorManual(hostileSnapshot(), 'es'))
    const text = collapse(pdf.text)
    for (const expected of HOSTILE_EXPECTED) expect(text, expected).toContain(expected)
    expect(pdf.text).not.toMatch(PASSWD_LINE)
    // The hostile session title is a heading, a TOC entry and a bookmark like any other.
    expect(pdf.outline.map((entry) => entry.title)).toContain(`Sesión 1. ${HOSTILE.readPasswd}`)
    expect(pdf.numPages).toBeGreaterThan(5)
  })

  it('participant workbook', async () => {
    const pdf = await readPdf(await renderParticipantWorkbook(toParticipantSnapshot(hostileSnapshot()), 'es'))
    const text = collapse(pdf.text)
    for (const expected of HOSTILE_EXPECTED) expect(text, expected).toContain(expected)
    expect(pdf.text).not.toMatch(PASSWD_LINE)
    // Safety notes held the <script> line and RTL text; the workbook got them from participant content only.
    expect(pdf.outline.map((entry) => entry.title)).toContain(`Sesión 1. ${HOSTILE.readPasswd}`)
  })

  it('control characters and odd Unicode do not break the render', async () => {
    const snapshot = hostileSnapshot()
    snapshot.sessions[0].summary = { es: 'nul\u0000 bell\u0007 esc\u001b del\u007f lone surrogate \ud800 bidi \u202e override \u2066isolate\u2069 fin', en: '' }
    snapshot.sessions[0].title = { es: 'x'.repeat(3000), en: 'y' }
    const pdf = await readPdf(await renderFacilitatorManual(snapshot, 'es'))
    expect(collapse(pdf.text)).toContain('fin')
  })

  it('random content sprinkled with hostile strings renders for several seeds', async () => {
    for (const seed of [31, 32, 33]) {
      const { snapshot } = randomRelease(seed, 12)
      const manual = await renderFacilitatorManual(snapshot, 'es')
      const workbook = await renderParticipantWorkbook(toParticipantSnapshot(snapshot), 'en')
      expect(manual.byteLength).toBeGreaterThan(10_000)
      expect(workbook.byteLength).toBeGreaterThan(10_000)
    }
  })
})
