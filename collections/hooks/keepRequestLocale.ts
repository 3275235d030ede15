import type { PayloadRequest } from 'payload'

/**
 * Runs reads through the Local API on the request being served, then gives the request its own
 * locale back. Why: a Local API call given `req` sets `req.locale` (and `fallbackLocale`) to the
 * locale it was asked for, for good. After a read in `locale: 'all'` inside a hook, Payload goes
 * on to store the document being saved as if every localized value were a map of locales: a
 * release's notes written in Spanish were stored under a locale named "root" and lost.
 */
export async function keepingRequestLocale<T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await read()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
