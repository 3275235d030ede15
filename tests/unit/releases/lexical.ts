/**
 * Builders of Lexical editor state as Payload stores it, for release fixtures: every node the
 * curriculum editor can produce (headings, formats, nested lists, links, quotes, tables,
 * uploads, line breaks).
 */
import type { LexicalState, SnapshotFile } from '@/core/releases/snapshot'

export const FORMAT = { bold: 1, italic: 2, strike: 4, underline: 8, code: 16, sub: 32, sup: 64 } as const

const element = { format: '', indent: 0, version: 1, direction: 'ltr' as const }

export type Node = Record<string, unknown>

export const text = (value: string, format = 0): Node => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const inlineOf = (children: Array<Node | string>) => children.map((child) => (typeof child === 'string' ? text(child) : child))

export const p = (...children: Array<Node | string>): Node => ({
  ...element,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: inlineOf(children),
})

export const rtl = (node: Node): Node => ({ ...node, direction: 'rtl' })

export const h = (level: 1 | 2 | 3 | 4 | 5 | 6, ...children: Array<Node | string>): Node => ({
  ...element,
  type: 'heading',
  tag: `h${level}`,
  children: inlineOf(children),
})

export const br = (): Node => ({ type: 'linebreak', version: 1 })

export const link = (url: string, ...children: Array<Node | string>): Node => ({
  ...element,
  type: 'link',
  fields: { url, newTab: true, linkType: 'custom' },
  children: inlineOf(children),
})

export const quote = (...children: Array<Node | string>): Node => ({ ...element, type: 'quote', children: inlineOf(children) })

type Item = string | Node | { text: Array<Node | string> | string; children?: List }
type List = { ordered?: boolean; check?: boolean; items: Item[] }

/** A list; an item may carry a nested list, which Lexical stores in an extra item right after. */
export const list = ({ ordered = false, check = false, items }: List): Node => {
  const children: Node[] = []
  let value = 1
  for (const item of items) {
    const entry = typeof item === 'string' || (item as Node).type ? { text: [item as Node | string] } : (item as { text: Array<Node | string> | string; children?: List })
    const inline = typeof entry.text === 'string' ? [text(entry.text)] : inlineOf(entry.text)
    children.push({ ...element, type: 'listitem', value: value++, ...(check ? { checked: value % 2 === 0 } : {}), children: inline })
    if (entry.children) {
      children.push({ ...element, type: 'listitem', value: value++, children: [list(entry.children)] })
    }
  }
  return {
    ...element,
    type: 'list',
    listType: check ? 'check' : ordered ? 'number' : 'bullet',
    tag: ordered ? 'ol' : 'ul',
    start: 1,
    children,
  }
}

export const table = (rows: string[][], headerRow = true): Node => ({
  ...element,
  type: 'table',
  children: rows.map((cells, rowIndex) => ({
    ...element,
    type: 'tablerow',
    children: cells.map((cell) => ({
      ...element,
      type: 'tablecell',
      headerState: headerRow && rowIndex === 0 ? 1 : 0,
      colSpan: 1,
      rowSpan: 1,
      children: [p(cell)],
    })),
  })),
})

export const upload = (file: SnapshotFile, fields?: { alt?: string; caption?: string }): Node => ({
  type: 'upload',
  version: 3,
  format: '',
  relationTo: 'media',
  value: file,
  fields: fields ?? null,
})

export const hr = (): Node => ({ type: 'horizontalrule', version: 1 })

export const doc = (...children: Node[]): LexicalState => ({
  root: { ...element, type: 'root', children },
})

/** One paragraph per string. */
export const paragraphs = (...lines: string[]): LexicalState => doc(...lines.map((line) => p(line)))
