import { Fragment } from 'react'
import { fileSize } from '@/ui/format'
import { downloadLinks } from '@/core/releases/editions'
import type { Strings, UILanguage } from '@/ui/strings'
import type { ReleaseChanges } from '@/core/releases/snapshot'
import { describeChanges } from '@/core/releases/changeWords'
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

/**
 * "What changed": computed and frozen when the release was made (src/core/releases/changes.ts),
 * worded as the manual words it (src/core/releases/changeWords.ts): sessions by number and title,
 * the parts that changed by the names facilitators read ("notas de seguridad").
 */
export function ReleaseChangeList({ release, t, lang }: { release: ManualRelease; t: Strings; lang: UILanguage }) {
  const changes = release.changes as ReleaseChanges | null | undefined
  if (!changes || !changes.previousVersion) return <p>{t.firstRelease}</p>
  const groups = describeChanges(changes, lang, release.locales ?? [])
  if (!groups.length) return <p>{t.noChanges}</p>
  return (
    <div className="changes">
      {groups.map((group) => (
        <Fragment key={group.kind}>
          <h4>{group.label}</h4>
          <ul>
            {group.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </Fragment>
      ))}
    </div>
  )
}
