import Link from 'next/link'

import type { Strings } from '@/ui/strings'

export interface SessionListEntry {
  key: string
  number: number
  title: string
  /** The language the title is written in, when it fell back from the page's. */
  titleLocale: string
  href: string
}

/** The numbered list of a track's or a release's sessions, each a big link for a phone. */
export function SessionList({ sessions, lang, t, source }: { sessions: SessionListEntry[]; lang: string; t: Strings; source?: 'release' | 'live' }) {
  return (
    <ol className="session-list" data-source={source}>
      {sessions.map((session) => (
        <li key={session.key}>
          <Link href={session.href} className="session-link">
            <span className="session-link__number">
              {t.session} {session.number}
            </span>
            <span className="session-link__title" lang={session.titleLocale !== lang ? session.titleLocale : undefined}>
              {session.title}
            </span>
          </Link>
        </li>
      ))}
    </ol>
  )
}
