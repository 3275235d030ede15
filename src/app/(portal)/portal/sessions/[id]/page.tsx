import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { DEFAULT_SESSION_MINUTES } from '@collections/Tracks'
import { ACTIVITY_KINDS } from '@collections/fields/activityBlocks'
import { MediaPlayer } from '@/components/portal/MediaPlayer'
import { PortalShell } from '@/components/portal/PortalShell'
import { Rich } from '@/components/portal/Rich'
import { SessionTimer } from '@/components/portal/SessionTimer'
import { agenda, formatClock } from '@/domain/timing'
import { findVisible } from '@/portal/data'
import { currentLanguage, payloadClient, requireFacilitator } from '@/portal/server'
import type { Resource, Session, Track } from '../../../../../../payload-types'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  return { title: `${t.session} · Reeduca` }
}

const asResource = (value: unknown): Resource | null => (value && typeof value === 'object' ? (value as Resource) : null)

/** Running a group: the timed agenda with a timer, instructions, safety notes, media, handouts. */
export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const here = `/portal/sessions/${encodeURIComponent(id)}`
  const user = await requireFacilitator(here)
  const { lang, t } = await currentLanguage()
  const payload = await payloadClient()
  // The access rules answer "not found" for a session of a track the user is not assigned to.
  const session = await findVisible<Session>(() =>
    payload.findByID({ collection: 'sessions', id, overrideAccess: false, user, locale: lang, depth: 2 }),
  )
  if (!session) notFound()
  const track = typeof session.track === 'object' ? (session.track as Track) : null
  const duration = session.duration ?? track?.sessionMinutes ?? DEFAULT_SESSION_MINUTES
  const entries = agenda(session.activities ?? [])

  // The session's resources and the videos its activities analyse, each once.
  const resources = new Map<string, Resource>()
  for (const resource of [...(session.resources ?? []), ...(session.activities ?? []).map((a) => ('resource' in a ? a.resource : null))]) {
    const doc = asResource(resource)
    if (doc && !resources.has(String(doc.id))) resources.set(String(doc.id), doc)
  }

  return (
    <PortalShell lang={lang} t={t} here={here} user={user}>
      {track?.slug ? (
        <p>
          <Link href={`/portal/tracks/${track.slug}`}>
            {t.backToTrack}: {track.title}
          </Link>
        </p>
      ) : null}
      <h1>
        {t.session} {session.number}: {session.title}
      </h1>
      <p className="muted">
        {t.duration}: {duration} {t.minutes}
      </p>
      {session.contentNotes ? (
        <p className="content-note">
          <strong>{t.contentNotes}:</strong> {session.contentNotes}
        </p>
      ) : null}

      {session.safetyNotes ? (
        <aside className="safety-notes" aria-labelledby="safety-notes-title">
          <h2 id="safety-notes-title">{t.safetyNotes}</h2>
          <Rich data={session.safetyNotes} />
        </aside>
      ) : null}

      <div className="session-layout">
        <div className="session-layout__timer">
          <SessionTimer
            sessionId={String(session.id)}
            totalMinutes={duration}
            activities={entries.map((entry) => ({ title: entry.activity.title, minutes: entry.minutes }))}
            labels={{
              timer: t.timer,
              start: t.timerStart,
              resume: t.timerResume,
              pause: t.timerPause,
              next: t.timerNext,
              reset: t.timerReset,
              now: t.timerNow,
              upNext: t.timerUpNext,
              total: t.timerTotal,
              running: t.timerRunning,
              paused: t.timerPaused,
              stopped: t.timerStopped,
              done: t.timerDone,
              of: t.timerOf,
            }}
          />
        </div>
        <div className="session-layout__main">
          {session.summary ? (
            <section aria-labelledby="summary-title">
              <h2 id="summary-title">{t.summary}</h2>
              <p>{session.summary}</p>
            </section>
          ) : null}
          {session.objectives?.length ? (
            <section aria-labelledby="objectives-title">
              <h2 id="objectives-title">{t.objectives}</h2>
              <ul>
                {session.objectives.map((objective, index) => (
                  <li key={objective.id ?? index}>{objective.objective}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {session.materials ? (
            <section aria-labelledby="materials-title">
              <h2 id="materials-title">{t.materials}</h2>
              <p className="pre-line">{session.materials}</p>
            </section>
          ) : null}

          <section aria-labelledby="agenda-title">
            <h2 id="agenda-title">{t.agenda}</h2>
            <ol className="agenda">
              {entries.map((entry, index) => (
                <li key={entry.activity.id ?? index} className="agenda__item card" data-activity-index={index}>
                  <h3>
                    <span className="agenda__time">
                      {formatClock(entry.startMinute)} · {entry.minutes} {t.minutes}
                    </span>{' '}
                    {entry.activity.title}
                  </h3>
                  <p className="muted">{ACTIVITY_KINDS[entry.activity.blockType]?.singular[lang] ?? entry.activity.blockType}</p>
                  {entry.activity.facilitatorInstructions ? (
                    <div className="instructions">
                      <h4>{t.facilitatorInstructions}</h4>
                      <Rich data={entry.activity.facilitatorInstructions} />
                    </div>
                  ) : null}
                  {entry.activity.participantContent ? (
                    <div className="participant-content">
                      <h4>{t.participantContent}</h4>
                      <Rich data={entry.activity.participantContent} />
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>

          {session.facilitatorNotes ? (
            <section aria-labelledby="facilitator-notes-title">
              <h2 id="facilitator-notes-title">{t.facilitatorNotes}</h2>
              <Rich data={session.facilitatorNotes} />
            </section>
          ) : null}

          {resources.size ? (
            <section aria-labelledby="media-title">
              <h2 id="media-title">{t.media}</h2>
              {[...resources.values()].map((resource) => (
                <MediaPlayer key={String(resource.id)} resource={resource} lang={lang} t={t} />
              ))}
            </section>
          ) : null}

          <section aria-labelledby="handouts-title">
            <h2 id="handouts-title">{t.handouts}</h2>
            <ul>
              {(session.handouts ?? []).map((handout, index) => (
                <li key={handout.id ?? index}>{handout.title}</li>
              ))}
            </ul>
            <p>
              <Link className="button" href={`${here}/handouts`}>
                {t.printHandouts}
              </Link>
            </p>
          </section>
        </div>
      </div>
    </PortalShell>
  )
}
