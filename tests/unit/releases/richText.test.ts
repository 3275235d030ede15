import { describe, expect, it } from 'vitest'

import { lexicalToRichDocument, richDocumentToPlainText, safeUrl, type RichList, type RichParagraph, type RichTable } from '@/core/richtext/neutral'
import { printableString } from '@/core/releases/render/typst'

import { IMAGES, richTextShowcase } from './fixtures'
import { doc, p, text } from './lexical'

describe('Lexical → neutral rich text', () => {
  const tree = lexicalToRichDocument(richTextShowcase(), { locale: 'es', resolveImage: (file) => `/media/${file.id}.png` })

  it('keeps every node kind in order', () => {
    expect(tree.map((block) => block.type)).toEqual([
      'heading', 'paragraph', 'paragraph', 'list', 'list', 'list', 'paragraph', 'quote', 'table', 'image', 'rule', 'heading', 'paragraph',
    ])
  })

  it('turns format bits into flags', () => {
    const runs = (tree[1] as RichParagraph).children
    expect(runs).toContainEqual({ type: 'text', text: 'negrita', bold: true })
    expect(runs).toContainEqual({ type: 'text', text: 'cursiva', italic: true })
    expect(runs).toContainEqual({ type: 'text', text: 'subrayado', underline: true })
    expect(runs).toContainEqual({ type: 'text', text: 'tachado', strike: true })
    expect(runs).toContainEqual({ type: 'text', text: 'todoJunto', bold: true, italic: true, underline: true, strike: true })
  })

  it('keeps line breaks and folds nested lists into their parent item', () => {
    expect((tree[2] as RichParagraph).children.map((c) => c.type)).toEqual(['text', 'linebreak', 'text'])
    const bullets = tree[3] as RichList
    expect(bullets.ordered).toBe(false)
    expect(bullets.items).toHaveLength(3)
    const nested = bullets.items[1].blocks[1] as RichList
    expect(nested.ordered).toBe(true)
    expect(nested.items).toHaveLength(2)
    expect((nested.items[1].blocks[1] as RichList).items[0].blocks[0]).toMatchObject({ type: 'paragraph' })
    expect((tree[5] as RichList).checklist).toBe(true)
    expect((tree[5] as RichList).items.map((item) => item.checked)).toEqual([true, false])
  })

  it('keeps safe links only, tables with header cells, images with captions', () => {
    const links = (tree[6] as RichParagraph).children.filter((c) => c.type === 'link')
    expect(links).toEqual([{ type: 'link', url: 'https://www.gob.mx/inmujeres', children: [{ type: 'text', text: 'el sitio de Inmujeres' }] }])
    const tableBlock = tree[8] as RichTable
    expect(tableBlock.columns).toBe(2)
    expect(tableBlock.rows[0].every((cell) => cell.header)).toBe(true)
    expect(tableBlock.rows[1].some((cell) => cell.header)).toBe(false)
    expect(tree[9]).toEqual({ type: 'image', src: '/media/m1.png', alt: 'Rueda de la igualdad', caption: 'Pie: la rueda de la igualdad' })
    expect(richDocumentToPlainText(tree)).toContain('Controlar el dinero\tDecidir juntos')
  })

  it('never throws on malformed or foreign input', () => {
    for (const input of [null, undefined, 42, 'text', {}, { root: null }, { root: { children: 'x' } }, { root: { children: [null, 1, 'a', { type: 'mystery', children: [{ type: 'text', text: 'kept' }] }] } }]) {
      expect(() => lexicalToRichDocument(input)).not.toThrow()
    }
    const odd = lexicalToRichDocument({ root: { children: [{ type: 'mystery', children: [{ type: 'text', text: 'kept' }] }, { type: 'table', children: [{ type: 'tablerow', children: [{ type: 'tablecell', colSpan: 9, rowSpan: 9, children: [] }] }] }] } })
    expect(richDocumentToPlainText(odd)).toContain('kept')
    // Spans are clamped to the table: a row span cannot run past the last row.
    expect((odd[1] as RichTable).rows[0][0]).toMatchObject({ colspan: 9, rowspan: 1 })
    expect((odd[1] as RichTable).columns).toBe(9)
  })

  it('drops empty paragraphs and prints an upload without a file as its alt text', () => {
    const out = lexicalToRichDocument(doc(p(), p(text('')), { type: 'upload', value: { ...IMAGES.missing }, fields: null }), { locale: 'en' })
    expect(out).toEqual([{ type: 'image', src: null, alt: 'An image that is gone', caption: 'Caption of a lost image' }])
  })

  it('allows only http(s), mailto and tel links', () => {
    expect(safeUrl('https://a.mx')).toBe('https://a.mx')
    expect(safeUrl('mailto:a@b.mx')).toBe('mailto:a@b.mx')
    expect(safeUrl('tel:+52800')).toBe('tel:+52800')
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', '/relative', '', null]) expect(safeUrl(bad)).toBeNull()
  })

  it('makes strings safe for the JSON Typst reads', () => {
    expect(printableString('a\u0000b\u0007c\nd\te')).toBe('abc\nd\te')
    expect(printableString('x\ud800y')).toBe('x\ufffdy')
    expect(printableString('😀')).toBe('😀')
  })
})
