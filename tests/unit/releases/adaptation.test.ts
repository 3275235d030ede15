/**
 * Adapted tracks (issue 20), the pure rules: which adapted sessions are behind their source and
 * what changed there (the releases' diff and wording), the sessions the source added, the manual's
 * "Adaptación de «…», versión N", and copying a snapshot's session back into editable data.
 */
import { describe, expect, it } from 'vitest'

import {
  adaptationLine,
  adaptationReport,
  adaptedSessionStatus,
  sessionDataFromSnapshot,
  sourceChangeLine,
  withRowIds,
} from '@/core/releases/adaptation'
import { renderFacilitatorManual } from '@/core/releases/render'
import type { ReleaseSnapshot, SnapshotSession } from '@/core/releases/snapshot'

import { readFixtureFile, smallSnapshot } from './fixtures'
import { collapse, readPdf } from './pdf'

/** A source release: `smallSnapshot()` at another version, its sessions changed by `change`. */
function release(version: string, change: (sessions: SnapshotSession[]) => SnapshotSession[] = (s) => s): ReleaseSnapshot {
  const snapshot = structuredClone(smallSnapshot()) as ReleaseSnapshot
  snapshot.release.version = version
  snapshot.sessions = change(snapshot.sessions)
  return snapshot
}

const v1 = release('1.0.0')
const ids = v1.sessions.map((session) => session.id)
const v2 = release('1.1.0', (sessions) =>
  sessions.map((session, index) =>
    index === 1 ? { ...session, safetyNotes: { ...session.safetyNotes, es: null }, title: { ...session.title, en: 'Myths, again' } } : session,
  ),
)
const links = ids.map((id, index) => ({ id: `a${index}`, number: index + 1, sourceSession: id, followsVersion: '1.0.0' }))
const snapshots = new Map([['1.0.0', v1], ['1.1.0', v2]])

describe('adapted sessions against their source', () => {
  it('sees exactly the sessions whose source changed, with the changed parts', () => {
    const report = adaptationReport({ sessions: links, copiedFromVersion: '1.0.0', snapshots, newestVersion: '1.1.0' })
    expect(report.sessions.map((s) => s.state)).toEqual(['current', 'behind', 'current'])
    expect(report.behind).toBe(1)
    expect(report.followsVersion).toBe('1.0.0')
    const behind = report.sessions[1]
    expect(behind.changed).toEqual([{ field: 'title', locales: ['en'] }, { field: 'safetyNotes', locales: ['es'] }])
    expect(sourceChangeLine(behind, 'es', report.locales)).toMatch(/^Sesión 2 «.+»: título \(solo en inglés\), notas de seguridad \(solo en español\)$/)
    expect(sourceChangeLine(behind, 'en', report.locales)).toBe('Session 2 “Myths, again”: title (English only), safety notes (Spanish only)')
  })

  it('a session that follows the newest release, or whose change was set aside with a reason, is not behind', () => {
    const followed = adaptedSessionStatus({ ...links[1], followsVersion: '1.1.0' }, v2, v2)
    expect(followed.state).toBe('current')
    const aside = adaptedSessionStatus({ ...links[1], setAsideVersion: '1.1.0', setAsideReason: 'Ya adaptado al maya.' }, v1, v2)
    expect(aside.state).toBe('set-aside')
    expect(aside.setAside).toEqual({ version: '1.1.0', reason: 'Ya adaptado al maya.' })
    // Set aside at an older release: it holds while the source does not change again...
    const v3same = release('1.2.0', (sessions) => sessions.map((s, i) => (i === 1 ? v2.sessions[1] : s)))
    expect(adaptedSessionStatus({ ...links[1], setAsideVersion: '1.1.0', setAsideReason: 'x' }, v1, v3same, v2).state).toBe('set-aside')
    // ...and a newer change makes it behind again.
    const v3 = release('1.2.0', (sessions) => sessions.map((s, i) => (i === 1 ? { ...v2.sessions[1], duration: 120 } : s)))
    expect(adaptedSessionStatus({ ...links[1], setAsideVersion: '1.1.0', setAsideReason: 'x' }, v1, v3, v2).state).toBe('behind')
  })

  it('reports sessions the source removed and added, and a session the adaptation wrote itself', () => {
    const v3 = release('2.0.0', (sessions) => [
      ...sessions.slice(1),
      { ...structuredClone(sessions[0]), id: 'new-session', number: 9, title: { es: 'Nueva', en: 'New' } },
    ])
    const report = adaptationReport({
      sessions: [...links, { id: 'own', number: 4, sourceSession: null }],
      copiedFromVersion: '1.0.0',
      snapshots: new Map([['1.0.0', v1], ['2.0.0', v3]]),
      newestVersion: '2.0.0',
    })
    expect(report.sessions.map((s) => s.state)).toEqual(['removed-in-source', 'current', 'current', 'own'])
    expect(report.sessionsAddedInSource.map((s) => s.id)).toEqual(['new-session'])
    expect(report.behind).toBe(2)
  })

  it('a source without releases leaves everything current', () => {
    const report = adaptationReport({ sessions: links, copiedFromVersion: '1.0.0', snapshots: new Map(), newestVersion: null })
    expect(report.behind).toBe(0)
    expect(report.sessions.every((s) => s.state === 'current')).toBe(true)
  })
})

describe("copying a source session into the adaptation's draft", () => {
  const session = smallSnapshot().sessions.find((s) => s.handouts.some((h) => h.file))!

  it('gives every field of one locale, media as stored ids, and only the fields asked for', () => {
    const data = sessionDataFromSnapshot(session, 'en', { toId: (id) => `db-${id}`, moduleId: 7 })
    expect(data.title).toBe(session.title.en)
    expect(data.module).toBe(7)
    expect((data.activities as any[]).map((a) => [a.blockType, a.minutes, a.title])).toEqual(session.activities.map((a) => [a.kind, a.minutes, a.title.en]))
    expect((data.handouts as any[]).find((h) => h.file)?.file).toMatch(/^db-/)
    expect(JSON.stringify(data)).not.toContain('"sha256"')
    expect(Object.keys(sessionDataFromSnapshot(session, 'es', { fields: ['safetyNotes', 'number'], toId: String }))).toEqual(['safetyNotes'])
  })

  it("gives a second locale's rows the ids the first locale's save gave them", () => {
    const data = { objectives: [{ objective: 'One' }, { objective: 'Two' }], resources: [1, 2], title: 'x' }
    expect(withRowIds(data, { objectives: [{ id: 'r1' }, { id: 'r2' }], resources: [1, 2] })).toEqual({
      objectives: [{ objective: 'One', id: 'r1' }, { objective: 'Two', id: 'r2' }],
      resources: [1, 2],
      title: 'x',
    })
  })
})

describe("the adapted track's manual", { timeout: 60_000 }, () => {
  it('says on its cover what it adapts and from which release, in its language', async () => {
    expect(adaptationLine({ es: 'Mujeres', en: 'Women' }, '1.0.0', 'es')).toBe('Adaptación de «Mujeres», versión 1.0.0')
    expect(adaptationLine({ es: 'Mujeres', en: 'Women' }, '1.0.0', 'en')).toBe('Adaptation of “Women”, version 1.0.0')
    const snapshot = smallSnapshot()
    snapshot.track.adaptedFrom = { title: { es: 'Línea nacional de mujeres', en: "National women's track" }, version: '1.2.0' }
    const es = await readPdf(await renderFacilitatorManual(snapshot, 'es', { readFile: readFixtureFile() }))
    expect(collapse(es.pages[0])).toContain('Adaptación de «Línea nacional de mujeres», versión 1.2.0')
    const en = await readPdf(await renderFacilitatorManual(snapshot, 'en', { readFile: readFixtureFile() }))
    expect(collapse(en.pages[0])).toContain('Adaptation of “National women’s track”, version 1.2.0'.replace('’', "'"))
    const plain = await readPdf(await renderFacilitatorManual(smallSnapshot(), 'es', { readFile: readFixtureFile() }))
    expect(plain.pages[0]).not.toContain('Adaptación de')
  })
})
