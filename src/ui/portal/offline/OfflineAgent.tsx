'use client'
/**
 * On every portal page of a signed-in facilitator (PortalShell): registers the portal's service
 * worker (scope /portal/) and tells it whose caches to use; when the connection returns, sends
 * the queued evaluation records and checks the kept releases against the server's current ones
 * (a newer release is fetched and its "what changed" shown; a withdrawn one is deleted); on
 * sign-out, deletes everything the site stored before the form is sent. Public pages never
 * render this: they register no worker and store nothing.
 */
import React, { useEffect, useState } from 'react'

import { STRINGS, type UILanguage } from '@/ui/strings'
import { ask, fetchPlan, keep, keptPlan, offlineSupported, portalWorker, wipeEverything } from './client'
import type { ChangeGroup, OfflinePlan } from './protocol'

interface Notice {
  kind: 'new' | 'withdrawn'
  text: string
  changes: ChangeGroup[]
}

/** Event the agent sends after a replay of the queue: `detail.pending` is what is still waiting. */
export const REPLAYED_EVENT = 'reeduca:evaluation-replayed'

/** When the queue is tried again after the connection returns: at once, then after 2, 5, 10 and 20 s. */
const REPLAY_RETRIES_MS = [0, 2_000, 5_000, 10_000, 20_000]

// Once per page load, not per page: client navigation remounts the shell.
let checkedThisLoad = false

/** What changed between the kept plan and the server's: newer releases and withdrawn ones. */
export function compareReleases(kept: OfflinePlan, current: OfflinePlan, lang: UILanguage): Notice[] {
  const t = STRINGS[lang].offline
  const notices: Notice[] = []
  const older = (a: string | null, b: string | null) => Boolean(a && b && a < b)
  for (const release of kept.releases) {
    const now = current.releases.find((candidate) => candidate.trackId === release.trackId)
    if (now?.releaseId === release.releaseId) continue
    if (!now || older(now.publishedAt, release.publishedAt)) {
      // Hers was withdrawn (the track has none now, or an earlier one is current again).
      notices.push({ kind: 'withdrawn', text: t.withdrawn(release.trackTitle, release.version), changes: [] })
    } else {
      notices.push({ kind: 'new', text: t.newVersion(now.trackTitle, now.version), changes: now.changes })
    }
  }
  return notices
}

async function refreshKept(userKey: string, lang: UILanguage): Promise<Notice[]> {
  const kept = await keptPlan(userKey)
  if (!kept) return []
  const current = await fetchPlan().catch(() => null)
  if (!current || current.userKey !== userKey) return []
  const notices = compareReleases(kept, current, lang)
  const sameReleases = kept.releases.map((r) => r.releaseId).join() === current.releases.map((r) => r.releaseId).join()
  if (!sameReleases) await keep(current, true)
  return notices
}

export function OfflineAgent({ userKey, lang }: { userKey: string; lang: UILanguage }) {
  const [notices, setNotices] = useState<Notice[]>([])
  const [offline, setOffline] = useState(false)
  const t = STRINGS[lang].offline

  useEffect(() => {
    if (!offlineSupported()) return
    let alive = true
    setOffline(!navigator.onLine)
    const ready = portalWorker()
      .then(() => ask({ type: 'user', userKey }, 10_000))
      .catch(() => null)

    const onOnline = async () => {
      setOffline(false)
      await ready
      // A connection that has just come back often fails the first requests (and the worker may
      // see it a moment after the page): what is still queued is tried again a few times, spaced
      // out, before it waits for the browser's own background sync.
      for (const wait of REPLAY_RETRIES_MS) {
        if (wait) await new Promise((resolve) => setTimeout(resolve, wait))
        if (!alive || !navigator.onLine) break
        const replay = await ask<{ pending: number }>({ type: 'replay' }, 60_000).catch(() => null)
        window.dispatchEvent(new CustomEvent(REPLAYED_EVENT, { detail: { pending: replay?.pending ?? null } }))
        if (replay?.pending === 0) break
      }
      const found = await refreshKept(userKey, lang).catch(() => [])
      if (alive && found.length) setNotices((before) => [...before, ...found])
    }
    const onOffline = () => setOffline(true)
    window.addEventListener('online', onOnline)
    window.addEventListener('offline', onOffline)
    if (navigator.onLine && !checkedThisLoad) {
      checkedThisLoad = true
      void onOnline()
    }

    // Sign-out: delete what the site stored first (the answer's Clear-Site-Data does it too).
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target as HTMLFormElement | null
      if (!form?.matches('form[data-logout]') || form.dataset.wiped) return
      event.preventDefault()
      void wipeEverything()
        .catch(() => undefined)
        .finally(() => {
          form.dataset.wiped = '1'
          form.submit()
        })
    }
    document.addEventListener('submit', onSubmit, true)
    return () => {
      alive = false
      window.removeEventListener('online', onOnline)
      window.removeEventListener('offline', onOffline)
      document.removeEventListener('submit', onSubmit, true)
    }
  }, [userKey, lang])

  if (!offline && notices.length === 0) return null
  return (
    <div className="offline-notices">
      {offline ? (
        <p role="status" className="notice" data-offline-status>
          {t.offlineNow}
        </p>
      ) : null}
      {notices.map((notice, i) => (
        <section key={i} role="status" className="notice" data-offline-notice={notice.kind}>
          <p>
            <strong>{notice.text}</strong>
          </p>
          {notice.kind === 'new' && notice.changes.length === 0 ? <p>{STRINGS[lang].noChanges}</p> : null}
          {notice.changes.map((group) => (
            <div key={group.kind}>
              <h4>{group.label}</h4>
              <ul>
                {group.items.map((item, j) => (
                  <li key={j}>{item}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  )
}
