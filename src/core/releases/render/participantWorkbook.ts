/**
 * The participant workbook of a release, as a PDF: for each session its title, the plain-language
 * summary, the participant content of its activities, handouts and homework, with ruled lines to
 * write on; then where to get help and the glossary.
 *
 * It accepts only a `ParticipantSnapshot` (see participantProjection.ts), so facilitator-only
 * material cannot reach it by construction; the data below is again built field by field.
 */
import type { LocaleCode, SnapshotFile } from '@/core/releases/snapshot'
import type { ActivityKind } from '@/core/vocabulary'
import { resourceById } from '@/core/releases/snapshot'
import { isParticipantSnapshot, type ParticipantSession, type ParticipantSnapshot } from '@/core/releases/participantProjection'
import {
  assertReleaseLocale,
  type CommonRenderOptions,
  documentFrame,
  glossaryEntries,
  handoutBlocks,
  LocaleView,
  moduleParts,
  renderEditionPdf,
  resourceLines,
  servicesDirectory,
} from './common'
import type { ReadMediaFile } from './images'
import { type EditionStrings, editionStrings } from './strings'
import { PARTICIPANT_WORKBOOK_TYP } from './templates'

export interface ParticipantWorkbookOptions extends CommonRenderOptions {
  readFile?: ReadMediaFile
}

interface DataOptions extends ParticipantWorkbookOptions {
  resolveImage?: (file: SnapshotFile) => string | null
}

/** Ruled lines left after an activity: room to write where the activity asks for it. */
const WRITING_LINES: Partial<Record<ActivityKind, number>> = { reflection: 6, homework: 8 }

/** "Tarea: Mi plan" — unless the title already says it is homework. */
function homeworkHeading(kind: ActivityKind, title: string, ui: EditionStrings): string {
  if (kind !== 'homework' || title.toLocaleLowerCase().includes(ui.homework.toLocaleLowerCase())) return title
  return `${ui.homework}: ${title}`
}

function sessionData(session: ParticipantSession, snapshot: ParticipantSnapshot, view: LocaleView, ui: EditionStrings) {
  const title = view.text(session.title)
  const activities = session.activities
    .map((activity) => {
      const content = view.rich(activity.participantContent)
      const lines = WRITING_LINES[activity.kind] ?? 0
      const resource = resourceById(snapshot.resources, activity.resourceId)
      return {
        heading: homeworkHeading(activity.kind, view.text(activity.title), ui),
        content,
        resource: resource ? view.text(resource.title) : '',
        lines,
        linesLabel: activity.kind === 'homework' ? ui.homework : ui.writeHere,
      }
    })
    // Breaks and facilitator-run moments with nothing for participants are left out.
    .filter((activity) => activity.content.length > 0 || activity.lines > 0 || activity.resource)

  const resources = session.resourceIds
    .map((id) => resourceById(snapshot.resources, id))
    .filter((resource) => resource !== undefined)
    .map((resource) => ({
      title: view.text(resource.title),
      description: view.text(resource.description),
      ...resourceLines(resource, view, ui),
      image: resource.kind === 'image' ? view.image(resource.file, view.text(resource.title)) : null,
    }))

  return {
    heading: `${ui.session} ${session.number}. ${title}`,
    number: session.number,
    title,
    summary: view.text(session.summary),
    activities,
    handouts: handoutBlocks(session.handouts, view),
    resources,
  }
}

/**
 * What the workbook shows on its outside: cover, running header and PDF properties. With the
 * track's discreet title set (the discreet edition), that title alone: no programme or track
 * name, nothing that says what the group is about, since the workbook may be read by the person
 * she is protecting herself from. Without it, the programme and the track as before.
 */
export function workbookOutside(snapshot: ParticipantSnapshot, view: LocaleView, ui: EditionStrings) {
  const version = snapshot.release.version
  const discreet = view.text(snapshot.track.discreetTitle)
  if (discreet) {
    return {
      title: discreet,
      author: '',
      keywords: [],
      cover: { programme: '', track: discreet, edition: '', version },
      header: { left: discreet, right: `${ui.version} ${version}` },
    }
  }
  const programme = view.text(snapshot.programme.title)
  const track = view.text(snapshot.track.title)
  return {
    title: `${track} — ${ui.participantWorkbook} ${version}`,
    author: programme,
    keywords: [programme, track, version],
    cover: { programme, track, edition: ui.participantWorkbook, version },
    header: { left: track, keep: `${ui.version} ${version}`, right: ui.participantWorkbook },
  }
}

/** Everything the workbook template prints, for one locale (exported for tests). */
export function participantWorkbookData(snapshot: ParticipantSnapshot, locale: LocaleCode, options: DataOptions = {}) {
  if (!isParticipantSnapshot(snapshot)) {
    throw new TypeError('The participant workbook renders only a participant projection: use toParticipantSnapshot(snapshot).')
  }
  assertReleaseLocale(locale, snapshot.release.locales)
  const ui = editionStrings(locale)
  const view = new LocaleView(locale, snapshot.release.locales, (file) => options.resolveImage?.(file) ?? null)
  const version = snapshot.release.version
  return {
    ...documentFrame({ locale, paper: options.paper ?? 'us-letter', publishedAt: snapshot.release.publishedAt, ui, ...workbookOutside(snapshot, view, ui) }),
    // Modules as parts, as in the manual (a title page each, the sessions one level below).
    parts: moduleParts(snapshot.sessions, snapshot.modules, view, ui),
    sessions: snapshot.sessions.map((session) => sessionData(session, snapshot, view, ui)),
    servicesHeading: ui.whereToGetHelp,
    services: servicesDirectory(snapshot.services, view, ui),
    glossaryHeading: ui.glossary,
    glossary: glossaryEntries(snapshot.glossary, view),
  }
}

/** Renders the participant workbook of a release in one of its locales. Resolves to PDF bytes. */
export async function renderParticipantWorkbook(
  snapshot: ParticipantSnapshot,
  locale: LocaleCode,
  options: ParticipantWorkbookOptions = {},
): Promise<Uint8Array> {
  if (!isParticipantSnapshot(snapshot)) {
    throw new TypeError('The participant workbook renders only a participant projection: use toParticipantSnapshot(snapshot).')
  }
  assertReleaseLocale(locale, snapshot.release.locales)
  // Images are looked for in the projection only: a facilitator-only image is never even read.
  return renderEditionPdf({
    snapshot,
    main: PARTICIPANT_WORKBOOK_TYP,
    options,
    data: (resolveImage) => participantWorkbookData(snapshot, locale, { ...options, resolveImage }),
  })
}
