/** Reading rendered PDFs back in tests: text per page, outline (bookmarks), links, fonts. */
import { inflateSync } from 'node:zlib'

import { extractText, getDocumentProxy } from 'unpdf'

export interface OutlineEntry {
  title: string
  depth: number
}

export interface PdfContent {
  numPages: number
  pages: string[]
  /** All pages' text joined with newlines. */
  text: string
  outline: OutlineEntry[]
  links: string[]
  info: Record<string, unknown>
}

export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const { text: pages } = await extractText(pdf, { mergePages: false })
  const outline: OutlineEntry[] = []
  const walk = (items: Array<{ title: string; items?: unknown[] }> | null, depth: number) => {
    for (const item of items ?? []) {
      outline.push({ title: item.title, depth })
      walk((item.items ?? []) as Array<{ title: string; items?: unknown[] }>, depth + 1)
    }
  }
  walk(await pdf.getOutline(), 0)
  const links: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    for (const annotation of await page.getAnnotations()) if (annotation.url) links.push(annotation.url as string)
  }
  const info = ((await pdf.getMetadata()).info ?? {}) as Record<string, unknown>
  await pdf.destroy()
  return { numPages: pages.length, pages, text: pages.join('\n'), outline, links, info }
}

/**
 * Text with every kind of whitespace and hyphen removed: a marker broken across lines or
 * hyphenated by the layout is still found (so an absence check cannot pass by accident).
 */
export function squash(text: string): string {
  return text.replace(/[\s\u00ad\u200b\u2010\u2011-]+/g, '')
}

/** Whitespace runs collapsed to one space (line breaks inside a long string). */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ')
}

/**
 * The file's text with the objects its object streams hold (inflated) appended: what a search
 * for a dictionary key must look through now that the renderer packs small objects
 * (src/core/releases/render/pdfObjectStreams.mjs). Also counts the object streams.
 */
export function pdfObjectsText(bytes: Uint8Array): { text: string; objectStreams: number } {
  const raw = Buffer.from(bytes).toString('latin1')
  const packed: string[] = []
  const dictionary = /<<[^<>]*\/Type\s*\/ObjStm[^<>]*>>\s*stream\r?\n/g
  for (let match = dictionary.exec(raw); match; match = dictionary.exec(raw)) {
    const length = Number(/\/Length\s+(\d+)/.exec(match[0])?.[1])
    const start = match.index + match[0].length
    packed.push(inflateSync(Buffer.from(bytes.subarray(start, start + length))).toString('latin1'))
  }
  return { text: [raw, ...packed].join('\n'), objectStreams: packed.length }
}

/** Font objects in the PDF file, and whether each is embedded (a font file stream is present). */
export function fontEmbedding(bytes: Uint8Array): { descriptors: number; embedded: number } {
  const raw = pdfObjectsText(bytes).text
  const descriptors = (raw.match(/\/Type\s*\/FontDescriptor/g) ?? []).length
  const embedded = (raw.match(/\/FontFile[23]?\s/g) ?? []).length
  return { descriptors, embedded }
}

/** Number of image XObjects in the PDF file. */
export function imageCount(bytes: Uint8Array): number {
  return (Buffer.from(bytes).toString('latin1').match(/\/Subtype\s*\/Image/g) ?? []).length
}

/**
 * The page (0-based) of each title in turn: each is looked for from the page of the one before
 * (starting at `fromPage`), so a title quoted earlier (in release notes) is not taken for its
 * heading. -1 when not found.
 */
export function pagesOf(pages: string[], titles: string[], fromPage = 0): number[] {
  let from = fromPage
  return titles.map((title) => {
    const needle = squash(title)
    for (let i = from; i < pages.length; i++) {
      if (squash(pages[i]).includes(needle)) {
        from = i
        return i
      }
    }
    return -1
  })
}

/**
 * The smallest font size (pt) of the text between the running header and footer of each page
 * from `fromPage` (0-based) on: what a reader of the body actually gets.
 */
export async function smallestBodyFontSize(bytes: Uint8Array, margins = { top: 74, bottom: 68 }, fromPage = 1): Promise<number> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  let smallest = Infinity
  for (let n = fromPage + 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    const height = page.view[3]
    const content = await page.getTextContent()
    for (const item of content.items as Array<{ str?: string; transform?: number[] }>) {
      if (!item.str?.trim() || !item.transform) continue
      const y = item.transform[5]
      if (y > height - margins.top || y < margins.bottom) continue
      smallest = Math.min(smallest, Math.abs(item.transform[3]))
    }
  }
  await pdf.destroy()
  return smallest
}

export interface StructNode {
  role: string
  alt?: string
  lang?: string
  children: StructNode[]
}

/**
 * What an accessible (tagged, PDF/UA-1) PDF declares, read with pdf.js: the catalog's MarkInfo
 * (tagged), the structure tree of every page (roles, figures' alt text), document title and
 * language, and the PDF/UA part claimed in the XMP metadata.
 */
export async function accessibilityOf(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const markInfo = (await pdf.getMarkInfo()) as { Marked?: boolean } | null
  const roles = new Set<string>()
  const figures: StructNode[] = []
  let structPages = 0
  const walk = (node: any) => {
    if (!node || typeof node !== 'object' || !('role' in node)) return
    roles.add(node.role)
    if (node.role === 'Figure') figures.push(node)
    for (const child of node.children ?? []) walk(child)
  }
  for (let n = 1; n <= pdf.numPages; n++) {
    const tree = await (await pdf.getPage(n)).getStructTree()
    if (tree && (tree as any).children?.length) structPages++
    walk(tree)
  }
  const meta = await pdf.getMetadata()
  const info = (meta.info ?? {}) as Record<string, unknown>
  const xmp = meta.metadata as { get(name: string): unknown } | null
  const result = {
    tagged: markInfo?.Marked === true,
    numPages: pdf.numPages,
    structPages,
    roles,
    figures,
    title: typeof info.Title === 'string' ? info.Title : '',
    language: typeof info.Language === 'string' ? info.Language : '',
    pdfUaPart: xmp?.get('pdfuaid:part') ?? null,
  }
  await pdf.destroy()
  return result
}

export interface PdfLine {
  /** Baseline, in points from the bottom of the page. */
  y: number
  text: string
}

export interface PageLines {
  height: number
  /** The running header's lines (above `margins.top` from the top edge), top first. */
  header: PdfLine[]
  /** The body's lines (between header and footer), top first. */
  body: PdfLine[]
}

/**
 * Every page's text as lines with their positions (pdf.js text items grouped by baseline), split
 * into the running header and the body: to check where lines fall on the page (a heading left as
 * the last line of a page, a header wrapping onto a second line).
 */
export async function pageLines(bytes: Uint8Array, margins = { top: 74, bottom: 62 }): Promise<PageLines[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const pages: PageLines[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    const height = page.view[3]
    const content = await page.getTextContent()
    const lines: { y: number; parts: { x: number; str: string }[] }[] = []
    for (const item of content.items as Array<{ str?: string; transform?: number[] }>) {
      if (!item.str?.trim() || !item.transform) continue
      const [x, y] = [item.transform[4], item.transform[5]]
      // Items within 2 pt of a baseline are on the same line (superscripts, mixed fonts).
      const line = lines.find((l) => Math.abs(l.y - y) < 2)
      if (line) line.parts.push({ x, str: item.str })
      else lines.push({ y, parts: [{ x, str: item.str }] })
    }
    const all = lines
      .sort((a, b) => b.y - a.y)
      .map((l) => ({ y: l.y, text: l.parts.sort((a, b) => a.x - b.x).map((p) => p.str).join(' ').replace(/\s+/g, ' ').trim() }))
    pages.push({
      height,
      header: all.filter((l) => l.y > height - margins.top),
      body: all.filter((l) => l.y <= height - margins.top && l.y >= margins.bottom),
    })
  }
  await pdf.destroy()
  return pages
}
