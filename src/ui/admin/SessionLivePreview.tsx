'use client'

/**
 * The live preview frame of the session editor. Payload's admin posts the unsaved form to this
 * frame on every change; the frame asks the server to print it with the release renderers (the
 * facilitator manual or the participant workbook, as the designer toggles) and shows the pages.
 *
 * The pages come back as a PDF, shown by the browser's own PDF viewer, as the manual will be.
 */
import React, { useEffect, useRef, useState } from 'react'

import { STRINGS } from '@/ui/strings'

type Edition = 'facilitator-manual' | 'participant-workbook'

/** Typing pauses shorter than this do not start a print. */
const DEBOUNCE_MS = 350

interface LivePreviewMessage {
  type: 'payload-live-preview'
  data?: Record<string, unknown>
  locale?: string
}

const isLivePreviewMessage = (value: unknown): value is LivePreviewMessage =>
  Boolean(value && typeof value === 'object' && (value as LivePreviewMessage).type === 'payload-live-preview')

export function SessionLivePreview({ initialLocale }: { initialLocale: string }) {
  const [formValues, setFormValues] = useState<Record<string, unknown> | null>(null)
  const [locale, setLocale] = useState(initialLocale)
  const [edition, setEdition] = useState<Edition>('facilitator-manual')
  const [pagesUrl, setPagesUrl] = useState<string | null>(null)
  const [status, setStatus] = useState<{ kind: 'waiting' | 'printing' | 'ready' | 'error'; message?: string }>({ kind: 'waiting' })
  const lastUrl = useRef<string | null>(null)
  // The frame speaks the language of the text it prints (it has no admin around it).
  const t = STRINGS[locale === 'en' ? 'en' : 'es'].admin.preview

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || !isLivePreviewMessage(event.data) || !event.data.data) return
      setFormValues(event.data.data)
      if (typeof event.data.locale === 'string') setLocale(event.data.locale)
    }
    window.addEventListener('message', onMessage)
    // Tells the admin the frame listens: only then does it start sending the form.
    window.parent?.postMessage({ type: 'payload-live-preview', ready: true }, window.location.origin)
    return () => window.removeEventListener('message', onMessage)
  }, [])

  useEffect(() => {
    if (!formValues) return
    const abort = new AbortController()
    const timer = window.setTimeout(async () => {
      setStatus({ kind: 'printing' })
      try {
        const response = await fetch('/api/sessions/preview', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ data: formValues, locale, edition }),
          signal: abort.signal,
        })
        if (!response.ok) {
          const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
          setStatus({ kind: 'error', message: body?.errors?.[0]?.message ?? `HTTP ${response.status}` })
          return
        }
        const url = URL.createObjectURL(await response.blob())
        if (lastUrl.current) URL.revokeObjectURL(lastUrl.current)
        lastUrl.current = url
        setPagesUrl(url)
        setStatus({ kind: 'ready' })
      } catch (error) {
        if ((error as Error).name !== 'AbortError') setStatus({ kind: 'error', message: (error as Error).message })
      }
    }, DEBOUNCE_MS)
    return () => {
      window.clearTimeout(timer)
      abort.abort()
    }
  }, [formValues, locale, edition])

  useEffect(() => () => {
    if (lastUrl.current) URL.revokeObjectURL(lastUrl.current)
  }, [])

  return (
    <main lang={locale}>
      <div className="preview-bar">
        <fieldset>
          <legend>{t.editions}</legend>
          {(['facilitator-manual', 'participant-workbook'] as const).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="edition"
                value={option}
                checked={edition === option}
                onChange={() => setEdition(option)}
                data-testid={`preview-edition-${option}`}
              />
              {t[option]}
            </label>
          ))}
        </fieldset>
        <span
          className={`preview-status${status.kind === 'error' ? ' preview-status--error' : ''}`}
          role="status"
          aria-live="polite"
          data-testid="preview-status"
          data-state={status.kind}
        >
          {status.kind === 'error' ? status.message : t[status.kind]}
        </span>
      </div>
      <div className="preview-pages">
        {pagesUrl ? <iframe src={pagesUrl} title={`${t.pages} (${t[edition]})`} data-testid="preview-pages" /> : null}
      </div>
    </main>
  )
}
