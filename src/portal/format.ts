/** Small formatting rules of the portal and public pages, kept apart so unit tests can call them. */

/** A phone number as a tel: URI (digits and a leading +): tapping it calls on a phone. */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`
}

/** "12:05", "152:30": minutes and seconds, like the session's own "150:00"; never negative. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`
}
