/**
 * The quick-exit control of the public pages (techsafety.org guidance; CHI 2023 study of exit
 * buttons): the first focusable element, fixed on screen, a real link to a neutral page so it
 * works without JavaScript. With JavaScript, the click and the Esc key *replace* the current
 * history entry (location.replace), so Back does not return here. Written as a few lines of
 * inline script rather than a client component: it works before React hydrates and ships no
 * extra bundle to the public pages.
 */
export const QUICK_EXIT_ID = 'quick-exit'

export function quickExitTarget(): string {
  return process.env.REEDUCA_QUICK_EXIT_URL || '/tiempo'
}

const script = `(function(){var a=document.getElementById('${QUICK_EXIT_ID}');if(!a)return;var gone=false;function leave(e){if(e)e.preventDefault();if(gone)return;gone=true;document.title='';document.documentElement.style.visibility='hidden';location.replace(a.href)}a.addEventListener('click',leave);document.addEventListener('keydown',function(e){if(e.key==='Escape'||e.key==='Esc')leave(e)})})();`

export function QuickExit({ label, hint }: { label: string; hint: string }) {
  return (
    <>
      <a id={QUICK_EXIT_ID} className="quick-exit" href={quickExitTarget()} rel="noreferrer">
        <span className="quick-exit__label">{label}</span>
        <span className="quick-exit__hint">{hint}</span>
      </a>
      <script dangerouslySetInnerHTML={{ __html: script }} />
    </>
  )
}
