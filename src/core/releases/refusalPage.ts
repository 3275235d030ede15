/**
 * A refused download as a page, for a person who followed a download link in her browser: the
 * reason in her language and a way back to the portal, instead of the API's JSON printed raw.
 * Programs (Accept without text/html) keep the JSON. A page of its own words only: no script, no
 * style sheet or font from anywhere, nothing of the request echoed but the reason, escaped.
 */
import type { Language } from '@/core/language'

const WORDS = {
  es: { title: 'No se pudo descargar', back: 'Volver al portal' },
  en: { title: 'The download could not start', back: 'Back to the portal' },
} as const satisfies Record<Language, { title: string; back: string }>

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

/** Whether an Accept header asks for a page (a browser's navigation) rather than data. */
export function wantsPage(accept: string | null | undefined): boolean {
  return /(^|,)\s*text\/html\s*(;|,|$)/i.test(accept ?? '')
}

/** The page: its title, the reason, and a link back to the portal. */
export function downloadRefusalPage(reason: string, language: Language, portalPath = '/portal'): string {
  const words = WORDS[language]
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">',
    `<title>${escapeHtml(words.title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}h1{font-size:1.4rem;color:#1f4e79}a{color:#1f4e79}</style>',
    '</head>',
    '<body><main>',
    `<h1>${escapeHtml(words.title)}</h1>`,
    `<p role="alert">${escapeHtml(reason)}</p>`,
    `<p><a href="${escapeHtml(portalPath)}">${escapeHtml(words.back)}</a></p>`,
    '</main></body></html>',
  ].join('\n')
}
