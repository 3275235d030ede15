import { RichText } from '@payloadcms/richtext-lexical/react'

type LexicalData = Parameters<typeof RichText>[0]['data']

/**
 * Lexical rich text from Payload as HTML: server-rendered in the portal (nothing shipped to the
 * browser); the admin's release overview renders it in the browser.
 */
export function Rich({ data, className = 'rich-text' }: { data: unknown; className?: string }) {
  const root = (data as { root?: { children?: unknown[] } } | null | undefined)?.root
  if (!root || !Array.isArray(root.children) || root.children.length === 0) return null
  return <RichText data={data as LexicalData} className={className} />
}
