'use client'
import { useConfig, useFormFields, useFormSubmitted, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useMemo, useState } from 'react'

import { REFUSAL_STRINGS, toLanguage } from '@/ui/strings'

interface Problem {
  code: string
  severity: 'error' | 'warning'
  blocking: boolean
  sessionNumber?: number
  sessionId?: string
  /** The front-matter chapter or glossary term a missing translation is in. */
  chapterId?: string
  termId?: string
  messages: { es: string; en: string }
}

type Outcome = { state: 'idle' } | { state: 'running' } | { state: 'done'; problems: Problem[] } | { state: 'failed'; reason: string }

const idOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idOf((value as { id?: unknown; value?: unknown }).id ?? (value as { value?: unknown }).value)
  return String(value)
}

/**
 * The release checks of the release being created (POST /api/manual-releases/check), listed in
 * the create form as the designer chooses the track and locales, and again after a refused
 * submit: every problem on its own line, in the admin's language, linking to its session.
 */
export function ReleaseChecks() {
  const { i18n } = useTranslation()
  const language = toLanguage(i18n.language.slice(0, 2))
  const t = REFUSAL_STRINGS[language]
  const {
    config: {
      routes: { admin, api },
    },
  } = useConfig()
  const submitted = useFormSubmitted()
  const input = useFormFields(([fields]) => {
    const body: Record<string, unknown> = {
      track: idOf(fields.track?.value),
      locales: fields.locales?.value,
      confirmFewerSessions: Boolean(fields.confirmFewerSessions?.value),
      confirmNoChanges: Boolean(fields.confirmNoChanges?.value),
    }
    for (const [path, field] of Object.entries(fields)) if (/^notes_[A-Za-z0-9_]+$/.test(path)) body[path] = field?.value
    return JSON.stringify(body)
  })
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' })

  useEffect(() => {
    const body = JSON.parse(input) as { track: string | null; locales: unknown }
    if (!body.track || !Array.isArray(body.locales) || body.locales.length === 0) {
      setOutcome({ state: 'idle' })
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      setOutcome({ state: 'running' })
      try {
        const response = await fetch(`${api}/manual-releases/check`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
          body: input,
          signal: controller.signal,
        })
        const json = await response.json().catch(() => null)
        if (!response.ok) setOutcome({ state: 'failed', reason: json?.errors?.[0]?.message ?? `HTTP ${response.status}` })
        else setOutcome({ state: 'done', problems: (json?.problems ?? []) as Problem[] })
      } catch (error) {
        if (!controller.signal.aborted) setOutcome({ state: 'failed', reason: (error as Error).message })
      }
    }, 400)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
    // `submitted` re-runs the checks after a refused submit: the content may have changed since.
  }, [input, api, language, submitted])

  const shown = useMemo(() => (outcome.state === 'done' ? outcome.problems.filter((problem) => problem.blocking || problem.severity === 'warning') : []), [outcome])

  return (
    <section className="release-checks field-type" aria-live="polite" data-state={outcome.state} style={{ marginBottom: 'var(--base)' }}>
      <h3 style={{ margin: '0 0 calc(var(--base) / 2)' }}>{t.checksHeading}</h3>
      {outcome.state === 'idle' && <p className="field-description">{t.checksChoose}</p>}
      {outcome.state === 'running' && <p className="field-description">{t.checksRunning}</p>}
      {outcome.state === 'failed' && <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{t.checksFailed(outcome.reason)}</p>}
      {outcome.state === 'done' && shown.length === 0 && <p style={{ color: 'var(--theme-success-500)' }}>{t.checksNone}</p>}
      {outcome.state === 'done' && shown.length > 0 && (
        <>
          <p>{t.checksIntro}</p>
          <ul className="release-checks__problems" style={{ paddingLeft: 'calc(var(--base) * 1.2)' }}>
            {shown.map((problem, index) => (
              <li key={index} data-code={problem.code} data-blocking={String(problem.blocking)} style={{ marginBottom: 4 }}>
                {problem.severity === 'warning' && <strong>{t.checksWarning}: </strong>}
                {problem.messages[language]}
                {problem.sessionId && (
                  <>
                    {' '}
                    <a href={`${admin}/collections/sessions/${encodeURIComponent(problem.sessionId)}`} target="_blank" rel="noopener">
                      {t.openSession(problem.sessionNumber ?? 0)}
                    </a>
                  </>
                )}
                {!problem.sessionId && (problem.chapterId || problem.termId) && (
                  <>
                    {' '}
                    <a
                      href={`${admin}/collections/${problem.chapterId ? 'manual-chapters' : 'glossary-terms'}/${encodeURIComponent(String(problem.chapterId ?? problem.termId))}`}
                      target="_blank"
                      rel="noopener"
                    >
                      {problem.chapterId ? t.openChapter : t.openTerm}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
