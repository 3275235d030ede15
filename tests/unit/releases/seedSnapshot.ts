/**
 * A release snapshot of a seeded track, made from the demo data alone (no database): the same
 * shape buildReleaseSnapshot reads from Payload, so renderer tests can print the real curriculum.
 */
import { demoProgramme } from '@/cms/seed/programme'
import { sessionMaterials } from '@/cms/seed/curriculum/materials'
import { services } from '@/cms/seed/curriculum/services'
import type { SeedTrack } from '@/cms/seed/curriculum/types'
import type { ReleaseSnapshot } from '@/core/releases/snapshot'
import { lexicalFromParagraphs } from '@/core/richtext/lexical'
import { belongsInMaterialsFor } from '@/core/services/directory'
import { toSlug } from '@collections/fields/slug'

type Pair = { es: string; en: string }
const rich = (value: { es: string[]; en: string[] }) => ({ es: lexicalFromParagraphs(value.es) as never, en: lexicalFromParagraphs(value.en) as never })
const both = (value: Pair) => ({ es: value.es, en: value.en })

export function seedTrackSnapshot(
  track: SeedTrack,
  overrides: { programmeTitle?: Pair; trackTitle?: Pair; trackSlug?: string; discreetTitle?: Pair | null; everyService?: boolean } = {},
): ReleaseSnapshot {
  const discreet = overrides.discreetTitle === undefined ? track.discreetTitle : overrides.discreetTitle
  return {
    schemaVersion: 1,
    release: { version: '1.0.0', locales: ['es', 'en'], publishedAt: '2026-01-15T12:00:00.000Z', notes: {}, previousVersion: null },
    programme: { id: 'p1', title: both(overrides.programmeTitle ?? demoProgramme.title), institution: demoProgramme.institution },
    track: {
      id: track.key,
      slug: overrides.trackSlug ?? track.slug,
      audience: track.audience,
      title: both(overrides.trackTitle ?? track.title),
      sessionMinutes: track.sessionMinutes,
      plannedSessions: track.plannedSessions,
      ...(discreet ? { discreetTitle: both(discreet) } : {}),
    },
    modules: track.modules.map((module) => ({ id: `${track.key}-${module.key}`, order: module.order, title: both(module.title), summary: both(module.summary) })),
    sessions: track.sessions.map((session) => ({
      id: `${track.key}-${session.number}`,
      number: session.number,
      moduleId: `${track.key}-${session.moduleKey}`,
      duration: track.sessionMinutes,
      title: both(session.title),
      summary: both(session.summary),
      contentNotes: session.contentNotes ? both(session.contentNotes) : {},
      materials: both(sessionMaterials(session)),
      objectives: { es: session.objectives.map((o) => o.es), en: session.objectives.map((o) => o.en) },
      activities: session.activities.map((activity, index) => ({
        id: `${track.key}-${session.number}-${index}`,
        kind: activity.kind,
        minutes: activity.minutes,
        title: both(activity.title),
        facilitatorInstructions: rich(activity.facilitatorInstructions),
        participantContent: rich(activity.participantContent),
        resourceId: null,
      })),
      facilitatorNotes: rich(session.facilitatorNotes),
      safetyNotes: rich(session.safetyNotes),
      handouts: session.handouts.map((handout) => ({ title: both(handout.title), body: rich(handout.body) })),
      resourceIds: [],
      themeIds: [],
    })),
    themes: [],
    resources: [],
    // As buildReleaseSnapshot reads them (men's services are not in a women's track's release),
    // or every service, as a release made before that rule holds them.
    services: services
      .filter((service) => overrides.everyService || belongsInMaterialsFor(service, track.audience))
      .map((service, index) => ({
        id: `s${index}`,
        name: service.name,
        kind: service.kind,
        state: service.state === 'national' ? 'national' : toSlug(service.state),
        municipality: service.municipality ?? null,
        phone: service.phone,
        address: service.address ?? null,
        hours: both(service.hours),
        description: both(service.description),
        servesWhom: both(service.servesWhom),
        serves: service.serves,
        languages: service.languages,
        ruralCoverage: service.ruralCoverage,
      })),
    glossary: {},
    changes: { previousVersion: null, sessionsAdded: [], sessionsRemoved: [], sessionsChanged: [] },
  }
}
