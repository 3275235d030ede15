'use client'
/**
 * "Keep for offline use" on the portal home: asks the server what the current releases of her
 * tracks need (PLAN_ENDPOINT), has the service worker store it, then shows what is stored, its
 * size (Cache Storage, and navigator.storage.estimate for the site as a whole) and a button to
 * remove it from the phone.
 */
import React, { useCallback, useEffect, useState } from 'react'

import { fileSize } from '@/ui/format'
import { STRINGS, type UILanguage } from '@/ui/strings'
import { fetchPlan, forget, keep, keptPlan, offlineSupported, portalWorker, storedSummary, type StoredSummary } from './client'
import type { OfflinePlan } from './protocol'

type State = 'idle' | 'keeping' | 'kept' | 'partial' | 'failed' | 'removed'

export function KeepOffline({ userKey, lang }: { userKey: string; lang: UILanguage }) {
  const t = STRINGS[lang].offline
  const [supported, setSupported] = useState(true)
  const [state, setState] = useState<State>('idle')
  const [failedCount, setFailedCount] = useState(0)
  const [plan, setPlan] = useState<OfflinePlan | null>(null)
  const [summary, setSummary] = useState<StoredSummary | null>(null)

  const look = useCallback(async () => {
    const kept = await keptPlan(userKey)
    setPlan(kept)
    setSummary(kept ? await storedSummary(userKey) : null)
  }, [userKey])

  useEffect(() => {
    if (!offlineSupported()) {
      setSupported(false)
      return
    }
    void look()
  }, [look])

  const onKeep = async () => {
    setState('keeping')
    let outcome: State = 'failed'
    try {
      await portalWorker()
      const wanted = await fetchPlan()
      const result = wanted ? await keep(wanted) : null
      if (result) {
        setFailedCount(result.failed.length)
        outcome = result.ok ? 'kept' : 'partial'
      }
    } catch {
      outcome = 'failed'
    }
    // "Kept" is said once the list of what is stored, and its size, can be shown with it.
    await look().catch(() => undefined)
    setState(outcome)
  }

  const onRemove = async () => {
    await forget(userKey)
    setState('removed')
    await look()
  }

  if (!supported) {
    return (
      <section className="card offline-keep">
        <h2>{t.heading}</h2>
        <p>{t.unsupported}</p>
      </section>
    )
  }
  const message =
    state === 'keeping' ? t.keeping : state === 'kept' ? t.kept : state === 'partial' ? t.keptSome(failedCount) : state === 'failed' ? t.keepFailed : state === 'removed' ? t.removed : null
  return (
    <section className="card offline-keep" aria-labelledby="offline-heading" data-offline-keep>
      <h2 id="offline-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <p>
        <button type="button" className="button" onClick={onKeep} disabled={state === 'keeping'}>
          {t.keep}
        </button>
      </p>
      {message ? (
        <p role="status" className="notice" data-offline-state={state}>
          {message}
        </p>
      ) : null}
      <h3>{t.stored}</h3>
      {plan && summary ? (
        <div data-offline-stored>
          <ul>
            {plan.releases.map((release) => (
              <li key={release.releaseId} data-release={release.releaseId}>
                {t.release(release.trackTitle, release.version, release.pages.length)}
              </li>
            ))}
          </ul>
          <p data-offline-size={summary.bytes}>{t.size(fileSize(summary.bytes, lang), summary.entries)}</p>
          {summary.usage !== null ? <p className="muted">{t.usage(fileSize(summary.usage, lang))}</p> : null}
          <p>
            <button type="button" className="button button--quiet" onClick={onRemove}>
              {t.remove}
            </button>
          </p>
        </div>
      ) : (
        <p data-offline-stored="none">{t.nothingStored}</p>
      )}
    </section>
  )
}
