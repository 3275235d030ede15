/**
 * Shape of the demo curriculum that `npm run seed` loads. Plain data, no Payload import,
 * so that a unit test can check it (25 + 24 sessions, 150 minutes each, both locales).
 */

import type { ActivityKind } from '@/core/vocabulary'

export type SeedLocale = 'es' | 'en'

/** A text in every locale the demo ships. */
export type Localized<T> = Record<SeedLocale, T>

export interface SeedActivity {
  kind: ActivityKind
  /** Positive whole minutes; a session's activities add up to its duration (150). */
  minutes: number
  title: Localized<string>
  /** Facilitator-only, step by step: one paragraph per entry. */
  facilitatorInstructions: Localized<string[]>
  /** What participants see or do: one paragraph per entry. */
  participantContent: Localized<string[]>
  /** A video vignette's video: the key of a demo resource (resources.ts). */
  resourceKey?: string
}

export interface SeedHandout {
  title: Localized<string>
  /** Paragraphs; a line starting with "- " is a bullet item. */
  body: Localized<string[]>
}

export interface SeedSession {
  /** 1-based number within the track. */
  number: number
  /** Key of a module of the same track. */
  moduleKey: string
  title: Localized<string>
  /** Plain-language summary for participants (2–3 sentences). */
  summary: Localized<string>
  objectives: Localized<string>[]
  /** Advance notice of difficult content, when there is some. */
  contentNotes?: Localized<string>
  activities: SeedActivity[]
  /** Facilitator-only: group dynamics, what to prepare, how to adapt. */
  facilitatorNotes: Localized<string[]>
  /** Facilitator-only: risk cues, when to stop, how to refer. */
  safetyNotes: Localized<string[]>
  handouts: SeedHandout[]
  /** Keys of entries in `themes`. */
  themeKeys: string[]
  /** Keys of demo resources (see resources.ts) this session uses. */
  resourceKeys?: string[]
}

export interface SeedModule {
  key: string
  order: number
  title: Localized<string>
  summary: Localized<string>
}

export interface SeedTrack {
  key: 'women' | 'men' | 'facilitators' | 'menOpen'
  slug: string
  audience: 'women' | 'men' | 'facilitators'
  title: Localized<string>
  description: Localized<string>
  /** The discreet edition's neutral title (cover, page header, PDF properties, file name of the workbook). */
  discreetTitle?: Localized<string>
  plannedSessions: number
  sessionMinutes: number
  /** Closed cohort (the default) or open group; an open group's modules are its themes. */
  groupFormat?: 'closed' | 'open'
  openGroup?: { sessionsPerTheme: number; entryGuidance: Localized<string> }
  modules: SeedModule[]
  sessions: SeedSession[]
}

export interface SeedTheme {
  key: string
  title: Localized<string>
  description: Localized<string>
}

export type ServiceKind =
  | 'shelter'
  | 'legal-aid'
  | 'health'
  | 'psychological-support'
  | 'hotline'
  | 'justice-centre'

export interface SeedService {
  name: string
  kind: ServiceKind
  /** One of the pilot states: Colima, Sonora, Yucatán, Zacatecas, Campeche, Querétaro, Tabasco, Veracruz, or 'national'. */
  state: string
  municipality?: string
  address?: string
  phone: string
  hours: Localized<string>
  description: Localized<string>
  /** Language codes served: 'es', 'en', and indigenous languages such as 'yua' (Maya), 'nah' (Náhuatl). */
  languages: string[]
  ruralCoverage: boolean
  /** Whom it serves: filters the directory; men's services never go into women's materials. */
  serves: 'women' | 'men' | 'anyone'
  /** Who is served, e.g. women in crisis, men who want to stop using violence. */
  servesWhom: Localized<string>
}
