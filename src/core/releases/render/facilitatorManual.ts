/**
 * The facilitator manual of a release, as a PDF: cover, table of contents with bookmarks, release
 * notes and what changed, the front-matter chapters (introduction, encuadre…), every session with its timed agenda, instructions, notes and boxed
 * safety notes, handouts and resources, then the services directory and the glossary.
 */
import { adaptationLine } from '../adaptation'
import { agenda, formatClock } from '@/core/rules/timing'
import type { LocaleCode, ReleaseChanges, ReleaseSnapshot, SnapshotFile, SnapshotResource, SnapshotSession } from '@/core/releases/snapshot'
import { resourceById } from '@/core/releases/snapshot'
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
import { activityKindLabel, audienceLabel, type EditionStrings, editionStrings } from './strings'
import { describeChanges } from '@/core/releases/changeWords'
import { FACILITATOR_MANUAL_TYP } from './templates'
import { isOpenGroup, openGroupLine, openGroupThemes } from '@/core/releases/openGroup'

export interface FacilitatorManualOptions extends CommonRenderOptions {
  /** Reads media files (images) by their snapshot path. Missing files print as alt text. */
  readFile?: ReadMediaFile
  /**
   * The short link printed under a resource. Default: `${baseUrl}/r/${id}` when `baseUrl` is
   * given, else none (a release does not know which host will serve it).
   */
  resourceLink?: (resource: SnapshotResource) => string | null | undefined
  baseUrl?: string
}

interface DataOptions extends FacilitatorManualOptions {
  resolveImage?: (file: SnapshotFile) => string | null
}

function shortLink(resource: SnapshotResource, options: FacilitatorManualOptions): { url: string | null; label: string } {
  const url =
    options.resourceLink?.(resource) ??
    (options.baseUrl ? `${options.baseUrl.replace(/\/+$/, '')}/r/${encodeURIComponent(resource.id)}` : null)
  if (!url) return { url: null, label: '' }
  // Printed without the scheme: shorter to type from paper.
  return { url: /^https?:\/\//i.test(url) ? url : null, label: url.replace(/^https?:\/\//i, '') }
}

/** "What changed", worded for facilitators (src/core/releases/changeWords.ts), as the manual prints it. */
function changesSection(changes: ReleaseChanges, snapshot: ReleaseSnapshot, view: LocaleView, ui: EditionStrings) {
  if (!changes.previousVersion) return { heading: ui.changes, intro: ui.firstRelease, groups: [] }
  const heading = `${ui.whatChanged} ${changes.previousVersion}`
  const groups = describeChanges(changes, view.locale, snapshot.release.locales).map(({ label, items }) => ({ label, items }))
  return { heading, intro: groups.length ? '' : ui.noChanges, groups }
}

function sessionData(
  session: SnapshotSession,
  snapshot: ReleaseSnapshot,
  view: LocaleView,
  ui: EditionStrings,
  options: FacilitatorManualOptions,
) {
  const title = view.text(session.title)
  const module = snapshot.modules.find((m) => m.id === session.moduleId)
  const meta = [
    `${ui.duration}: ${session.duration} ${ui.minutesShort}`,
    module ? `${ui.module} ${module.order}: ${view.text(module.title)}` : '',
  ]
    .filter(Boolean)
    .join(' · ')

  const timed = agenda(session.activities)
  const resourceLine = (id: string | null | undefined) => {
    const resource = resourceById(snapshot.resources, id)
    return resource ? view.text(resource.title) : ''
  }

  const resources = session.resourceIds
    .map((id) => resourceById(snapshot.resources, id))
    .filter((resource): resource is SnapshotResource => Boolean(resource))
    .map((resource) => {
      const facilitatorOnly = resource.audience === 'facilitator' ? [ui.facilitatorResource] : []
      const { meta: resourceMeta, captions } = resourceLines(resource, view, ui, facilitatorOnly)
      const credits = [
        resource.licence ? `${ui.licence}: ${resource.licence}` : '',
        resource.credit ? `${ui.credit}: ${resource.credit}` : '',
      ]
        .filter(Boolean)
        .join(' · ')
      return {
        title: view.text(resource.title),
        meta: resourceMeta,
        description: view.text(resource.description),
        captions,
        link: shortLink(resource, options),
        credits,
        image: resource.kind === 'image' ? view.image(resource.file, view.text(resource.title)) : null,
      }
    })

  return {
    heading: `${ui.session} ${session.number}. ${title}`,
    number: session.number,
    title,
    meta,
    // Under each handout printed as a page to photocopy.
    handoutLabel: `${ui.session} ${session.number} · ${ui.handoutToCopy}`,
    contentNotes: view.text(session.contentNotes),
    objectives: view.list(session.objectives),
    summary: view.text(session.summary),
    materials: view.text(session.materials),
    agenda: timed.map(({ activity, startMinute, minutes }) => ({
      start: formatClock(startMinute),
      title: view.text(activity.title),
      kind: activityKindLabel(activity.kind, view.locale),
      minutes: String(minutes),
    })),
    totalMinutes: String(timed.reduce((sum, entry) => sum + entry.minutes, 0)),
    activities: timed.map(({ activity, startMinute, minutes }) => ({
      heading: `${formatClock(startMinute)} · ${view.text(activity.title)}`,
      meta: `${activityKindLabel(activity.kind, view.locale)} · ${minutes} ${ui.minutesShort} (${formatClock(startMinute)}–${formatClock(startMinute + minutes)})`,
      resource: resourceLine(activity.resourceId),
      instructions: view.rich(activity.facilitatorInstructions),
      participant: view.rich(activity.participantContent),
    })),
    facilitatorNotes: view.rich(session.facilitatorNotes),
    safetyNotes: view.rich(session.safetyNotes),
    handouts: handoutBlocks(session.handouts, view),
    resources,
  }
}

/**
 * Everything the manual template prints, resolved for one locale. Exported so tests (and a
 * future HTML edition) can check the content without going through a PDF.
 */
export function facilitatorManualData(snapshot: ReleaseSnapshot, locale: LocaleCode, options: DataOptions = {}) {
  assertReleaseLocale(locale, snapshot.release.locales)
  const open = isOpenGroup(snapshot.track)
  const words = editionStrings(locale)
  // An open group's modules are its themes: parts, title pages and session headers say so.
  const ui: EditionStrings = open ? { ...words, module: words.theme, sessionsInPart: words.sessionsInTheme } : words
  const view = new LocaleView(locale, snapshot.release.locales, (file) => options.resolveImage?.(file) ?? null)
  const programme = view.text(snapshot.programme.title)
  const track = view.text(snapshot.track.title)
  const version = snapshot.release.version
  const sessions = snapshot.sessions.map((session) => sessionData(session, snapshot, view, ui, options))
  const parts = moduleParts(snapshot.sessions, snapshot.modules, view, ui)
  const services = servicesDirectory(snapshot.services, view, ui)
  const glossary = glossaryEntries(snapshot.glossary, view)

  return {
    ...documentFrame({
      locale,
      paper: options.paper ?? 'us-letter',
      publishedAt: snapshot.release.publishedAt,
      title: `${track} — ${ui.facilitatorManual} ${version}`,
      author: snapshot.programme.institution || programme,
      keywords: [programme, track, audienceLabel(snapshot.track.audience, locale), version],
      cover: {
        programme,
        institution: snapshot.programme.institution ?? '',
        track,
        edition: ui.facilitatorManual,
        version,
        ...(snapshot.track.adaptedFrom
          ? { adaptation: adaptationLine(snapshot.track.adaptedFrom.title, snapshot.track.adaptedFrom.version, locale, snapshot.release.locales) }
          : {}),
      },
      // The track's name may be shortened to keep the header on one line; the version never is.
      header: { left: track, keep: `${ui.version} ${version}`, right: ui.facilitatorManual },
      ui,
    }),
    notes: { heading: `${ui.releaseNotes} ${version}`, body: view.rich(snapshot.release.notes) },
    changes: changesSection(snapshot.changes, snapshot, view, ui),
    // An open group (the Duluth model): the one line facilitators need before admitting a man, how
    // a newcomer is brought in, and the themes with their sessions. Null for a closed cohort.
    groupFormat: open ? groupFormatSection(snapshot, view, ui) : null,
    // Front matter, in the designers' order (releases made before chapters existed have none).
    chapters: (snapshot.chapters ?? [])
      .map((chapter) => ({ heading: view.text(chapter.title), body: view.rich(chapter.body) }))
      .filter((chapter) => chapter.heading !== ''),
    // The manual's appendices, lettered; the plain titles below are for readers of the data that
    // print no appendices (the offline bundle's index).
    appendix: appendices(sessions, glossary, services, ui),
    servicesHeading: ui.services,
    glossaryHeading: ui.glossary,
    parts,
    sessions,
    servicesIntro: ui.servicesIntro,
    services,
    glossary,
  }
}

function groupFormatSection(snapshot: ReleaseSnapshot, view: LocaleView, ui: EditionStrings) {
  const themes = openGroupThemes(snapshot)
  return {
    heading: ui.groupFormat,
    line: openGroupLine(snapshot.sessions.length, view.locale),
    guidance: view.text(snapshot.track.openGroup?.entryGuidance),
    themes: themes.map((theme) => {
      const numbers = theme.sessions.map((session) => session.number)
      const range = numbers.length > 1 ? `${numbers[0]}–${numbers[numbers.length - 1]}` : String(numbers[0])
      const title = view.text(theme.title)
      return theme.moduleId === null ? `${ui.sessions}: ${numbers.join(', ')}` : `${ui.theme} ${theme.order}${title ? `. ${title}` : ''} (${ui.sessionsRange} ${range})`
    }),
  }
}

/**
 * The appendices' headings, lettered in their order: handouts to photocopy, glossary, directory
 * (only those present take a letter).
 */
function appendices(sessions: { handouts: unknown[] }[], glossary: unknown[], services: unknown[], ui: EditionStrings) {
  const letters = 'ABCDEFGH'
  let next = 0
  const heading = (present: boolean, title: string) => (present ? `${ui.appendix} ${letters[next++]}. ${title}` : title)
  return {
    handouts: heading(sessions.some((session) => session.handouts.length > 0), ui.handoutsToCopy),
    glossary: heading(glossary.length > 0, ui.glossary),
    services: heading(services.length > 0, ui.services),
  }
}

/** Renders the facilitator manual of a release in one of its locales. Resolves to PDF bytes. */
export async function renderFacilitatorManual(
  snapshot: ReleaseSnapshot,
  locale: LocaleCode,
  options: FacilitatorManualOptions = {},
): Promise<Uint8Array> {
  assertReleaseLocale(locale, snapshot.release.locales)
  return renderEditionPdf({
    snapshot,
    main: FACILITATOR_MANUAL_TYP,
    options,
    data: (resolveImage) => facilitatorManualData(snapshot, locale, { ...options, resolveImage }),
  })
}
