'use client'
import { useAuth, useDocumentInfo, useFormFields, useFormModified, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useId, useState } from 'react'

import {
  availableReviewActions,
  REVIEW_STATE_LABELS,
  reviewStateOf,
  type ReviewAction,
} from '@/core/rules/review'
import { adminLanguage, adminStrings } from '@/ui/strings'

/**
 * Payload's version comparison from the version the reviewer last approved to the session's
 * newest version (`versionFrom` is the view's own query parameter), or null when nothing was
 * approved yet; `same` when nothing was saved since.
 */
function useSinceApproval(id: string | number | undefined | null): { href: string | null; same: boolean } {
  const [found, setFound] = useState<{ href: string | null; same: boolean }>({ href: null, same: false })
  useEffect(() => {
    if (id == null) return
    let cancelled = false
    const session = encodeURIComponent(String(id))
    Promise.all([
      fetch(`/api/review-decisions?where[session][equals]=${session}&where[decision][equals]=approved&sort=-createdAt&limit=1&depth=0&select[sessionVersion]=true`, { credentials: 'include' }).then((r) => (r.ok ? r.json() : null)),
      fetch(`/api/sessions/versions?where[parent][equals]=${session}&sort=-updatedAt&limit=1&depth=0&select[id]=true`, { credentials: 'include' }).then((r) => (r.ok ? r.json() : null)),
    ])
      .then(([approvals, versions]) => {
        if (cancelled) return
        const approved = approvals?.docs?.[0]?.sessionVersion
        const newest = versions?.docs?.[0]?.id
        if (!approved || newest == null) return
        setFound({
          href: `/admin/collections/sessions/${session}/versions/${encodeURIComponent(String(newest))}?versionFrom=${encodeURIComponent(String(approved))}`,
          same: String(approved) === String(newest),
        })
      })
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [id])
  return found
}

/**
 * The review buttons in the session's sidebar: what the signed-in user may do in the session's
 * current review state (src/core/rules/review.ts), through POST /api/sessions/:id/review.
 */
export function ReviewActions() {
  const { i18n } = useTranslation()
  const lang = adminLanguage(i18n.language)
  const t = adminStrings(lang).review
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const modified = useFormModified()
  const state = reviewStateOf(useFormFields(([fields]) => fields.reviewStatus?.value))
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null)
  const commentId = useId()
  const sinceApproval = useSinceApproval(id)

  if (id == null) {
    return <p className="field-description">{t.saveToSubmit}</p>
  }
  const actions = availableReviewActions(state, user as never)
  const decides = actions.includes('approve') || actions.includes('request-changes')

  async function act(action: ReviewAction) {
    if (action === 'request-changes' && !comment.trim()) {
      setMessage({ tone: 'error', text: t.commentRequired })
      return
    }
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/sessions/${encodeURIComponent(String(id))}/review`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, comment: comment.trim() || undefined }),
      })
      const body = await response.json().catch(() => null)
      if (!response.ok) {
        setMessage({ tone: 'error', text: body?.errors?.[0]?.message ?? `HTTP ${response.status}` })
        return
      }
      setMessage({ tone: 'ok', text: body?.message ?? 'OK' })
      // The form holds the old state and history: load the document again.
      window.location.reload()
    } catch (error) {
      setMessage({ tone: 'error', text: String(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="review-actions" style={{ marginBottom: 'var(--base)' }} aria-live="polite">
      <p style={{ margin: '0 0 0.5rem' }}>
        <strong>{t.heading}:</strong> {REVIEW_STATE_LABELS[state][lang]}
      </p>
      {sinceApproval.href ? (
        sinceApproval.same ? (
          <p className="field-description review-actions__since-approval">{t.sinceApprovalNone}</p>
        ) : (
          <p className="review-actions__since-approval">
            <a href={sinceApproval.href}>{t.sinceApproval}</a>
          </p>
        )
      ) : null}
      {actions.length > 0 && modified && (
        <p className="field-description">
          {t.saveFirst}
        </p>
      )}
      {decides && (
        <div style={{ marginBottom: '0.5rem' }}>
          <label htmlFor={commentId} style={{ display: 'block' }}>
            {t.comment}
          </label>
          <textarea id={commentId} rows={3} style={{ width: '100%' }} value={comment} onChange={(event) => setComment(event.target.value)} />
        </div>
      )}
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className="btn btn--style-secondary btn--size-small"
            // Not disabled when the form looks modified: editors may mark a form modified on load.
            disabled={busy}
            onClick={() => act(action)}
          >
            {t.actions[action]}
          </button>
        ))}
      </div>
      {message && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} style={{ color: message.tone === 'error' ? 'var(--theme-error-500)' : 'var(--theme-success-500)' }}>
          {message.text}
        </p>
      )}
    </div>
  )
}
