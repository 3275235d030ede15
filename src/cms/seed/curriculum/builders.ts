/**
 * Small builders the demo tracks share: a bilingual pair is written once, side by side, so the
 * Spanish and English texts of a session cannot drift apart.
 */
import type { ActivityKind } from '@/core/vocabulary'
import type { Localized, SeedActivity, SeedHandout, SeedSession } from './types'

export type Pair = [es: string, en: string]

export const L = (es: string, en: string): Localized<string> => ({ es, en })
export const P = (...pairs: Pair[]): Localized<string[]> => ({ es: pairs.map((pair) => pair[0]), en: pairs.map((pair) => pair[1]) })

export function act(kind: ActivityKind, minutes: number, title: Localized<string>, facilitatorInstructions: Localized<string[]>, participantContent: Localized<string[]>): SeedActivity {
  return { kind, minutes, title, facilitatorInstructions, participantContent }
}

export function handout(title: Pair, ...body: Pair[]): SeedHandout {
  return { title: L(title[0], title[1]), body: P(...body) }
}

/** Replaces "{next}" in closing activities with the title of the following session. */
export function linkNext(sessions: SeedSession[]): SeedSession[] {
  return sessions.map((session, index) => {
    const next = sessions[index + 1]
    if (!next) return session
    const fill = (text: Localized<string[]>): Localized<string[]> => ({
      es: text.es.map((line) => line.split('{next}').join(next.title.es)),
      en: text.en.map((line) => line.split('{next}').join(next.title.en)),
    })
    return {
      ...session,
      activities: session.activities.map((activity) => ({
        ...activity,
        facilitatorInstructions: fill(activity.facilitatorInstructions),
        participantContent: fill(activity.participantContent),
      })),
    }
  })
}
