import Link from 'next/link'
import React from 'react'

import { ACTIVITY_KINDS, labelOf } from '@/core/vocabulary'
import { formatClock } from '@/core/rules/timing'
import type { Strings, UILanguage } from '@/ui/strings'
import type { InLocale, SessionView } from '@/portal/sessionView'
import { langIfOther, MediaPlayer } from './MediaPlayer'
import { Rich } from './Rich'
import { SessionTimer } from './SessionTimer'

/** Rich text in its own language (a fallback keeps its `lang`). */
function RichIn({ text, lang }: { text: InLocale<unknown> | null; lang: UILanguage }) {
  if (!text) return null
  const other = langIfOther(text.locale, lang)
  return other ? (
    <div lang={other}>
      <Rich data={text.value} />
    </div>
  ) : (
    <Rich data={text.value} />
  )
}

/**
 * Running a group from a session view (a release's session or the live one): the timed agenda
 * with the timer, safety notes set apart, facilitator instructions and notes, media with
 * captions and the handouts. `notice` sits under the title (where the text comes from).
 */
export function SessionRun({
  view,
  lang,
  t,
  timerKey,
  handoutsHref,
  notice,
}: {
  view: SessionView
  lang: UILanguage
  t: Strings
  timerKey: string
  handoutsHref: string
  notice?: React.ReactNode
}) {
  const other = (value: InLocale<unknown>) => langIfOther(value.locale, lang)
  const fallbackLocales = [...new Set(collectLocales(view).filter((locale) => locale !== lang))]
  return (
    <>
      <h1>
        {t.session} {view.number}: <span lang={other(view.title)}>{view.title.value}</span>
      </h1>
      {notice}
      <p className="muted">
        {t.duration}: {view.duration} {t.minutes}
      </p>
      {view.fellBack.length ? (
        <p className="notice" role="note">
          {t.shownInOtherLanguage(fallbackLocales.map((locale) => t.localeNames[locale] ?? locale).join(', '))}
        </p>
      ) : null}
      {view.contentNotes ? (
        <p className="content-note">
          <strong>{t.contentNotes}:</strong> <span lang={other(view.contentNotes)}>{view.contentNotes.value}</span>
        </p>
      ) : null}

      {view.safetyNotes ? (
        <aside className="safety-notes" aria-labelledby="safety-notes-title">
          <h2 id="safety-notes-title">{t.safetyNotes}</h2>
          <RichIn text={view.safetyNotes} lang={lang} />
        </aside>
      ) : null}

      <div className="session-layout">
        <div className="session-layout__timer">
          <SessionTimer
            storageKey={timerKey}
            totalMinutes={view.duration}
            activities={view.agenda.map((item) => ({ title: item.title.value, minutes: item.minutes }))}
            labels={{
              timer: t.timer,
              start: t.timerStart,
              resume: t.timerResume,
              pause: t.timerPause,
              next: t.timerNext,
              previous: t.timerPrevious,
              reset: t.timerReset,
              resetConfirm: t.timerResetConfirm,
              resetYes: t.timerResetYes,
              resetCancel: t.timerResetCancel,
              now: t.timerNow,
              upNext: t.timerUpNext,
              total: t.timerTotal,
              running: t.timerRunning,
              paused: t.timerPaused,
              stopped: t.timerStopped,
              done: t.timerDone,
              of: t.timerOf,
              overActivity: t.timerOverActivity,
              overTotal: t.timerOverTotal,
            }}
          />
        </div>
        <div className="session-layout__main">
          {view.summary ? (
            <section aria-labelledby="summary-title">
              <h2 id="summary-title">{t.summary}</h2>
              <p lang={other(view.summary)}>{view.summary.value}</p>
            </section>
          ) : null}
          {view.objectives ? (
            <section aria-labelledby="objectives-title">
              <h2 id="objectives-title">{t.objectives}</h2>
              <ul lang={other(view.objectives)}>
                {view.objectives.value.map((objective, index) => (
                  <li key={index}>{objective}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {view.materials ? (
            <section aria-labelledby="materials-title">
              <h2 id="materials-title">{t.materials}</h2>
              <p className="pre-line" lang={other(view.materials)}>
                {view.materials.value}
              </p>
            </section>
          ) : null}

          <section aria-labelledby="agenda-title">
            <h2 id="agenda-title">{t.agenda}</h2>
            <ol className="agenda">
              {view.agenda.map((item, index) => (
                <li key={item.id || index} className="agenda__item card" data-activity-index={index}>
                  <h3>
                    <span className="agenda__time">
                      {formatClock(item.startMinute)} · {item.minutes} {t.minutes}
                    </span>{' '}
                    <span lang={other(item.title)}>{item.title.value}</span>
                  </h3>
                  <p className="muted">{labelOf(ACTIVITY_KINDS, item.kind, lang)}</p>
                  {item.facilitatorInstructions ? (
                    <div className="instructions">
                      <h4>{t.facilitatorInstructions}</h4>
                      <RichIn text={item.facilitatorInstructions} lang={lang} />
                    </div>
                  ) : null}
                  {item.participantContent ? (
                    <div className="participant-content">
                      <h4>{t.participantContent}</h4>
                      <RichIn text={item.participantContent} lang={lang} />
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>

          {view.facilitatorNotes ? (
            <section aria-labelledby="facilitator-notes-title">
              <h2 id="facilitator-notes-title">{t.facilitatorNotes}</h2>
              <RichIn text={view.facilitatorNotes} lang={lang} />
            </section>
          ) : null}

          {view.resources.length ? (
            <section aria-labelledby="media-title">
              <h2 id="media-title">{t.media}</h2>
              {view.missing.includes('transcripts') ? <p className="muted">{t.releaseHasNoTranscripts}</p> : null}
              {view.missing.includes('files') ? (
                <p className="notice" role="note">
                  {t.releaseFilesGone}
                </p>
              ) : null}
              {view.resources.map((resource) => (
                <MediaPlayer key={resource.id} resource={resource} lang={lang} t={t} />
              ))}
            </section>
          ) : null}

          <section aria-labelledby="handouts-title">
            <h2 id="handouts-title">{t.handouts}</h2>
            <ul>
              {view.handouts.map((handout) => (
                <li key={handout.id} lang={other(handout.title)}>
                  {handout.title.value}
                </li>
              ))}
            </ul>
            <p>
              <Link className="button" href={handoutsHref}>
                {t.printHandouts}
              </Link>
            </p>
          </section>
        </div>
      </div>
    </>
  )
}

/** The locales texts fell back to, for the notice. */
function collectLocales(view: SessionView): string[] {
  const found: string[] = []
  const visit = (value: unknown) => {
    if (value && typeof value === 'object' && 'locale' in value && 'value' in value) found.push(String((value as InLocale<unknown>).locale))
  }
  for (const value of [view.title, view.summary, view.objectives, view.materials, view.contentNotes, view.safetyNotes, view.facilitatorNotes]) visit(value)
  for (const item of view.agenda) [item.title, item.facilitatorInstructions, item.participantContent].forEach(visit)
  for (const handout of view.handouts) [handout.title, handout.body].forEach(visit)
  for (const resource of view.resources) [resource.title, resource.description, resource.transcript].forEach(visit)
  return found
}

/** The session's participant handouts laid out for paper: no instructions, notes or safety cues. */
export function HandoutsPrint({ view, lang, t }: { view: SessionView; lang: UILanguage; t: Strings }) {
  const other = (value: InLocale<unknown>) => langIfOther(value.locale, lang)
  return (
    <>
      <h1>
        {t.session} {view.number}: <span lang={other(view.title)}>{view.title.value}</span>
      </h1>
      {view.handouts.map((handout) => (
        <article key={handout.id} className="handout">
          <h2 lang={other(handout.title)}>{handout.title.value}</h2>
          <RichIn text={handout.body} lang={lang} />
          {handout.file && handout.file.mimeType.startsWith('image/') ? (
            <img
              src={handout.file.printUrl}
              alt={handout.file.alt?.value || handout.title.value}
              lang={handout.file.alt ? other(handout.file.alt) : other(handout.title)}
              className="handout__image"
            />
          ) : handout.file ? (
            <p>
              <a href={handout.file.url}>{handout.file.filename}</a>
            </p>
          ) : null}
        </article>
      ))}
    </>
  )
}
