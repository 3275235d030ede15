'use client'
import { useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useId, useState } from 'react'

import { canEditCurriculum } from '@/core/rules/roles'
import { adminLanguage, adminStrings } from '@/ui/strings'

type Json = Record<string, any>

/** GET a JSON endpoint with the signed-in user's cookie; null when it refuses. */
function useJson(url: string | null): { data: Json | null; reload: () => void } {
  const [data, setData] = useState<Json | null>(null)
  const [tick, setTick] = useState(0)
  useEffect(() => {
    if (!url) return
    let cancelled = false
    fetch(url, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((body) => {
        if (!cancelled) setData(body)
      })
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [url, tick])
  return { data, reload: useCallback(() => setTick((n) => n + 1), []) }
}

const errorOf = async (response: Response) => {
  const body = await response.json().catch(() => null)
  return String(body?.errors?.[0]?.message ?? `HTTP ${response.status}`)
}

const boxStyle: React.CSSProperties = { marginBottom: 'var(--base)', padding: '0.75rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }

/**
 * The track's sidebar: "Adapt this track" for designers and admins (POST /api/tracks/:id/adapt,
 * then the new track opens), and on an adapted track how far it is behind its source
 * (GET /api/tracks/:id/adaptation), each behind session linked.
 */
export function TrackAdaptationPanel() {
  const { i18n } = useTranslation()
  const lang = adminLanguage(i18n.language)
  const t = adminStrings(lang).adaptation
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const { data } = useJson(id == null ? null : `/api/tracks/${encodeURIComponent(String(id))}/adaptation?locale=${lang}`)
  if (id == null) return null

  async function adapt() {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`/api/tracks/${encodeURIComponent(String(id))}/adapt`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      })
      if (!response.ok) {
        setError(await errorOf(response))
        return
      }
      const body = await response.json()
      window.location.assign(`/admin/collections/tracks/${encodeURIComponent(String(body.track.id))}`)
    } catch (caught) {
      setError(String(caught))
    } finally {
      setBusy(false)
    }
  }

  const behindSessions = ((data?.sessions ?? []) as Json[]).filter((s) => s.state === 'behind' || s.state === 'removed-in-source')
  return (
    <div className="adaptation-panel" aria-live="polite">
      {data?.adapted && (
        <div style={boxStyle}>
          <p style={{ margin: '0 0 0.5rem' }}>
            <strong>{t.adaptedFrom(data.source?.title ?? '', data.copiedFromVersion ?? '?')}</strong>
          </p>
          {data.newestVersion && <p className="field-description">{t.newest(data.newestVersion)}</p>}
          <p className="adaptation-panel__behind">{data.behind ? t.behind(data.behind) : t.upToDate}</p>
          {behindSessions.length > 0 && (
            <ul>
              {behindSessions.map((session) => (
                <li key={String(session.id)}>
                  <a href={`/admin/collections/sessions/${encodeURIComponent(String(session.id))}`}>
                    {session.state === 'removed-in-source' ? `${t.removedInSource} · ${session.number}` : session.change}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {(data.sessionsAddedInSource ?? []).length > 0 && (
            <>
              <p style={{ margin: '0.5rem 0 0' }}>{t.addedInSource}:</p>
              <ul>
                {(data.sessionsAddedInSource as Json[]).map((ref) => (
                  <li key={String(ref.id)}>{ref.name}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {canEditCurriculum(user as never) && (
        <div style={{ marginBottom: 'var(--base)' }}>
          <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={adapt}>
            {busy ? t.adapting : t.adapt}
          </button>
          <p className="field-description">{t.adaptHelp}</p>
          {error && (
            <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  )
}

/**
 * An adapted session's "Actualización disponible / Update available": what changed in its source
 * (the releases' wording) and the designer's three answers, through POST /api/sessions/:id/adaptation.
 * Nothing is changed until one of them is clicked; "take" writes the draft, never publishes.
 */
export function SessionAdaptationUpdate() {
  const { i18n } = useTranslation()
  const lang = adminLanguage(i18n.language)
  const t = adminStrings(lang).adaptation
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const reasonId = useId()
  const { data } = useJson(id == null ? null : `/api/sessions/${encodeURIComponent(String(id))}/adaptation?locale=${lang}`)
  if (id == null || !data) return null

  async function decide(action: 'take' | 'merged' | 'set-aside') {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`/api/sessions/${encodeURIComponent(String(id))}/adaptation`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': lang },
        body: JSON.stringify({ action, reason: reason.trim() || undefined }),
      })
      if (!response.ok) {
        setError(await errorOf(response))
        return
      }
      // The form holds the old content: load the document again.
      window.location.reload()
    } catch (caught) {
      setError(String(caught))
    } finally {
      setBusy(false)
    }
  }

  const editor = canEditCurriculum(user as never)
  if (data.state === 'set-aside' && data.setAside) {
    return (
      <div className="adaptation-update adaptation-update--set-aside" style={boxStyle}>
        <p style={{ margin: 0 }}>{t.setAsideShown(data.setAside.version, data.setAside.reason)}</p>
        {data.change && <p className="field-description">{data.change}</p>}
      </div>
    )
  }
  if (!data.updateAvailable) {
    return data.followsVersion ? <p className="field-description adaptation-update__follows">{t.follows(data.followsVersion)}</p> : null
  }
  return (
    <div className="adaptation-update" role="region" aria-label={t.updateAvailable} style={{ ...boxStyle, borderColor: 'var(--theme-warning-500)' }}>
      <h3 style={{ margin: '0 0 0.5rem' }}>{t.updateAvailable}</h3>
      {data.state === 'removed-in-source' ? (
        <p>{t.removedIntro(data.newestVersion)}</p>
      ) : (
        <>
          <p style={{ margin: '0 0 0.25rem' }}>{t.updateIntro(data.followsVersion ?? '?', data.newestVersion)}</p>
          <p className="adaptation-update__change">
            <strong>{data.change}</strong>
          </p>
        </>
      )}
      {editor && (
        <>
          <p className="field-description">{t.saveFirst}</p>
          <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', marginBottom: '0.5rem' }}>
            {data.state !== 'removed-in-source' && (
              <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => decide('take')}>
                {t.take}
              </button>
            )}
            <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => decide('merged')}>
              {t.merged}
            </button>
          </div>
          <label htmlFor={reasonId} style={{ display: 'block' }}>
            {t.reason}
          </label>
          <textarea id={reasonId} rows={2} style={{ width: '100%' }} value={reason} onChange={(event) => setReason(event.target.value)} />
          <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => decide('set-aside')}>
            {t.setAside}
          </button>
        </>
      )}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
    </div>
  )
}
