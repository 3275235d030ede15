import { RichText, type JSXConverter, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { safeUrl } from '@/core/richtext/neutral'

type LexicalData = Parameters<typeof RichText>[0]['data']

type LinkNode = { fields?: { url?: unknown; newTab?: unknown; linkType?: unknown }; children?: unknown[] }

/**
 * Links as the PDFs print them (src/core/richtext/neutral.ts `safeUrl`): only http(s), mailto and
 * tel become links. Anything else — `data:` (a whole page in a link), `file:` (the reader's own
 * disk), `javascript:` — and internal links, which have no public URL here, stay plain text.
 * Payload's default link converter would put any URL into the href.
 */
const safeLink: JSXConverter<any> = ({ node, nodesToJSX }) => {
  const link = node as LinkNode
  const children = nodesToJSX({ nodes: (link.children ?? []) as any })
  const href = link.fields?.linkType === 'internal' ? null : safeUrl(link.fields?.url)
  if (!href) return <span className="rich-text__link-text">{children}</span>
  const newTab = Boolean(link.fields?.newTab)
  return (
    <a href={href} rel={newTab ? 'noopener noreferrer' : 'noreferrer'} target={newTab ? '_blank' : undefined}>
      {children}
    </a>
  )
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({ ...defaultConverters, link: safeLink, autolink: safeLink })

/**
 * Lexical rich text from Payload as HTML: server-rendered in the portal (nothing shipped to the
 * browser); the admin's release overview renders it in the browser.
 */
export function Rich({ data, className = 'rich-text' }: { data: unknown; className?: string }) {
  const root = (data as { root?: { children?: unknown[] } } | null | undefined)?.root
  if (!root || !Array.isArray(root.children) || root.children.length === 0) return null
  return <RichText data={data as LexicalData} className={className} converters={converters} />
}
