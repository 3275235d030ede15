/**
 * Small formatting rules of the portal and public pages (and the admin's lists), kept apart so
 * unit tests can call them.
 */
import prettyBytes from 'pretty-bytes'

/** A phone number as a tel: URI (digits and a leading +): tapping it calls on a phone. */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`
}

/** "12:05", "152:30": minutes and seconds, like the session's own "150:00"; never negative. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`
}

/**
 * A file's size as a reader sees it, in their language, to three figures: "658 kB", "2,88 MB" in
 * Spanish; empty when unknown. Decimal units, as phones and browsers show downloads. (Upload
 * limits are stated in binary units instead, exactly as configured: src/core/media/limits.ts.)
 */
export function fileSize(bytes: number | null | undefined, locale: string): string {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return ''
  return prettyBytes(bytes, { locale })
}

/** A count as the reader's language writes it ("1 234" / "1,234"). */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en' : 'es-MX').format(value)
}
