/**
 * What the portal says of a track's group format (issue 20, part 4): for an open group, the
 * manual's own line (men may join at any session; the themes repeat every N weeks, N the sessions
 * the facilitator teaches from) and how a newcomer is brought in. Null for a closed cohort.
 */
import type { Track } from '@payload-types'
import { isOpenGroup, openGroupLine } from '@/core/releases/openGroup'

export interface GroupFormatNote {
  line: string
  guidance: string
}

export function groupFormatNote(track: Pick<Track, 'groupFormat' | 'openGroup'>, sessionCount: number, lang: string): GroupFormatNote | null {
  if (!isOpenGroup(track)) return null
  return { line: openGroupLine(sessionCount, lang), guidance: track.openGroup?.entryGuidance ?? '' }
}
