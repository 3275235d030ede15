/**
 * The downloadable editions of a release and the names of their files. One place, so the build
 * job, the download endpoint and the offline bundle agree on every filename.
 */
import type { ID } from '@/core/rules/ids'
import type { LocaleCode } from './snapshot'

export const EDITIONS = ['facilitator-manual', 'participant-workbook', 'offline-bundle'] as const
export type Edition = (typeof EDITIONS)[number]

export const isEdition = (value: unknown): value is Edition => (EDITIONS as readonly unknown[]).includes(value)

/** Editions built once per locale; the offline bundle holds every locale of the release. */
export const PER_LOCALE_EDITIONS: readonly Edition[] = ['facilitator-manual', 'participant-workbook']

const SHORT: Record<Edition, string> = {
  'facilitator-manual': 'manual',
  'participant-workbook': 'workbook',
  'offline-bundle': 'offline',
}

export const EDITION_CONTENT_TYPES: Record<Edition, string> = {
  'facilitator-manual': 'application/pdf',
  'participant-workbook': 'application/pdf',
  'offline-bundle': 'application/zip',
}

/** Lowercase ASCII letters, digits, dots and hyphens only: safe in a path and a header. */
export function safeFilePart(value: string): string {
  return (
    value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 60) || 'release'
  )
}

/**
 * "reeduca-mujeres-1.2.0-manual-es.pdf", "reeduca-mujeres-1.2.0-workbook-en.pdf",
 * "reeduca-mujeres-1.2.0-offline.zip". Also the file's name on disk.
 */
export function editionFilename(args: { trackSlug: string; version: string; edition: Edition; locale?: LocaleCode | null; discreetTitle?: string | null }): string {
  // The discreet edition's workbook is named after its neutral title alone
  // ("cuaderno-de-trabajo-taller-de-bienestar-1.2.0-es.pdf"): no programme, no track.
  if (args.edition === 'participant-workbook' && args.discreetTitle?.trim()) {
    return `${[safeFilePart(args.discreetTitle), safeFilePart(args.version), ...(args.locale ? [safeFilePart(args.locale)] : [])].join('-')}.pdf`
  }
  const parts = ['reeduca', safeFilePart(args.trackSlug), safeFilePart(args.version), SHORT[args.edition]]
  if (args.edition !== 'offline-bundle' && args.locale) parts.push(safeFilePart(args.locale))
  return `${parts.join('-')}.${args.edition === 'offline-bundle' ? 'zip' : 'pdf'}`
}

/** One file of a ready release as readers get it: where to download it and what it is. */
export interface DownloadLink {
  edition: Edition
  /** null for the offline bundle, which holds every locale. */
  locale: string | null
  href: string
  filename?: string | null
  size?: number | null
  sha256?: string | null
  downloads?: number | null
}

/** A generated file as a release records it (the `files` rows of a manual release). */
export interface RecordedFile {
  edition?: string | null
  locale?: string | null
  filename?: string | null
  size?: number | null
  sha256?: string | null
  downloads?: number | null
}

/** The download links of a ready release: manual and workbook per locale, then the offline bundle. */
export function downloadLinks(release: { id: ID; files?: RecordedFile[] | null; locales?: string[] | null }): DownloadLink[] {
  const files = release.files ?? []
  const href = (edition: Edition, locale: string) =>
    `/api/manual-releases/${encodeURIComponent(String(release.id))}/download/${edition}?locale=${encodeURIComponent(locale)}`
  const facts = (file: (typeof files)[number]) => ({ filename: file.filename, size: file.size, sha256: file.sha256, downloads: file.downloads })
  const links: DownloadLink[] = []
  for (const locale of release.locales ?? []) {
    for (const edition of PER_LOCALE_EDITIONS) {
      const file = files.find((f) => f.edition === edition && f.locale === locale)
      if (file) links.push({ edition, locale, href: href(edition, locale), ...facts(file) })
    }
  }
  const bundle = files.find((f) => f.edition === 'offline-bundle')
  if (bundle) links.push({ edition: 'offline-bundle', locale: null, href: href('offline-bundle', release.locales?.[0] ?? 'es'), ...facts(bundle) })
  return links
}
