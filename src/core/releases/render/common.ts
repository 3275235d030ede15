/**
 * What both printed editions share: choosing the locale's text, the cover and document
 * metadata, the services directory and glossary, resource lines. Everything is resolved to plain
 * strings and neutral rich text here, so the Typst templates only lay out values.
 */
import type { GlossaryEntry, LexicalState, Localized, LocaleCode, SnapshotFile, SnapshotService } from '@/core/releases/snapshot'
import { pickLocale } from '@/core/releases/snapshot'
import { lexicalToRichDocument, type RichBlock, type RichDocument, type RichImage } from '@/core/richtext/neutral'
import {
  type EditionStrings,
  formatReleaseDate,
  languageName,
  resourceKindLabel,
  serviceKindLabel,
  stateName,
  typstLanguage,
} from './strings'
import { orderDirectory } from '@/core/services/directory'
import { ImageRegistry, type ReadMediaFile } from './images'
import { COMMON_TYP } from './templates'
import { typstEngine } from './typst'

export type Paper = 'us-letter' | 'a4'

export interface CommonRenderOptions {
  /** Paper size; Mexico prints on letter ("carta") by default. */
  paper?: Paper
  /**
   * A PDF standard for Typst: "ua-1" (accessible, the default) or e.g. "a-2b" (archival); "" for
   * none (with `pdfTags: false`, an untagged PDF: only the benchmark's side-by-side uses that).
   */
  pdfStandard?: string
  pdfTags?: boolean
  /** false: the PDF as Typst writes it, not packed into object streams (the benchmark's side-by-side). */
  objectStreams?: boolean
  /** Told about anything left out (missing images, fonts) without failing the render. */
  onWarning?: (message: string) => void
  /**
   * The session editor's live preview: only the sessions' pages, exactly as the edition prints
   * them, without cover, contents, notes or appendices.
   */
  preview?: boolean
  /** Lay the edition out in its compiler process, to be rendered there soon: resolves to no bytes (TypstDocumentJob.layoutOnly). */
  layoutOnly?: boolean
  /** Which document this is across renders, for the compiler process whose cache holds it (TypstDocumentJob.cacheKey). */
  cacheKey?: string
}

/** Text lookups for one locale, falling back to the release's other locales, never to holes. */
export class LocaleView {
  readonly fallbacks: LocaleCode[]

  constructor(
    readonly locale: LocaleCode,
    releaseLocales: readonly LocaleCode[],
    private readonly resolveImage: (file: SnapshotFile) => string | null,
  ) {
    this.fallbacks = [...releaseLocales.filter((code) => code !== locale), 'es', 'en'].filter(
      (code, index, all) => code !== locale && all.indexOf(code) === index,
    )
  }

  text(value: Localized<string> | null | undefined): string {
    return pickLocale(value, this.locale, this.fallbacks) ?? ''
  }

  list(value: Localized<string[]> | null | undefined): string[] {
    return (pickLocale(value, this.locale, this.fallbacks) ?? []).filter((item) => typeof item === 'string' && item.trim())
  }

  rich(value: Localized<LexicalState | null> | null | undefined): RichDocument {
    return consecutiveHeadings(
      lexicalToRichDocument(pickLocale(value, this.locale, this.fallbacks) ?? null, {
        locale: this.locale,
        fallbackLocales: this.fallbacks,
        resolveImage: this.resolveImage,
      }),
    )
  }

  /** A file as a printable image block (alt text and caption in this locale). */
  image(file: SnapshotFile | null | undefined, fallbackAlt = ''): RichImage | null {
    if (!file || !file.mimeType.startsWith('image/')) return null
    const image: RichImage = {
      type: 'image',
      src: this.resolveImage(file),
      alt: this.text(file.alt) || fallbackAlt,
      caption: this.text(file.caption),
    }
    if (file.width && file.height && file.height > file.width) image.portrait = true
    return image
  }
}

/**
 * An author's headings renumbered so that none skips a level (PDF/UA-1 refuses "h2 then h4", and
 * authors pick heading sizes by look): in reading order, each heading is one deeper than the
 * open heading above it of a smaller author level, and the first is 1. The relative structure
 * stays (h3, h2, h3 → 1, 1, 2). The templates nest level 1 under their own section heading.
 */
export function consecutiveHeadings(document: RichDocument): RichDocument {
  const open: number[] = []
  const walk = (blocks: RichBlock[]): RichBlock[] =>
    blocks.map((block) => {
      switch (block.type) {
        case 'heading': {
          while (open.length && open[open.length - 1] >= block.level) open.pop()
          open.push(block.level)
          return { ...block, level: open.length }
        }
        case 'list':
          return { ...block, items: block.items.map((item) => ({ ...item, blocks: walk(item.blocks) })) }
        case 'quote':
          return { ...block, blocks: walk(block.blocks) }
        case 'table':
          return { ...block, rows: block.rows.map((row) => row.map((cell) => ({ ...cell, blocks: walk(cell.blocks) }))) }
        default:
          return block
      }
    })
  return walk(document)
}

/**
 * The editions' parts: one per module, each naming the run of sessions it holds (`from` and `to`,
 * indexes into the sessions), in session order. A module's sessions are consecutive in a
 * curriculum; if a later session returns to an earlier module, it opens a new part rather than
 * moving. Sessions without a module form a part of their own ("Sesiones").
 */
export function moduleParts(
  sessions: readonly { moduleId?: string | null }[],
  modules: readonly { id: string; order: number; title: Localized<string>; summary?: Localized<string> }[],
  view: LocaleView,
  ui: EditionStrings,
) {
  const parts: { heading: string; summary: string; module: boolean; from: number; to: number }[] = []
  let current: string | null | undefined
  sessions.forEach((session, index) => {
    const moduleId = session.moduleId ?? null
    if (!parts.length || moduleId !== current) {
      const module = modules.find((m) => m.id === moduleId)
      const title = module ? view.text(module.title) : ''
      parts.push({
        heading: module ? `${ui.module} ${module.order}${title ? `. ${title}` : ''}` : ui.sessions,
        summary: module ? view.text(module.summary) : '',
        // A module's title page lists its sessions; the part of sessions without one does not.
        module: Boolean(module),
        from: index,
        to: index,
      })
      current = moduleId
    }
    parts[parts.length - 1].to = index + 1
  })
  return parts
}

/** Refuses a locale the release does not cover: an "English" manual must not be Spanish. */
export function assertReleaseLocale(locale: LocaleCode, releaseLocales: readonly LocaleCode[]): void {
  if (!releaseLocales.includes(locale)) {
    throw new RangeError(`Locale "${locale}" is not covered by this release (${releaseLocales.join(', ') || 'none'}).`)
  }
}

/** 200 → "3:20". */
export function formatSeconds(seconds: number | null | undefined): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return ''
  const whole = Math.round(seconds)
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = whole % 60
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`
}

export function languageList(codes: readonly string[], locale: LocaleCode): string {
  return codes.map((code) => languageName(code, locale)).join(', ')
}

/** Document-level values every template reads: language, paper, PDF metadata, cover, header. */
export function documentFrame(args: {
  locale: LocaleCode
  paper: Paper
  publishedAt: string
  title: string
  author: string
  keywords: string[]
  cover: { programme: string; institution?: string; track: string; edition: string; version: string; adaptation?: string }
  /**
   * The running header: `left` may be shortened (with an ellipsis) to keep the header on one line;
   * `keep` follows it after a middle dot and is never shortened (the version); `right` neither.
   */
  header: { left: string; keep?: string; right: string }
  ui: EditionStrings
}) {
  const { lang, region } = typstLanguage(args.locale)
  const published = new Date(args.publishedAt)
  const valid = !Number.isNaN(published.getTime())
  return {
    lang,
    region,
    paper: args.paper,
    ui: args.ui,
    doc: {
      title: args.title,
      author: args.author,
      keywords: [...new Set(args.keywords.filter(Boolean))],
      // The release date, not "now": the same release always yields the same bytes.
      date: valid
        ? { year: published.getUTCFullYear(), month: published.getUTCMonth() + 1, day: published.getUTCDate() }
        : { year: 2000, month: 1, day: 1 },
    },
    cover: {
      institution: args.cover.institution ?? '',
      programme: args.cover.programme,
      track: args.cover.track,
      edition: args.cover.edition,
      version: args.cover.version,
      // An adapted track's "Adaptación de «…», versión N" (empty otherwise).
      adaptation: args.cover.adaptation ?? '',
      date: formatReleaseDate(args.publishedAt, args.locale),
      language: `${languageName(args.locale, args.locale)} (${args.locale})`,
    },
    header: { left: args.header.left, keep: args.header.keep ?? '', right: args.header.right },
  }
}

type DocumentFrame = ReturnType<typeof documentFrame>

interface EditionRender {
  snapshot: { release: { publishedAt: string } }
  main: string
  options: CommonRenderOptions & { readFile?: ReadMediaFile }
  data: (resolveImage: ImageRegistry['resolve']) => DocumentFrame
}

/** Reads the images the snapshot uses and builds the template's data with them. */
async function editionJob(args: EditionRender) {
  const { snapshot, options } = args
  const images = await ImageRegistry.load(snapshot, options.readFile)
  for (const warning of images.warnings) options.onWarning?.(warning)
  // The running header is read from a file of its own (see running-header in templates.ts).
  const { header, ...data } = args.data(images.resolve)
  return {
    main: args.main,
    modules: { '/lib/common.typ': COMMON_TYP },
    data: options.preview ? { ...data, preview: true, services: [], glossary: [] } : data,
    dataFiles: { '/header.json': header },
    images: images.files,
    // Accessible by default (PDF/UA-1: tagged, with title, language and alt text); the editor's
    // live preview is still tagged (Typst 0.14 tags every PDF) but skips the standard's checks.
    pdfStandard: (options.pdfStandard ?? (options.preview ? undefined : 'ua-1')) || undefined,
    pdfTags: options.pdfTags,
    objectStreams: options.objectStreams,
    timestamp: releaseTimestamp(snapshot.release.publishedAt),
    layoutOnly: options.layoutOnly,
    cacheKey: options.cacheKey,
    onWarning: options.onWarning,
  }
}

/** The last step of both printed editions: compile, and pass every warning on. */
export async function renderEditionPdf(args: EditionRender): Promise<Uint8Array> {
  // The compiler process starts while the images are read and the data is laid out.
  typstEngine().prepare()
  return typstEngine().renderPdf(await editionJob(args))
}

/** Seconds since the epoch of the release, for the PDF's creation date. */
export function releaseTimestamp(publishedAt: string): number | undefined {
  const time = Date.parse(publishedAt)
  return Number.isNaN(time) ? undefined : Math.floor(time / 1000)
}

export interface ServiceLine {
  label: string
  value: string
  url?: string
}

/** The services directory grouped by state, national services first; in each, help first (orderDirectory). */
export function servicesDirectory(services: readonly SnapshotService[], view: LocaleView, ui: EditionStrings) {
  const collator = new Intl.Collator(view.locale, { sensitivity: 'base' })
  const groups = new Map<string, SnapshotService[]>()
  for (const service of services) {
    const key = service.state || 'national'
    groups.set(key, [...(groups.get(key) ?? []), service])
  }
  const keys = [...groups.keys()].sort((a, b) =>
    a === 'national' ? -1 : b === 'national' ? 1 : collator.compare(stateName(a, view.locale), stateName(b, view.locale)),
  )
  return keys.map((key) => ({
    region: stateName(key, view.locale),
    // Help first: the emergency number, then telephone lines, then the rest by name.
    items: orderDirectory(groups.get(key)!, { locale: view.locale })
      .map((service) => {
        const lines: ServiceLine[] = []
        const phone = service.phone?.trim()
        if (phone) {
          const dial = phone.replace(/[^\d+]/g, '')
          lines.push({ label: ui.phone, value: phone, ...(dial ? { url: `tel:${dial}` } : {}) })
        }
        const hours = view.text(service.hours)
        if (hours) lines.push({ label: ui.hours, value: hours })
        const place = [service.address, service.municipality].filter((part) => part && part.trim()).join(', ')
        if (place) lines.push({ label: ui.address, value: place })
        if (service.website && /^https?:\/\//i.test(service.website)) {
          lines.push({ label: ui.website, value: service.website, url: service.website })
        }
        const whom = view.text(service.servesWhom)
        if (whom) lines.push({ label: ui.servesWhom, value: whom })
        if (service.languages?.length) lines.push({ label: ui.languages, value: languageList(service.languages, view.locale) })
        const meta = [serviceKindLabel(String(service.kind), view.locale), service.ruralCoverage ? ui.ruralCoverage : '']
          .filter(Boolean)
          .join(' · ')
        return { name: service.name, meta, lines, description: view.text(service.description) }
      }),
  }))
}

/** The glossary in this locale, sorted as a reader of that language expects. */
/**
 * A session's handouts as both editions print them: title, text, the image (or, for a PDF or
 * other file, its name to photocopy from the offline bundle).
 */
export function handoutBlocks(
  handouts: readonly { title: Localized<string>; body: Localized<LexicalState | null>; file?: SnapshotFile | null }[],
  view: LocaleView,
) {
  return handouts.map((handout) => ({
    title: view.text(handout.title),
    body: view.rich(handout.body),
    image: view.image(handout.file, view.text(handout.title)),
    file: handout.file && !handout.file.mimeType.startsWith('image/') ? handout.file.filename : '',
  }))
}

export function glossaryEntries(glossary: Localized<GlossaryEntry[]> | null | undefined, view: LocaleView) {
  const entries = pickLocale(glossary ?? {}, view.locale, view.fallbacks) ?? []
  const collator = new Intl.Collator(view.locale, { sensitivity: 'base' })
  return entries
    .filter((entry) => entry && typeof entry.term === 'string' && entry.term.trim())
    .map((entry) => ({ term: entry.term, definition: entry.definition ?? '' }))
    .sort((a, b) => collator.compare(a.term, b.term))
}

/** The lines printed under a resource: kind and duration, caption languages. */
export function resourceLines(
  resource: { kind: string; durationSeconds?: number | null; captionLanguages: readonly string[] },
  view: LocaleView,
  ui: EditionStrings,
  extra: string[] = [],
) {
  const meta = [resourceKindLabel(resource.kind, view.locale), formatSeconds(resource.durationSeconds), ...extra]
    .filter(Boolean)
    .join(' · ')
  const needsCaptions = resource.kind === 'video' || resource.kind === 'audio'
  const captions = resource.captionLanguages.length
    ? `${ui.captions}: ${languageList(resource.captionLanguages, view.locale)}`
    : needsCaptions
      ? `${ui.captions}: ${ui.noCaptions}`
      : ''
  return { meta, captions }
}
