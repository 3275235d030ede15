'use client'
import { useAuth, useDocumentInfo, useFormFields, useFormModified, useTranslation } from '@payloadcms/ui'
import React, { useId, useState } from 'react'

import {
  availableReviewActions,
  REVIEW_STATE_LABELS,
  reviewStateOf,
  type ReviewAction,
} from '@/core/rules/review'

const ACTION_LABELS: Record<ReviewAction, { es: string; en: string }> = {
  submit: { es: 'Enviar a revisión', en: 'Submit for review' },
  approve: { es: 'Aprobar', en: 'Approve' },
  'request-changes': { es: 'Solicitar cambios', en: 'Request changes' },
}

/**
 * The review buttons in the session's sidebar: what the signed-in user may do in the session's
 * current review state (src/core/rules/review.ts), through POST /api/sessions/:id/review.
 */
export function ReviewActions() {
  const { i18n } = useTranslation()
  const es = i18n.language.startsWith('es')
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const modified = useFormModified()
  const state = reviewStateOf(useFormFields(([fields]) => fields.reviewStatus?.value))
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null)
  const commentId = useId()

  if (id == null) {
    return <p className="field-description">{es ? 'Guarda la sesión para enviarla a revisión.' : 'Save the session to submit it for review.'}</p>
  }
  const actions = availableReviewActions(state, user as never)
  const decides = actions.includes('approve') || actions.includes('request-changes')

  async function act(action: ReviewAction) {
    if (action === 'request-changes' && !comment.trim()) {
      setMessage({ tone: 'error', text: es ? 'Escribe qué debe cambiar: el comentario es obligatorio.' : 'Say what should change: a comment is required.' })
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
        <strong>{es ? 'Revisión' : 'Review'}:</strong> {REVIEW_STATE_LABELS[state][es ? 'es' : 'en']}
      </p>
      {actions.length > 0 && modified && (
        <p className="field-description">
          {es ? 'Guarda tus cambios antes de la revisión: se revisa lo guardado.' : 'Save your changes first: review applies to what is saved.'}
        </p>
      )}
      {decides && (
        <div style={{ marginBottom: '0.5rem' }}>
          <label htmlFor={commentId} style={{ display: 'block' }}>
            {es ? 'Comentario (obligatorio para solicitar cambios)' : 'Comment (required to request changes)'}
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
            {ACTION_LABELS[action][es ? 'es' : 'en']}
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
