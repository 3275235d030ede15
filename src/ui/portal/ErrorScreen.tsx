'use client'
import { useEffect } from 'react'

import { EMERGENCY_NUMBER } from '@/core/services/directory'
import { telHref } from '@/ui/format'
import { STRINGS } from '@/ui/strings'

/**
 * The error page of the public pages and the portal, in Spanish first: the quick exit (through
 * /salir, which knows the configured outside site and deletes this site's cookies), the emergency
 * number, and a way on. A client component (Next's error boundaries are), so the exit's keys are
 * wired here rather than by the inline script of the public pages.
 */
export function ErrorScreen({ reset }: { reset?: () => void }) {
  const t = STRINGS.es
  useEffect(() => {
    const leave = (event: KeyboardEvent) => {
      if (event.key === 'Escape' || event.key === 'Esc') {
        event.preventDefault()
        document.documentElement.style.visibility = 'hidden'
        window.location.replace('/salir')
      }
    }
    document.addEventListener('keydown', leave)
    return () => document.removeEventListener('keydown', leave)
  }, [])
  return (
    <>
      <a
        id="quick-exit"
        className="quick-exit"
        href="/salir"
        rel="noreferrer"
        onClick={(event) => {
          event.preventDefault()
          document.documentElement.style.visibility = 'hidden'
          window.location.replace('/salir')
        }}
      >
        <span className="quick-exit__label">{t.quickExit}</span>
        <span className="quick-exit__hint">{t.quickExitHint}</span>
      </a>
      <aside className="help-bar" aria-label={t.helpNow}>
        <a className="help-bar__call help-bar__call--emergency" href={telHref(EMERGENCY_NUMBER)}>
          <span className="help-bar__label">{t.emergencyLabel}</span> <strong>{EMERGENCY_NUMBER}</strong>
        </a>
      </aside>
      <main id="main" className="page" lang="es">
        <h1>{t.errorTitle}</h1>
        <p>{t.errorText}</p>
        <p className="filters__actions">
          {reset ? (
            <button type="button" className="button" onClick={() => reset()}>
              {t.tryAgain}
            </button>
          ) : null}
          <a className="button button--quiet" href="/servicios">
            {t.directory}
          </a>
          <a className="button button--quiet" href="/">
            {t.home}
          </a>
        </p>
      </main>
    </>
  )
}
