import React from 'react'

import { closeEvaluationGroup, openEvaluationGroup, recordEvaluationSession } from '@/portal/evaluation'
import type { OwnGroup } from '@/portal/evaluationData'
import { labelOf, SERVICE_REGIONS } from '@/core/vocabulary'
import type { Strings, UILanguage } from '@/ui/strings'
import { EvaluationPending, OfflineSessionForm } from './offline/EvaluationOffline'

/**
 * The facilitator's evaluation forms: open a group, then after each session three fields (number,
 * date, people present) and one button; at the end, the close with the two attendance bands.
 * Plain forms posted to server actions: they work without JavaScript. With it, "record a session"
 * works offline too (queued on the phone and sent when the connection returns: EvaluationOffline).
 */
export function EvaluationRecorder({
  lang,
  t,
  tracks,
  groups,
  saved,
  refused,
}: {
  lang: UILanguage
  t: Strings
  tracks: Array<{ id: string; title: string }>
  groups: OwnGroup[]
  saved: boolean
  refused: boolean
}) {
  const e = t.evaluation
  const today = new Date().toISOString().slice(0, 10)
  const states = SERVICE_REGIONS.filter((region) => region.value !== 'national')
  const trackTitle = (id: string) => tracks.find((track) => track.id === id)?.title ?? ''
  return (
    <>
      <p>{e.intro}</p>
      {saved ? <p role="status" className="notice">{e.saved}</p> : null}
      {refused ? <p role="alert" className="notice notice--warning">{e.refused}</p> : null}
      <EvaluationPending lang={lang} />

      <h2>{e.yourGroups}</h2>
      {groups.length === 0 ? <p>{e.noGroups}</p> : null}
      {groups.map((group) => (
        <section key={group.id} className="card evaluation-group" data-evaluation-group={group.id}>
          <h3>
            {e.group(trackTitle(group.track), labelOf(states, group.state, lang), group.startDate)}
            {' · '}
            {group.delivery === 'online' ? e.online : e.inPerson}
          </h3>
          <p className="muted">
            {e.sessionsRecorded(group.sessionsRecorded)}
            {group.closedOn ? ` · ${e.closed(group.closedOn)}` : ''}
          </p>
          {group.closedOn ? null : (
            <>
              {/* Keyed by what was recorded: after a save the form is new, so the suggested
                  number moves on and the last count does not linger in the field. */}
              <OfflineSessionForm key={`${group.id}:${group.sessionsRecorded}`} action={recordEvaluationSession} className="form-inline">
                <input type="hidden" name="group" value={group.id} />
                <fieldset>
                  <legend>{e.recordSession}</legend>
                  <label>
                    {e.sessionNumber} <input name="sessionNumber" type="number" inputMode="numeric" min={1} max={100} required defaultValue={group.nextSession} />
                  </label>{' '}
                  <label>
                    {e.date} <input name="date" type="date" required defaultValue={today} />
                  </label>{' '}
                  <label>
                    {e.present} <input name="present" type="number" inputMode="numeric" min={0} max={100} required />
                  </label>{' '}
                  <button type="submit" className="button">
                    {e.record}
                  </button>
                </fieldset>
              </OfflineSessionForm>
              <details>
                <summary>{e.closeGroup}</summary>
                <form action={closeEvaluationGroup} className="form-inline">
                  <input type="hidden" name="group" value={group.id} />
                  <label>
                    {e.closedOn} <input name="closedOn" type="date" required defaultValue={today} />
                  </label>{' '}
                  <label>
                    {e.attended1to12} <input name="attended1to12" type="number" inputMode="numeric" min={0} max={500} required />
                  </label>{' '}
                  <label>
                    {e.attended13plus} <input name="attended13plus" type="number" inputMode="numeric" min={0} max={500} required />
                  </label>{' '}
                  <button type="submit" className="button button--quiet">
                    {e.close}
                  </button>
                </form>
              </details>
            </>
          )}
        </section>
      ))}

      <h2>{e.openGroup}</h2>
      <form action={openEvaluationGroup} className="card form-inline">
        <label>
          {e.track}{' '}
          <select name="track" required>
            {tracks.map((track) => (
              <option key={track.id} value={track.id}>
                {track.title}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {e.state}{' '}
          <select name="state" required>
            {states.map((state) => (
              <option key={state.value} value={state.value}>
                {state.label[lang]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {e.startDate} <input name="startDate" type="date" required defaultValue={today} />
        </label>{' '}
        <fieldset>
          <legend>{e.delivery}</legend>
          <label>
            <input type="radio" name="delivery" value="in-person" defaultChecked /> {e.inPerson}
          </label>{' '}
          <label>
            <input type="radio" name="delivery" value="online" /> {e.online}
          </label>
        </fieldset>
        <button type="submit" className="button">
          {e.open}
        </button>
      </form>
    </>
  )
}
