import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { PortalShell } from '@/ui/portal/PortalShell'
import { isFacilitatorLevel } from '@/core/rules/roles'
import { login } from '@/portal/actions'
import { safeLocalPath } from '@/ui/strings'
import { currentLanguage, currentUser } from '@/portal/server'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  return { title: `${t.login} · Reeduca` }
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { lang, t } = await currentLanguage()
  const params = await searchParams
  const next = safeLocalPath(params.next, '/portal')
  const user = await currentUser()
  if (user && isFacilitatorLevel(user) && !params.error) redirect(next)
  const error = params.error === 'role' ? t.noRole : params.error ? t.loginFailed : null
  return (
    <PortalShell lang={lang} t={t} here={`/portal/login${params.next ? `?next=${encodeURIComponent(next)}` : ''}`}>
      <h1>{t.loginHeading}</h1>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <form action={login} className="login card">
        <input type="hidden" name="next" value={next} />
        <label>
          {t.email}
          <input type="email" name="email" autoComplete="username" required />
        </label>
        <label>
          {t.password}
          <input type="password" name="password" autoComplete="current-password" required />
        </label>
        <button type="submit" className="button button--big">
          {t.login}
        </button>
      </form>
    </PortalShell>
  )
}
