import { fileSize } from '@/ui/format'
import { downloadLinks } from '@/core/releases/editions'
import type { Strings, UILanguage } from '@/ui/strings'
import type { ReleaseChanges } from '@/core/releases/snapshot'
import type { ManualRelease } from '@payload-types'
import { Rich } from './Rich'

export function formatDate(value: string | null | undefined, lang: UILanguage): string {
  if (!value) return ''
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'es-MX', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(value))
}

/** Big download buttons of a release, grouped by language; the offline bundle holds all of them. */
export function ReleaseDownloads({ release, t, lang }: { release: ManualRelease; t: Strings; lang: UILanguage }) {
  if (release.status === 'building') return <p className="notice">{t.building}</p>
  if (release.status !== 'ready') return <p className="notice">{t.failed}</p>
  const links = downloadLinks(release)
  const locales = [...new Set(links.map((link) => link.locale).filter((l): l is string => Boolean(l)))]
  const bundle = links.find((link) => link.edition === 'offline-bundle')
  return (
    <div className="downloads">
      {locales.map((locale) => (
        <div key={locale} className="downloads__group" lang={locale}>
          <h4>{t.localeNames[locale] ?? locale}</h4>
          <ul className="downloads__list">
            {links
              .filter((link) => link.locale === locale)
              .map((link) => (
                <li key={link.edition}>
                  <a className="button button--big button--download" href={link.href} download data-edition={link.edition} data-locale={locale}>
                    {t.edition[link.edition]} <span className="size">{fileSize(link.size, lang)}</span>
                  </a>
                </li>
              ))}
          </ul>
        </div>
      ))}
      {bundle ? (
        <p>
          <a className="button button--big button--download" href={bundle.href} download data-edition="offline-bundle">
            {t.edition['offline-bundle']} <span className="size">{fileSize(bundle.size, lang)}</span>
          </a>
        </p>
      ) : null}
    </div>
  )
}

export function ReleaseNotes({ release }: { release: ManualRelease }) {
  return <Rich data={release.notes} />
}

/** "What changed": computed and frozen when the release was made (src/core/releases/changes.ts). */
export function ReleaseChangeList({ release, t, lang }: { release: ManualRelease; t: Strings; lang: UILanguage }) {
  const changes = release.changes as ReleaseChanges | null | undefined
  if (!changes || !changes.previousVersion) return <p>{t.firstRelease}</p>
  const title = (ref: { number: number; title: Record<string, string> }) => `${t.session} ${ref.number}: ${ref.title?.[lang] ?? ref.title?.es ?? ''}`
  const none = !changes.sessionsAdded.length && !changes.sessionsRemoved.length && !changes.sessionsChanged.length
  if (none) return <p>{t.noChanges}</p>
  return (
    <div className="changes">
      {changes.sessionsAdded.length ? (
        <>
          <h4>{t.sessionsAdded}</h4>
          <ul>{changes.sessionsAdded.map((ref) => <li key={String(ref.id)}>{title(ref)}</li>)}</ul>
        </>
      ) : null}
      {changes.sessionsRemoved.length ? (
        <>
          <h4>{t.sessionsRemoved}</h4>
          <ul>{changes.sessionsRemoved.map((ref) => <li key={String(ref.id)}>{title(ref)}</li>)}</ul>
        </>
      ) : null}
      {changes.sessionsChanged.length ? (
        <>
          <h4>{t.sessionsChanged}</h4>
          <ul>
            {changes.sessionsChanged.map((ref) => (
              <li key={String(ref.id)}>
                {title(ref)} — {t.fields}:{' '}
                {ref.fields
                  .map((f) => {
                    // The field as the form names it, not the stored name ("activities").
                    const name = t.sessionFields[f.field] ?? f.field
                    return f.locales?.length ? `${name} (${f.locales.map((code) => t.localeNames[code] ?? code).join(', ')})` : name
                  })
                  .join(', ')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
