/**
 * Lexical JSON → a small neutral document tree that templates walk (the Typst manual and
 * workbook today, static HTML tomorrow).
 *
 * Why a tree of data and not Typst markup: text written by users must never be able to run as
 * markup. The tree goes to Typst as a JSON file read with `json(...)`, so every string stays a
 * string — `#import`, `#read("/etc/passwd")`, `$`, `[[`, backslashes print as they are.
 *
 * The converter is total: unknown or malformed nodes degrade to their text (or nothing), never
 * to an exception, because a release must render whatever an editor managed to save.
 */
import type { LocaleCode, SnapshotFile } from '@/core/releases/snapshot'

export interface RichText {
  type: 'text'
  text: string
  bold?: true
  italic?: true
  underline?: true
  strike?: true
  code?: true
  sub?: true
  sup?: true
  highlight?: true
}
export interface RichLineBreak {
  type: 'linebreak'
}
export interface RichLink {
  type: 'link'
  /** Only http(s), mailto and tel survive; other links print as plain text (see `safeUrl`). */
  url: string
  children: (RichText | RichLineBreak)[]
}
export type RichInline = RichText | RichLineBreak | RichLink

export interface RichParagraph {
  type: 'paragraph'
  children: RichInline[]
  align?: 'left' | 'center' | 'right' | 'justify'
  /** Set for right-to-left paragraphs (Arabic, Hebrew) so the base direction is right. */
  rtl?: true
}
export interface RichHeading {
  type: 'heading'
  /** 1–6 as the author chose; the template nests it under its own section headings. */
  level: number
  children: RichInline[]
  rtl?: true
}
export interface RichListItem {
  /** Checklists only. */
  checked?: boolean
  /** The item's text then any nested lists. */
  blocks: RichBlock[]
}
export interface RichList {
  type: 'list'
  ordered: boolean
  checklist?: true
  start: number
  items: RichListItem[]
}
export interface RichQuote {
  type: 'quote'
  blocks: RichBlock[]
}
export interface RichTableCell {
  header?: true
  colspan: number
  rowspan: number
  blocks: RichBlock[]
}
export interface RichTable {
  type: 'table'
  columns: number
  rows: RichTableCell[][]
}
export interface RichImage {
  type: 'image'
  /** Where the template finds the image in its workspace; null when it is missing or unreadable. */
  src: string | null
  alt: string
  caption: string
  /** Taller than wide: printed narrower so it does not take a whole page. */
  portrait?: true
}
export interface RichRule {
  type: 'rule'
}
export interface RichCode {
  type: 'code'
  text: string
}
export type RichBlock = RichParagraph | RichHeading | RichList | RichQuote | RichTable | RichImage | RichRule | RichCode
export type RichDocument = RichBlock[]

export interface RichTextOptions {
  /** Locale for localized media alt text and captions. */
  locale?: LocaleCode
  fallbackLocales?: readonly LocaleCode[]
  /**
   * Maps a media file to the path the template can read it at, or null when it cannot be
   * printed (missing, not an image). Without it images print as their alt text and caption.
   */
  resolveImage?: (file: SnapshotFile) => string | null
}

// Lexical's text format bit flags (lexical/LexicalConstants).
const FORMAT = {
  bold: 1,
  italic: 1 << 1,
  strike: 1 << 2,
  underline: 1 << 3,
  code: 1 << 4,
  sub: 1 << 5,
  sup: 1 << 6,
  highlight: 1 << 7,
} as const

const SAFE_URL = /^(https?:\/\/|mailto:|tel:)/i

/** A URL a printed link may point to, or null. No javascript:, file: or data: in our PDFs. */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null
  const trimmed = url.trim()
  return SAFE_URL.test(trimmed) && trimmed.length <= 2048 ? trimmed : null
}

type AnyNode = { type?: unknown; children?: unknown; [key: string]: unknown }

const asNode = (value: unknown): AnyNode | null => (value && typeof value === 'object' ? (value as AnyNode) : null)
const childrenOf = (node: AnyNode): unknown[] => (Array.isArray(node.children) ? node.children : [])
const INLINE_TYPES = new Set(['text', 'linebreak', 'tab', 'link', 'autolink'])

function textRuns(text: string, format: number): (RichText | RichLineBreak)[] {
  const flags: Omit<RichText, 'type' | 'text'> = {}
  for (const [name, bit] of Object.entries(FORMAT)) if (format & bit) flags[name as keyof typeof FORMAT] = true
  const runs: (RichText | RichLineBreak)[] = []
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (index > 0) runs.push({ type: 'linebreak' })
    if (line) runs.push({ type: 'text', text: line.replace(/\t/g, '    '), ...flags })
  })
  return runs
}

function localizedString(value: unknown, options: RichTextOptions): string {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    for (const code of [options.locale, ...(options.fallbackLocales ?? [])]) {
      if (code && typeof record[code] === 'string' && record[code]) return record[code] as string
    }
  }
  return ''
}

function isSnapshotFile(value: unknown): value is SnapshotFile {
  const file = asNode(value)
  return Boolean(file && typeof file.path === 'string' && typeof file.mimeType === 'string')
}

class Converter {
  constructor(private readonly options: RichTextOptions) {}

  inline(nodes: unknown[]): RichInline[] {
    const out: RichInline[] = []
    for (const raw of nodes) {
      const node = asNode(raw)
      if (!node) continue
      switch (node.type) {
        case 'text':
          out.push(...textRuns(typeof node.text === 'string' ? node.text : '', typeof node.format === 'number' ? node.format : 0))
          break
        case 'linebreak':
          out.push({ type: 'linebreak' })
          break
        case 'tab':
          out.push({ type: 'text', text: '    ' })
          break
        case 'link':
        case 'autolink': {
          const fields = asNode(node.fields)
          const url = safeUrl(fields?.url ?? node.url)
          const children = this.inline(childrenOf(node)).flatMap((child) => (child.type === 'link' ? child.children : [child]))
          if (url) out.push({ type: 'link', url, children })
          else out.push(...children)
          break
        }
        default:
          // An unknown inline node (mention, inline block…): keep whatever text it holds.
          if (typeof node.text === 'string') out.push(...textRuns(node.text, 0))
          else out.push(...this.inline(childrenOf(node)))
      }
    }
    return out
  }

  /** Converts a run of sibling nodes, wrapping stray inline nodes into paragraphs. */
  blocks(nodes: unknown[]): RichBlock[] {
    const out: RichBlock[] = []
    let pending: unknown[] = []
    const flush = () => {
      if (pending.length) this.pushParagraph(out, this.inline(pending))
      pending = []
    }
    for (const raw of nodes) {
      const node = asNode(raw)
      if (!node) continue
      if (typeof node.type === 'string' && INLINE_TYPES.has(node.type)) {
        pending.push(node)
        continue
      }
      flush()
      out.push(...this.block(node))
    }
    flush()
    return out
  }

  private pushParagraph(out: RichBlock[], children: RichInline[], node?: AnyNode) {
    // Empty paragraphs are editor spacing, not content: print nothing for them.
    if (!children.some((child) => child.type !== 'linebreak')) return
    const paragraph: RichParagraph = { type: 'paragraph', children }
    const align = node?.format
    if (align === 'center' || align === 'right' || align === 'justify') paragraph.align = align
    if (align === 'end') paragraph.align = 'right'
    if (node?.direction === 'rtl') paragraph.rtl = true
    out.push(paragraph)
  }

  private block(node: AnyNode): RichBlock[] {
    switch (node.type) {
      case 'paragraph': {
        // Uploads can sit inside a paragraph in hand-written JSON: split around them.
        const out: RichBlock[] = []
        let run: unknown[] = []
        for (const child of childrenOf(node)) {
          if (asNode(child)?.type === 'upload') {
            this.pushParagraph(out, this.inline(run), node)
            run = []
            out.push(...this.block(asNode(child)!))
          } else run.push(child)
        }
        this.pushParagraph(out, this.inline(run), node)
        return out
      }
      case 'heading': {
        const level = Number(String(node.tag ?? 'h2').replace(/\D/g, '')) || 2
        const children = this.inline(childrenOf(node))
        if (!children.length) return []
        const heading: RichHeading = { type: 'heading', level: Math.min(Math.max(level, 1), 6), children }
        if (node.direction === 'rtl') heading.rtl = true
        return [heading]
      }
      case 'quote':
        return [{ type: 'quote', blocks: this.blocks(childrenOf(node)) }]
      case 'list':
        return [this.list(node)]
      case 'listitem':
        // A list item outside a list: treat it as a one-item bullet list.
        return [this.list({ type: 'list', listType: 'bullet', children: [node] })]
      case 'table':
        return this.table(node)
      case 'upload':
        return this.image(node)
      case 'horizontalrule':
        return [{ type: 'rule' }]
      case 'code': {
        const text = this.inline(childrenOf(node))
          .map((child) => (child.type === 'text' ? child.text : child.type === 'linebreak' ? '\n' : ''))
          .join('')
        return text ? [{ type: 'code', text }] : []
      }
      default: {
        if (typeof node.text === 'string') {
          const out: RichBlock[] = []
          this.pushParagraph(out, textRuns(node.text, 0))
          return out
        }
        // Unknown container (custom block, relationship…): keep the text of its children.
        return this.blocks(childrenOf(node))
      }
    }
  }

  private list(node: AnyNode): RichList {
    const ordered = node.listType === 'number' || node.tag === 'ol'
    const checklist = node.listType === 'check'
    const start = typeof node.start === 'number' && Number.isInteger(node.start) && node.start >= 0 ? node.start : 1
    const items: RichListItem[] = []
    for (const raw of childrenOf(node)) {
      const item = asNode(raw)
      if (!item) continue
      const blocks = this.blocks(childrenOf(item))
      const onlyNested = blocks.length > 0 && blocks.every((block) => block.type === 'list')
      // Lexical nests a list in its own item right after the parent item: fold it back in.
      if (onlyNested && items.length) {
        items[items.length - 1].blocks.push(...blocks)
        continue
      }
      const entry: RichListItem = { blocks }
      if (checklist) entry.checked = item.checked === true
      items.push(entry)
    }
    const list: RichList = { type: 'list', ordered, start, items }
    if (checklist) list.checklist = true
    return list
  }

  private table(node: AnyNode): RichBlock[] {
    const rows: RichTableCell[][] = []
    for (const rawRow of childrenOf(node)) {
      const row = asNode(rawRow)
      if (!row) continue
      const cells: RichTableCell[] = []
      for (const rawCell of childrenOf(row)) {
        const cell = asNode(rawCell)
        if (!cell) continue
        const entry: RichTableCell = {
          colspan: positiveInt(cell.colSpan, 1),
          rowspan: positiveInt(cell.rowSpan, 1),
          blocks: this.blocks(childrenOf(cell)),
        }
        if (typeof cell.headerState === 'number' && cell.headerState > 0) entry.header = true
        cells.push(entry)
      }
      if (cells.length) rows.push(cells)
    }
    if (!rows.length) return []
    // Column count from the first row (no earlier row can span into it); clamp spans to fit so
    // a malformed table lays out instead of failing the whole document.
    const columns = Math.max(1, rows[0].reduce((sum, cell) => sum + cell.colspan, 0))
    rows.forEach((row, rowIndex) => {
      for (const cell of row) {
        cell.colspan = Math.min(cell.colspan, columns)
        cell.rowspan = Math.min(cell.rowspan, rows.length - rowIndex)
      }
    })
    return [{ type: 'table', columns, rows }]
  }

  private image(node: AnyNode): RichBlock[] {
    const value = node.value
    const fields = asNode(node.fields)
    const file = isSnapshotFile(value) ? value : null
    const alt = localizedString(fields?.alt, this.options) || localizedString(file?.alt, this.options)
    const caption = localizedString(fields?.caption, this.options) || localizedString(file?.caption, this.options)
    const isImage = Boolean(file && file.mimeType.startsWith('image/'))
    const src = file && isImage && this.options.resolveImage ? this.options.resolveImage(file) : null
    if (!src && !alt && !caption && !file) return []
    const image: RichImage = { type: 'image', src, alt: alt || (file && !isImage ? file.filename : ''), caption }
    if (file?.width && file?.height && file.height > file.width) image.portrait = true
    return [image]
  }
}

function positiveInt(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback
}

/** Converts Lexical editor state (or null) to the neutral document tree. */
export function lexicalToRichDocument(state: unknown, options: RichTextOptions = {}): RichDocument {
  const root = asNode(asNode(state)?.root)
  if (!root) return []
  return new Converter(options).blocks(childrenOf(root))
}

/** Plain text of a neutral document (for tests, search and accessibility summaries). */
export function richDocumentToPlainText(document: RichDocument): string {
  const inline = (nodes: RichInline[]): string =>
    nodes.map((node) => (node.type === 'text' ? node.text : node.type === 'linebreak' ? '\n' : inline(node.children))).join('')
  const block = (node: RichBlock): string => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        return inline(node.children)
      case 'list':
        return node.items.map((item) => item.blocks.map(block).join('\n')).join('\n')
      case 'quote':
        return node.blocks.map(block).join('\n')
      case 'table':
        return node.rows.map((row) => row.map((cell) => cell.blocks.map(block).join(' ')).join('\t')).join('\n')
      case 'image':
        return [node.alt, node.caption].filter(Boolean).join('\n')
      case 'code':
        return node.text
      case 'rule':
        return ''
    }
  }
  return document.map(block).filter(Boolean).join('\n\n')
}
