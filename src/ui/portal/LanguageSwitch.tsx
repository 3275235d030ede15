import type { UILanguage } from '@/ui/strings'
import { STRINGS } from '@/ui/strings'

/** A link to the other language; `here` is the page to come back to. */
export function LanguageSwitch({ lang, here }: { lang: UILanguage; here: string }) {
  const other: UILanguage = lang === 'es' ? 'en' : 'es'
  return (
    <a
      className="language-switch"
      href={`/idioma?lang=${other}&next=${encodeURIComponent(here)}`}
      hrefLang={other}
      lang={other}
      aria-label={`${STRINGS[lang].switchLanguage}: ${STRINGS[other].languageName}`}
    >
      {STRINGS[lang].otherLanguage}
    </a>
  )
}
