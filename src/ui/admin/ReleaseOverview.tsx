'use client'
/**
 * The edit view of a release that exists: what it is, read-only (a release never changes once
 * made; the sidebar keeps its version history and content hash), with its files to download,
 * their sizes and download counts, and, for admins, the button that withdraws or restores it.
 *
 * Read over REST rather than from the form: the form does not hold the populated track and
 * author. A release still building has its status asked for every second; when its build ends
 * the page loads again, so that the form, whose values the server compares on save, is not left
 * stale.
 * Withdrawing (and restoring) is a button here that sends `archived` alone, for the same reason.
 */
import { useAuth, useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { RELEASE_STATUSES, labelOf } from '@/core/vocabulary'
import type { ManualRelease } from '@payload-types'
import { isAdmin } from '@/core/rules/roles'
import { fileSize } from '@/ui/format'
import { adminLanguage, STRINGS } from '@/ui/strings'
import { downloadLinks } from '@/core/releases/editions'
import { formatDate, ReleaseChangeList, ReleaseNotes } from '@/ui/portal/Release'

/** A designer waits for her release: its status is asked for every second while it builds. */
const BUILDING_POLL_MS = 1000

const nameOf = (value: unknown): string => {
  if (!value || typeof value !== 'object') return ''
  const named = value as { title?: unknown; name?: unknown; email?: unknown }
  return String(named.title ?? named.name ?? named.email ?? '')
}

export function ReleaseOverview() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const lang = adminLanguage(i18n.language)
  const t = STRINGS[lang]
  const words = t.admin.release
  const [release, setRelease] = useState<ManualRelease | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const url = `${config.serverURL ?? ''}${config.routes.api}/manual-releases/${encodeURIComponent(String(id))}`

  useEffect(() => {
    if (id == null) return
    let cancelled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    let firstStatus: string | undefined
    const load = async () => {
      try {
        const response = await fetch(`${url}?depth=1&locale=${encodeURIComponent(locale ?? lang)}`, { credentials: 'include' })
        const body = await response.json().catch(() => null)
        if (cancelled) return
        if (!response.ok) {
          setProblem(body?.errors?.[0]?.message ?? `HTTP ${response.status}`)
          return
        }
        firstStatus ??= body?.status
        if (body?.status !== firstStatus) {
          window.location.reload()
          return
        }
        setProblem(null)
        setRelease(body as ManualRelease)
        if (body?.status === 'building') timer = setTimeout(watch, BUILDING_POLL_MS)
      } catch (error) {
        if (!cancelled) setProblem(error instanceof Error ? error.message : String(error))
      }
    }
    // While it builds, only its status is asked for: the whole release would make the server
    // parse its frozen snapshot (about a megabyte) every second.
    const watch = async () => {
      try {
        const response = await fetch(`${url}?depth=0&select[status]=true`, { credentials: 'include' })
        const body = await response.json().catch(() => null)
        if (cancelled) return
        if (response.ok && body?.status && body.status !== firstStatus) {
          window.location.reload()
          return
        }
        if (!response.ok) setProblem(body?.errors?.[0]?.message ?? `HTTP ${response.status}`)
      } catch (error) {
        // A lost answer (the connection dropped): the next one asks again.
        if (!cancelled) setProblem(error instanceof Error ? error.message : String(error))
      }
      if (!cancelled) timer = setTimeout(watch, BUILDING_POLL_MS)
    }
    void load()
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [url, id, locale, lang])

  async function setWithdrawn(archived: boolean) {
    if (archived && !window.confirm(words.confirmWithdraw)) return
    setBusy(true)
    try {
      const response = await fetch(url, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ archived }),
      })
      const body = await response.json().catch(() => null)
      if (!response.ok) {
        setProblem(body?.errors?.[0]?.message ?? `HTTP ${response.status}`)
        return
      }
      window.location.reload()
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  if (id == null) return null
  if (!release) {
    return problem ? <p role="alert">{problem}</p> : <p className="release-overview" aria-busy="true">{words.loading}</p>
  }

  const links = downloadLinks(release)
  const author = nameOf(release.publishedBy)
  return (
    <section className="release-overview" aria-label={`${t.release} ${release.version}`} data-status={release.status}>
      <p className="release-overview__status">
        <span className={`release-overview__badge release-overview__badge--${release.status}`}>{labelOf(RELEASE_STATUSES, release.status, lang)}</span>{' '}
        {t.release} {release.version}
        {release.publishedAt ? ` · ${t.publishedOn} ${formatDate(release.publishedAt, lang)}` : ''}
        {author ? ` ${words.by} ${author}` : ''}
      </p>
      {problem ? <p role="alert">{problem}</p> : null}
      {release.archived ? <p className="release-overview__withdrawn">{words.withdrawn}</p> : null}
      {isAdmin(user as never) && release.status !== 'building' ? (
        <button type="button" className="btn btn--style-secondary btn--size-small release-overview__withdraw" disabled={busy} onClick={() => void setWithdrawn(!release.archived)}>
          {release.archived ? words.restore : words.withdraw}
        </button>
      ) : null}
      {release.status === 'building' ? <p>{t.building}</p> : null}
      {release.status === 'failed' ? (
        <p role="alert">
          {t.failed} {release.failureReason}
        </p>
      ) : null}
      <dl className="release-overview__facts">
        <dt>{words.track}</dt>
        <dd>{nameOf(release.track)}</dd>
        <dt>{words.locales}</dt>
        <dd>{(release.locales ?? []).map((code) => t.localeNames[code] ?? code).join(', ')}</dd>
      </dl>
      {links.length ? (
        <>
          <h3>{words.files}</h3>
          <table className="admin-table release-overview__files">
            <thead>
              <tr>
                <th scope="col">{words.file}</th>
                <th scope="col">{words.language}</th>
                <th scope="col">{words.size}</th>
                <th scope="col">{t.downloads}</th>
                <th scope="col">SHA-256</th>
                <th scope="col">
                  <span className="sr-only">{words.download}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <tr key={`${link.edition}-${link.locale ?? 'all'}`} data-edition={link.edition} data-locale={link.locale ?? ''}>
                  <td>{t.edition[link.edition] ?? link.edition}</td>
                  <td>{link.locale ? (t.localeNames[link.locale] ?? link.locale) : words.allLanguages}</td>
                  <td>{fileSize(link.size, lang)}</td>
                  <td>{link.downloads ?? 0}</td>
                  <td>
                    <code title={link.sha256 ?? ''}>{link.sha256 ? `${link.sha256.slice(0, 12)}…` : ''}</code>
                  </td>
                  <td>
                    <a href={link.href} download={link.filename ?? true}>
                      {words.download}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <h3>{t.notes}</h3>
      <ReleaseNotes release={release} />
      <h3>{t.whatChanged}</h3>
      <ReleaseChangeList release={release} t={t} lang={lang} />
      <p className="field-description">{words.frozen}</p>
    </section>
  )
}
