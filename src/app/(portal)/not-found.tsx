import { currentLanguage } from '@/portal/server'

/** The same answer for "no such page" and "not yours": nothing about what exists is revealed. */
export default async function NotFound() {
  const { t } = await currentLanguage()
  return (
    <main id="main" className="page">
      <title>{t.notFoundTitle}</title>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <a href="/portal">{t.backToPortal}</a>
      </p>
    </main>
  )
}
