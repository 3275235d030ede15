/**
 * Builds Lexical editor state (the JSON Payload's rich text stores) from plain paragraphs.
 * Used by the demo seed and by tests; a line starting with "- " becomes a bullet item and
 * consecutive items one list.
 */

export interface LexicalTextNode {
  type: 'text'
  text: string
  format: number
  detail: 0
  mode: 'normal'
  style: ''
  version: 1
}

interface LexicalElementBase {
  format: ''
  indent: 0
  version: 1
  direction: 'ltr'
}

export interface LexicalParagraphNode extends LexicalElementBase {
  type: 'paragraph'
  textFormat: 0
  textStyle: ''
  children: LexicalTextNode[]
}

export interface LexicalListItemNode extends LexicalElementBase {
  type: 'listitem'
  value: number
  children: LexicalTextNode[]
}

export interface LexicalListNode extends LexicalElementBase {
  type: 'list'
  listType: 'bullet' | 'number'
  tag: 'ul' | 'ol'
  start: 1
  children: LexicalListItemNode[]
}

export interface LexicalDocument {
  root: LexicalElementBase & { type: 'root'; children: Array<LexicalParagraphNode | LexicalListNode> }
}

const element = { format: '', indent: 0, version: 1, direction: 'ltr' } as const

export function textNode(text: string, format = 0): LexicalTextNode {
  return { type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

export function paragraphNode(text: string): LexicalParagraphNode {
  return { ...element, type: 'paragraph', textFormat: 0, textStyle: '', children: text ? [textNode(text)] : [] }
}

export function lexicalFromParagraphs(lines: readonly string[]): LexicalDocument {
  const children: Array<LexicalParagraphNode | LexicalListNode> = []
  for (const line of lines) {
    const bullet = /^- (.*)$/.exec(line)
    if (!bullet) {
      children.push(paragraphNode(line))
      continue
    }
    let list = children[children.length - 1]
    if (!list || list.type !== 'list') {
      list = { ...element, type: 'list', listType: 'bullet', tag: 'ul', start: 1, children: [] }
      children.push(list)
    }
    list.children.push({ ...element, type: 'listitem', value: list.children.length + 1, children: [textNode(bullet[1])] })
  }
  return { root: { ...element, type: 'root', children } }
}

/** Plain text of a Lexical document, paragraphs separated by blank lines (for search and checks). */
export function lexicalToPlainText(document: unknown): string {
  const parts: string[] = []
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const typed = node as { type?: string; text?: string; children?: unknown[] }
    if (typed.type === 'text') return typed.text ?? ''
    const inner = (typed.children ?? []).map(walk)
    return typed.type === 'list' ? inner.join('\n') : inner.join('')
  }
  const root = (document as { root?: { children?: unknown[] } } | null)?.root
  for (const child of root?.children ?? []) parts.push(walk(child))
  return parts.join('\n\n')
}
