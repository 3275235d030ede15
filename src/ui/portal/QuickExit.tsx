/**
 * The quick-exit control of the public pages (techsafety.org agency website safety tips; Turk et
 * al., "Click Here to Exit: An Evaluation of Quick Exit Buttons", CHI 2023): the first focusable
 * element, fixed on screen, a real link to an ordinary outside site (a search page by default,
 * `REEDUCA_QUICK_EXIT_URL` to change it), so without JavaScript it still leads away at once.
 *
 * With JavaScript it also leaves no way back. Replacing the current history entry alone
 * (`location.replace`) leaves the pages visited before it one Back away, so:
 * - while she browses, the site keeps to ONE entry of the tab's history: links to this site and
 *   the directory's filters replace the current entry instead of adding one;
 * - the exit replaces that entry with the outside site and deletes this site's cookies;
 * - if the tab still holds earlier entries of this site (pages opened by typing the address, or
 *   before the script ran), the exit first goes back to the earliest of them (the Navigation
 *   API's list of this site's entries: Chromium, and Firefox, which has that API; both tried in
 *   tests/e2e/survivor.test.ts) and replaces that one, so Back from the outside site leads to
 *   whatever was before this site. A flag in sessionStorage, read within 15 s, carries the exit
 *   across that step.
 * What no page can reach — the browser's history list, other tabs, earlier entries in a browser
 * without the Navigation API — the safety notice says plainly.
 *
 * Written as a few lines of inline script rather than a client component: it runs before React
 * hydrates, while the page is still loading, and ships no extra bundle to the public pages.
 */
export const QUICK_EXIT_ID = 'quick-exit'

/** An ordinary outside page: a web search for the weather. */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.google.com/search?q=clima'

export function quickExitTarget(): string {
  return process.env.REEDUCA_QUICK_EXIT_URL || DEFAULT_QUICK_EXIT_URL
}

/** Cookies this site sets on a visitor's device; the exit deletes them. */
export const PUBLIC_COOKIES = ['reeduca-lang', 'reeduca-filtros']

const script = `(function(){
var a=document.getElementById('${QUICK_EXIT_ID}');if(!a)return;
var KEY='reeduca-exit',nav=window.navigation,gone=false;
function hide(){document.title='';document.documentElement.style.visibility='hidden'}
function forget(){${JSON.stringify(PUBLIC_COOKIES)}.forEach(function(n){document.cookie=n+'=; Max-Age=0; Path=/; SameSite=Lax'})}
function firstEntry(){try{if(!nav||!nav.entries||!nav.currentEntry)return null;var e=nav.entries();return e.length&&e[0].index<nav.currentEntry.index?e[0]:null}catch(x){return null}}
function leave(ev){if(ev)ev.preventDefault();if(gone)return;gone=true;hide();forget();
var first=firstEntry();
if(first){try{sessionStorage.setItem(KEY,JSON.stringify({to:a.href,at:Date.now()}));nav.traverseTo(first.key);return}catch(x){}}
location.replace(a.href)}
function resume(){try{var raw=sessionStorage.getItem(KEY);if(!raw)return;sessionStorage.removeItem(KEY);var j=JSON.parse(raw);if(Date.now()-j.at<15000&&typeof j.to==='string'){gone=true;hide();location.replace(j.to)}}catch(x){}}
resume();
addEventListener('pageshow',function(e){if(e.persisted){gone=false;document.documentElement.style.visibility='';resume()}});
a.addEventListener('click',leave);
document.addEventListener('keydown',function(e){if(e.key==='Escape'||e.key==='Esc')leave(e)});
document.addEventListener('click',function(e){if(gone||e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;
var l=e.target&&e.target.closest?e.target.closest('a[href]'):null;if(!l||l===a||l.target||l.hasAttribute('download'))return;
var u=new URL(l.href,location.href);if(u.origin!==location.origin||(u.pathname===location.pathname&&u.search===location.search&&u.hash))return;
e.preventDefault();location.replace(u.href)});
document.addEventListener('submit',function(e){var f=e.target;if(gone||!f||!f.hasAttribute('data-replace')||e.defaultPrevented)return;e.preventDefault();
fetch(f.action,{method:'POST',body:new URLSearchParams(new FormData(f)),credentials:'same-origin',redirect:'manual'}).then(function(){location.replace(f.getAttribute('data-replace'))},function(){f.submit()})});
})();`

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
