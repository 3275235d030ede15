/**
 * The login cookie as Payload's admin sets it (name, path, SameSite, Secure from the users
 * collection's auth settings), for signing in and out of the portal (actions.ts, the sign-out
 * route): the admin, the portal and the download endpoint share one session.
 */
import { payloadClient } from './server'

export async function tokenCookie() {
  const payload = await payloadClient()
  const auth = payload.collections.users.config.auth
  const sameSite = typeof auth.cookies.sameSite === 'string' ? auth.cookies.sameSite : auth.cookies.sameSite ? 'Strict' : undefined
  return {
    payload,
    name: `${payload.config.cookiePrefix}-token`,
    options: {
      path: '/',
      httpOnly: true,
      secure: Boolean(auth.cookies.secure),
      sameSite: sameSite?.toLowerCase() as 'lax' | 'strict' | 'none' | undefined,
      domain: auth.cookies.domain || undefined,
    },
    tokenExpiration: auth.tokenExpiration,
  }
}
