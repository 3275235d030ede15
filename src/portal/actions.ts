'use server'
/**
 * Signing in and out of the portal. Sign-in goes through payload.login and stores the token in
 * the cookie Payload's admin uses (name, path, SameSite, Secure from the users collection's auth
 * settings), so the admin and the download endpoint accept the same session.
 */
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { isFacilitatorLevel } from '@/core/rules/roles'
import { safeLocalPath } from '@/ui/strings'
import { tokenCookie } from './authCookie'

export async function login(formData: FormData) {
  const email = String(formData.get('email') ?? '').trim()
  const password = String(formData.get('password') ?? '')
  const next = safeLocalPath(formData.get('next'), '/portal')
  const back = (error: string) => `/portal/login?error=${error}&next=${encodeURIComponent(next)}`
  if (!email || !password) redirect(back('missing'))

  const { payload, name, options, tokenExpiration } = await tokenCookie()
  let token: string | undefined
  let roles: unknown
  try {
    // The request's headers carry the client address the sign-in limits count by (src/cms/auth/signInLimits.ts).
    const result = await payload.login({ collection: 'users', data: { email, password }, req: { headers: await headers() } as any })
    token = result.token
    roles = result.user?.roles
  } catch {
    // Wrong credentials and locked accounts get the same answer: no hint which one it was.
    redirect(back('failed'))
  }
  if (!token) redirect(back('failed'))
  if (!isFacilitatorLevel({ roles: roles as string[] })) redirect('/portal/login?error=role')
  ;(await cookies()).set(name, token, { ...options, maxAge: tokenExpiration })
  redirect(next.startsWith('/portal') ? next : '/portal')
}

export async function logout() {
  const { name, options } = await tokenCookie()
  ;(await cookies()).set(name, '', { ...options, maxAge: 0 })
  redirect('/portal/login')
}
