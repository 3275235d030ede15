import { describe, expect, test } from 'vitest'

import { compareReleases } from '@/ui/portal/offline/OfflineAgent'
import type { KeptRelease, OfflinePlan } from '@/ui/portal/offline/protocol'

const release = (trackId: string, releaseId: string, version: string, publishedAt: string): KeptRelease => ({
  trackId,
  trackTitle: `Línea ${trackId}`,
  releaseId,
  version,
  publishedAt,
  changes: [{ kind: 'changed', label: 'Sesiones cambiadas', items: ['Sesión 5'] }],
  pages: [],
  files: [],
})
const plan = (...releases: KeptRelease[]): OfflinePlan => ({ userKey: 'k', pages: [], releases })

describe('what the phone says when the connection returns', () => {
  test('a newer release is announced with what changed', () => {
    const notices = compareReleases(plan(release('1', '10', '1.0.0', '2026-01-01')), plan(release('1', '11', '1.1.0', '2026-02-01')), 'es')
    expect(notices).toEqual([{ kind: 'new', text: 'Nueva versión 1.1.0 de «Línea 1»: qué cambió', changes: [{ kind: 'changed', label: 'Sesiones cambiadas', items: ['Sesión 5'] }] }])
  })

  test('a withdrawn release is said to be removed, whether the track has none now or an earlier one again', () => {
    const kept = plan(release('1', '11', '1.1.0', '2026-02-01'), release('2', '20', '2.0.0', '2026-02-01'))
    const notices = compareReleases(kept, plan(release('1', '10', '1.0.0', '2026-01-01')), 'en')
    expect(notices.map((notice) => [notice.kind, notice.text])).toEqual([
      ['withdrawn', 'Release 1.1.0 of “Línea 1” was withdrawn and removed from the phone.'],
      ['withdrawn', 'Release 2.0.0 of “Línea 2” was withdrawn and removed from the phone.'],
    ])
  })

  test('nothing to say when the releases are the same', () => {
    const same = plan(release('1', '10', '1.0.0', '2026-01-01'))
    expect(compareReleases(same, same, 'es')).toEqual([])
  })
})
