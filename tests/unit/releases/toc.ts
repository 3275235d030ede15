/** Reads the table of contents back from extracted page text. */
export interface TocEntry {
  title: string
  page: number
}

/** Lines of the form "Title . . . . . 12" on the pages after the TOC title. */
export function tocEntries(pages: string[], tocTitle: string): { tocPage: number; entries: TocEntry[] } {
  const tocPage = pages.findIndex((page) => page.split('\n').some((line) => line.trim() === tocTitle))
  if (tocPage < 0) return { tocPage, entries: [] }
  const entries: TocEntry[] = []
  // The TOC may run over several pages: keep reading while pages hold leader lines.
  for (let i = tocPage; i < pages.length; i++) {
    const found = pages[i]
      .split('\n')
      .map((line) => /^(.*?)\s*(?:\.\s*){3,}(\d+)\s*$/.exec(line.trim()))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => ({ title: match[1].trim(), page: Number(match[2]) }))
    if (!found.length && i > tocPage) break
    entries.push(...found)
  }
  return { tocPage, entries }
}
