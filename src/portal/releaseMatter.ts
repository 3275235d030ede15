/**
 * The front matter (chapters) and glossary of a release, for the portal: read from the release's
 * frozen snapshot like its sessions (src/portal/releaseSessions.ts), after the access check, so a
 * later edit of a chapter or term never shows here. The portal is for facilitators: chapters are
 * facilitator material, and each term shows its facilitator definition with the plain-language
 * one the participant workbook prints beside it. Texts missing in the reader's language come
 * from the release's other locales, marked with the locale they are in.
 */
import type { Payload } from 'payload'

import type { User } from '@payload-types'
import { isManualChapterKind, manualChapterKindLabel } from '@/core/releases/manualMatter'
import type { GlossaryEntry, LexicalState, LocaleCode } from '@/core/releases/snapshot'
import type { UILanguage } from '@/ui/strings'
import { releaseSnapshot, teachableRelease, type ReleaseHead } from './releaseSessions'
import { MEDIA_FILE_ROUTE, textInLocale, withUploadUrls } from './sessionView'

export interface ChapterView {
  id: string
  /** The chapter's kind in the reader's language ("Encuadre y reglas del grupo"). */
  kind: string
  title: string
  titleLocale: LocaleCode
  body: LexicalState | null
  bodyLocale: LocaleCode | null
}

export interface TermView {
  term: string
  definition: string
  participantDefinition: string | null
  /** The locale the entry is in (another one when the reader's language has none). */
  locale: LocaleCode
}

export interface ReleaseMatter {
  release: ReleaseHead
  chapters: ChapterView[]
  glossary: TermView[]
}

const isLexical = (value: unknown): value is LexicalState =>
  Boolean(value && typeof value === 'object' && (value as { root?: { children?: unknown[] } }).root && Array.isArray((value as { root: { children?: unknown[] } }).root.children))

/** The release's chapters and glossary as the user may read them; null when it is not a release she teaches from. */
export async function releaseMatterFor(payload: Payload, user: User | null, releaseId: number | string, lang: UILanguage): Promise<ReleaseMatter | null> {
  const release = await teachableRelease(payload, user, releaseId, lang)
  if (!release) return null
  const snapshot = await releaseSnapshot(payload, release)
  if (!snapshot) return null
  const locales = snapshot.release.locales ?? []
  const fallbacks = locales.filter((code) => code !== lang)

  const chapters = (snapshot.chapters ?? []).flatMap((chapter): ChapterView[] => {
    const title = textInLocale(chapter.title, lang, locales)
    if (!title) return []
    let body: LexicalState | null = null
    let bodyLocale: LocaleCode | null = null
    for (const code of [lang, ...fallbacks]) {
      const state = chapter.body?.[code]
      if (isLexical(state) && state.root.children.length) {
        body = withUploadUrls(state, { locale: lang, fallbacks }, MEDIA_FILE_ROUTE)
        bodyLocale = code
        break
      }
    }
    const kind = isManualChapterKind(chapter.kind) ? chapter.kind : 'other'
    return [{ id: chapter.id, kind: manualChapterKindLabel(kind, lang), title: title.value, titleLocale: title.locale, body, bodyLocale }]
  })

  // Per term: the reader's language, else the first release locale that has it. Entries without
  // an id (releases made before terms kept theirs) cannot be matched across locales: the reader's
  // language only, or the first locale that has any.
  const glossary: TermView[] = []
  const seen = new Set<string>()
  const byLocale = (code: LocaleCode) => (snapshot.glossary?.[code] ?? []) as GlossaryEntry[]
  const withoutIds = [lang, ...fallbacks].find((code) => byLocale(code).some((entry) => entry.id === undefined))
  for (const code of [lang, ...fallbacks]) {
    for (const entry of byLocale(code)) {
      if (entry.id === undefined) {
        if (code !== withoutIds) continue
      } else if (seen.has(String(entry.id))) continue
      else seen.add(String(entry.id))
      glossary.push({ term: entry.term, definition: entry.definition, participantDefinition: entry.participantDefinition ?? null, locale: code })
    }
  }
  glossary.sort((a, b) => a.term.localeCompare(b.term, lang === 'en' ? 'en' : 'es-MX', { sensitivity: 'base' }))
  return { release, chapters, glossary }
}
