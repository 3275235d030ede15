/**
 * Portal rich text keeps the links a reader can safely follow (http, https, mailto, tel) and
 * prints every other link as plain text, as the PDFs do: no `data:`, `file:` or `javascript:`
 * href ever reaches a facilitator's browser.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'

import { Rich } from '@/ui/portal/Rich'

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const link = (type: 'link' | 'autolink', url: string, label: string, extra: Record<string, unknown> = {}) => ({
  type,
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { url, newTab: false, linkType: 'custom', ...extra },
  children: [text(label)],
})

function render(...links: unknown[]): string {
  const data = {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: links }],
    },
  }
  return renderToStaticMarkup(createElement(Rich, { data }))
}

test('data:, file: and javascript: links print as their text, without an href', () => {
  const html = render(
    link('link', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'Formulario'),
    link('link', 'file:///C:/Users/facilitadora/notas.docx', 'Notas'),
    link('autolink', 'javascript:alert(1)', 'Clic'),
    link('link', ' JaVaScRiPt:alert(1)', 'Otro'),
    link('link', 'vbscript:msgbox(1)', 'Viejo'),
  )
  for (const label of ['Formulario', 'Notas', 'Clic', 'Otro', 'Viejo']) expect(html).toContain(label)
  expect(html).not.toMatch(/href=/i)
  expect(html).not.toMatch(/data:|file:|javascript:|vbscript:/i)
})

test('http(s), mailto and tel links stay links', () => {
  const html = render(
    link('link', 'https://www.gob.mx/inmujeres', 'Inmujeres'),
    link('autolink', 'http://example.org/a', 'Ejemplo'),
    link('link', 'mailto:ayuda@example.org', 'Correo'),
    link('link', 'tel:8001084053', 'Línea'),
    link('link', 'https://example.org/nueva', 'Pestaña', { newTab: true }),
  )
  expect(html).toContain('href="https://www.gob.mx/inmujeres"')
  expect(html).toContain('href="http://example.org/a"')
  expect(html).toContain('href="mailto:ayuda@example.org"')
  expect(html).toContain('href="tel:8001084053"')
  expect(html).toMatch(/href="https:\/\/example.org\/nueva" rel="noopener noreferrer" target="_blank"/)
})

test('an internal link (no public URL in the portal) prints as text', () => {
  const html = render(link('link', '', 'Sesión 3', { linkType: 'internal', doc: { relationTo: 'sessions', value: 3 } }))
  expect(html).toContain('Sesión 3')
  expect(html).not.toMatch(/href=/)
})
