/**
 * What a release check reports: its own module so that the checks (./checks.ts) and the rules
 * they gather (./openGroup.ts) both name it without importing each other.
 */
import type { Bilingual } from '@/core/language'
import type { LocaleCode } from './snapshot'

export type ReleaseProblemCode =
  | 'timing'
  | 'missing-translation'
  | 'missing-captions'
  | 'fewer-sessions'
  | 'no-sessions'
  | 'no-changes'
  | 'open-group-theme'
  | 'open-group-vignette'

export interface ReleaseProblem {
  code: ReleaseProblemCode
  /** `warning`s can be confirmed by the designer; `error`s must be fixed. */
  severity: 'error' | 'warning'
  /** Whether this problem stops the release (a confirmed warning does not). */
  blocking: boolean
  /** The session's number in its track, when the problem is in a session. */
  sessionNumber?: number
  /**
   * Where: a session field ('title', 'summary', 'activities', 'safetyNotes'…), an activity or
   * handout field ('activities.title', 'handouts.body'…), 'resources', 'track.title', 'sessions',
   * a chapter's ('chapters.title', 'chapters.body') or a glossary term's ('glossary.term',
   * 'glossary.participantDefinition').
   */
  field: string
  /** 1-based position of the activity or handout the field belongs to. */
  item?: number
  locale?: LocaleCode
  /** The resource concerned (captions). */
  resourceId?: string
  /** The session concerned, when the problem is in a session (for links in the admin). */
  sessionId?: string
  /** The manual chapter or glossary term concerned. */
  chapterId?: string
  termId?: string
  /**
   * The request field that confirms this warning, for clients of the API (the messages name the
   * create form's checkbox instead: people never read a field name).
   */
  confirmWith?: 'confirmFewerSessions' | 'confirmNoChanges'
  /** In English. */
  message: string
  /** The same message in each language of the admin. */
  messages: Bilingual
}
