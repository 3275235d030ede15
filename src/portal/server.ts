/**
 * What every portal and public page needs on the server: the Payload instance, the interface
 * language from its cookie, and the signed-in user (from Payload's own auth cookie, so the
 * portal, the admin and the download endpoint share one login).
 */
import config from '@payload-config'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'
import type { Payload } from 'payload'

import type { User } from '@payload-types'
import { isFacilitatorLevel } from '@/core/rules/roles'
import { helpLines, type HelpLines } from './publicHelp'
import { LANGUAGE_COOKIE, STRINGS, toLanguage, type Strings, type UILanguage } from '@/ui/strings'

export const payloadClient = (): Promise<Payload> => getPayload({ config })

export async function currentLanguage(): Promise<{ lang: UILanguage; t: Strings }> {
  const lang = toLanguage((await cookies()).get(LANGUAGE_COOKIE)?.value)
  return { lang, t: STRINGS[lang] }
}

/** What every public page starts from: the language and the help lines of its first screen. */
export async function publicPageContext(): Promise<{ lang: UILanguage; t: Strings; help: HelpLines; payload: Payload }> {
  const [{ lang, t }, payload] = await Promise.all([currentLanguage(), payloadClient()])
  return { lang, t, help: await helpLines(payload, lang), payload }
}

export async function currentUser(): Promise<User | null> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return (user as User | null) ?? null
}

/**
 * The signed-in user with a role, or a redirect to the login page (which comes back to `here`).
 * Every portal page starts with this; the data it then reads goes through the access rules with
 * this user, so track scoping is Payload's, not the page's.
 */
export async function requireFacilitator(here: string): Promise<User> {
  const user = await currentUser()
  if (!user) redirect(`/portal/login?next=${encodeURIComponent(here)}`)
  if (!isFacilitatorLevel(user)) redirect('/portal/login?error=role')
  return user
}

// Kept in data.ts (no Next or config import there, so the data layer runs in integration tests).
export { isNotFoundOrForbidden } from './data'
