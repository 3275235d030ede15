'use client'
import { useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useRef, useState } from 'react'

import { canEditCurriculum } from '@/core/rules/roles'
import { adminStrings } from '@/ui/strings'

type Row = { id: number | string; number: number | null; title: string; status: string }

/**
 * The track's sessions in order, with buttons to move each up or down (keyboard: Tab to a button,
 * Enter or Space; focus follows the moved session), and "Save order", which renumbers them 1..n
 * through POST /api/tracks/:id/reorder-sessions. Drafts stay drafts; nothing is published.
 */
export function SessionOrder() {
  const { i18n } = useTranslation()
  const t = adminStrings(i18n.language).sessionOrder
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const [rows, setRows] = useState<Row[] | null>(null)
  const [saved, setSaved] = useState<string>('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null)
  const focusAfterMove = useRef<string | null>(null)
  const list = useRef<HTMLOListElement>(null)

  const load = useCallback(async () => {
    if (id == null) return
    const query = `where[track][equals]=${encodeURIComponent(String(id))}&sort=number&limit=0&depth=0&draft=true&select[number]=true&select[title]=true&select[_status]=true`
    const response = await fetch(`/api/sessions?${query}`, { credentials: 'include' })
    if (!response.ok) return
    const body = await response.json()
    const loaded: Row[] = body.docs.map((doc: any) => ({ id: doc.id, number: doc.number ?? null, title: doc.title ?? '', status: doc._status ?? '' }))
    setRows(loaded)
    setSaved(loaded.map((row) => String(row.id)).join(','))
  }, [id])

  useEffect(() => {
    void load()
  }, [load])

  useEffect(() => {
    if (!focusAfterMove.current || !list.current) return
    list.current.querySelector<HTMLButtonElement>(`[data-focus="${focusAfterMove.current}"]`)?.focus()
    focusAfterMove.current = null
  }, [rows])

  if (id == null || !canEditCurriculum(user as never)) return null
  if (rows === null) return <p>{t.loading}</p>
  if (rows.length === 0) return null

  const changed = rows.map((row) => String(row.id)).join(',') !== saved

  function move(index: number, by: -1 | 1) {
    setRows((current) => {
      if (!current) return current
      const target = index + by
      if (target < 0 || target >= current.length) return current
      const next = [...current]
      ;[next[index], next[target]] = [next[target], next[index]]
      // Keep the focus on the same button of the moved session (or the other one at an end).
      const atEdge = target === 0 || target === current.length - 1
      focusAfterMove.current = `${next[target].id}:${atEdge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down'}`
      return next
    })
    setMessage(null)
  }

  async function save() {
    if (!rows) return
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/tracks/${encodeURIComponent(String(id))}/reorder-sessions`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ sessions: rows.map((row) => row.id) }),
      })
      const body = await response.json().catch(() => null)
      if (!response.ok) {
        setMessage({ tone: 'error', text: body?.errors?.[0]?.message ?? `HTTP ${response.status}` })
        return
      }
      setMessage({ tone: 'ok', text: t.saved })
      await load()
    } finally {
      setBusy(false)
    }
  }

  const label = (row: Row) => `${row.number ?? '?'} · ${row.title}`
  return (
    <section className="session-order" aria-labelledby="session-order-heading" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h3 id="session-order-heading">{t.heading}</h3>
      <p className="field-description">{t.intro}</p>
      <ol ref={list} style={{ listStyle: 'none', padding: 0 }}>
        {rows.map((row, index) => (
          <li key={String(row.id)} style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', padding: '0.25rem 0' }}>
            <span style={{ minWidth: '2.5rem', textAlign: 'right' }}>{index + 1}.</span>
            <span style={{ flex: 1 }}>
              {row.title} {row.status === 'draft' ? <em>({t.draft})</em> : null}{' '}
              {row.number !== index + 1 ? <small>({t.now(String(row.number ?? '?'))})</small> : null}
            </span>
            <button
              type="button"
              className="btn btn--style-secondary btn--size-small"
              data-focus={`${row.id}:up`}
              disabled={index === 0 || busy}
              aria-label={`${t.moveUp}: ${label(row)}`}
              onClick={() => move(index, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="btn btn--style-secondary btn--size-small"
              data-focus={`${row.id}:down`}
              disabled={index === rows.length - 1 || busy}
              aria-label={`${t.moveDown}: ${label(row)}`}
              onClick={() => move(index, 1)}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn--style-primary btn--size-small" disabled={!changed || busy} onClick={save}>
        {t.save}
      </button>
      {message && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} style={{ color: message.tone === 'error' ? 'var(--theme-error-500)' : 'var(--theme-success-500)' }}>
          {message.text}
        </p>
      )}
    </section>
  )
}
