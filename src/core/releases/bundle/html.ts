/**
 * The static HTML edition of a release, for the offline bundle: an index per locale (cover,
 * release notes, what changed, numbered sessions by module, front matter, services, glossary) and
 * one page per session with its players and a session timer. Plain files with relative links and
 * one inline script (offlineScript.ts), nothing from the network: it works opened from disk, and no
 * page refers to another host (a link to a website is printed as text, without its scheme, as the
 * PDF prints it; tel: and mailto: stay links).
 *
 * It lays out the same resolved data as the facilitator manual (`facilitatorManualData`), so the
 * two editions cannot drift apart. Every string is escaped; links are only those the rich-text
 * converter judged safe (http, https, mailto, tel).
 */
import { facilitatorManualData } from '@/core/releases/render/facilitatorManual'
import { languageName } from '@/core/releases/render/strings'
import { timerStorageKey } from '@/core/curriculum/sessionTimer'
import { OFFLINE_SESSION_SCRIPT } from './offlineScript'
import { bundleStrings } from './strings'
import type { RichBlock, RichDocument, RichImage, RichInline } from '@/core/richtext/neutral'
import type { LocaleCode, ReleaseSnapshot, SnapshotFile } from '@/core/releases/snapshot'

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

export const STYLE = `
:root{color-scheme:light;--ink:#1d1d1f;--muted:#5b5b66;--line:#d9d9e0;--accent:#6b2c5f;--safety:#a3161a}
*{box-sizing:border-box}body{margin:0 auto;max-width:52rem;padding:1.5rem;font:1.05rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink)}
a{color:var(--accent)}nav.crumbs{font-size:.9rem;margin-bottom:1rem}h1{font-size:1.7rem;line-height:1.2}h2{margin-top:2rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
.meta{color:var(--muted);font-size:.95rem}table{border-collapse:collapse;width:100%;margin:.8rem 0}th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f1f4}.safety{border:3px solid var(--safety);border-radius:.4rem;padding:.6rem 1rem;background:#fff5f5}.safety h2,.safety h3{color:var(--safety);border:0;margin-top:.2rem}
.note{border-left:4px solid var(--accent);padding:.2rem 1rem;background:#faf7fa}blockquote{border-left:3px solid var(--line);margin:0;padding-left:1rem;color:var(--muted)}
figure{margin:1rem 0}figure img{max-width:100%;height:auto}figcaption{color:var(--muted);font-size:.9rem}video,audio{width:100%}
.caption-line{min-height:3.2em;margin:.3rem 0;padding:.4rem .7rem;background:#1d1d1f;color:#fff;font-size:1.15rem;border-radius:.3rem}
.timer{border:2px solid var(--accent);border-radius:.4rem;padding:.4rem 1rem;margin:1rem 0;background:#faf7fa}.timer h2{margin-top:.3rem;border:0}
.timer button{font:inherit;padding:.4rem .8rem;margin:.2rem .3rem .2rem 0}.timer-over{color:var(--safety);font-weight:600}
tr[aria-current]{outline:3px solid var(--accent);background:#f4e9f2}.sessions li{margin:.2rem 0}
.activity{border-top:1px solid var(--line);margin-top:1.2rem}.label{font-weight:600}.pager{display:flex;justify-content:space-between;margin-top:2rem}
@media print{nav,.pager{display:none}}`

/** An address as printed offline: "https://www.gob.mx/x" → "www.gob.mx/x". */
export const withoutScheme = (url: string) => url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^\/\//, '')

function inline(nodes: RichInline[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'linebreak') return '<br>'
      if (node.type === 'link') {
        // A website is not reachable offline and no page of the bundle refers to another host:
        // its address is printed as text without the scheme, like the PDF prints it.
        if (/^(mailto|tel):/i.test(node.url)) return `<a href="${escapeHtml(node.url)}">${inline(node.children)}</a>`
        const text = inline(node.children)
        const address = withoutScheme(node.url)
        return escapeHtml(address) === text ? `<span class="url">${text}</span>` : `${text} <span class="url">(${escapeHtml(address)})</span>`
      }
      let html = escapeHtml(node.text)
      if (node.code) html = `<code>${html}</code>`
      if (node.bold) html = `<strong>${html}</strong>`
      if (node.italic) html = `<em>${html}</em>`
      if (node.underline) html = `<u>${html}</u>`
      if (node.strike) html = `<s>${html}</s>`
      if (node.sub) html = `<sub>${html}</sub>`
      if (node.sup) html = `<sup>${html}</sup>`
      if (node.highlight) html = `<mark>${html}</mark>`
      return html
    })
    .join('')
}

function image(node: RichImage): string {
  const caption = node.caption ? `<figcaption>${escapeHtml(node.caption)}</figcaption>` : ''
  if (!node.src) return `<figure><p class="meta">[${escapeHtml(node.alt)}]</p>${caption}</figure>`
  return `<figure><img src="${escapeHtml(node.src)}" alt="${escapeHtml(node.alt)}" loading="lazy">${caption}</figure>`
}

function block(node: RichBlock, headingBase: number): string {
  switch (node.type) {
    case 'paragraph': {
      const attrs = [node.rtl ? ' dir="rtl"' : '', node.align && node.align !== 'left' ? ` style="text-align:${node.align}"` : ''].join('')
      return `<p${attrs}>${inline(node.children)}</p>`
    }
    case 'heading': {
      const level = Math.min(6, headingBase + Math.max(0, node.level - 1))
      return `<h${level}${node.rtl ? ' dir="rtl"' : ''}>${inline(node.children)}</h${level}>`
    }
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul'
      const start = node.ordered && node.start !== 1 ? ` start="${node.start}"` : ''
      const items = node.items
        .map((item) => {
          const box = node.checklist ? `${item.checked ? '☑' : '☐'} ` : ''
          return `<li>${box}${item.blocks.map((child) => block(child, headingBase)).join('')}</li>`
        })
        .join('')
      return `<${tag}${start}>${items}</${tag}>`
    }
    case 'quote':
      return `<blockquote>${node.blocks.map((child) => block(child, headingBase)).join('')}</blockquote>`
    case 'table':
      return `<table>${node.rows
        .map(
          (row) =>
            `<tr>${row
              .map((cell) => {
                const tag = cell.header ? 'th' : 'td'
                const span = `${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}`
                return `<${tag}${span}>${cell.blocks.map((child) => block(child, headingBase)).join('')}</${tag}>`
              })
              .join('')}</tr>`,
        )
        .join('')}</table>`
    case 'image':
      return image(node)
    case 'rule':
      return '<hr>'
    case 'code':
      return `<pre><code>${escapeHtml(node.text)}</code></pre>`
  }
}

/** A neutral rich-text document as HTML; headings start at `headingBase` (h3 by default). */
export function richToHtml(document: RichDocument, headingBase = 3): string {
  return document.map((node) => block(node, headingBase)).join('\n')
}

function page(args: { lang: string; title: string; body: string; crumbs?: string; script?: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(args.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(args.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${args.crumbs ? `<nav class="crumbs">${args.crumbs}</nav>` : ''}
<main>
${args.body}
</main>
${args.script ? `<script>${args.script}</script>` : ''}
</body>
</html>
`
}

export const sessionPageName = (number: number) => `session-${String(number).padStart(2, '0')}.html`

/** Media a page can play or show, by snapshot file path → its path inside the bundle. */
export interface BundleMedia {
  /** Relative to the locale folder, e.g. "../media/12-vineta.webm". */
  href(file: SnapshotFile | null | undefined): string | null
  /**
   * Captions of a resource: the .vtt file relative to the locale folder (a link to keep it), the
   * WebVTT text (carried inside the page as a data: URL) and its cues ([start, end, text], for
   * browsers that refuse the track).
   */
  captions(resourceId: string): BundleCaption[]
}

export interface BundleCaption {
  language: string
  href: string
  vtt?: string
  cues?: [number, number, string][]
}

/** JSON inside an HTML attribute or script: nothing in it can close the element. */
const jsonAttribute = (value: unknown) => escapeHtml(JSON.stringify(value))

const dataUrl = (vtt: string) => `data:text/vtt;charset=utf-8;base64,${Buffer.from(vtt, 'utf8').toString('base64')}`

export interface HtmlPage {
  /** Relative to the locale folder. */
  name: string
  html: string
}

/** Every page of one locale: index.html and one page per session. */
export function renderHtmlEdition(
  snapshot: ReleaseSnapshot,
  locale: LocaleCode,
  media: BundleMedia,
  pdfs: { edition: string; href: string }[] = [],
  releaseId: string = snapshot.release.version,
): HtmlPage[] {
  const data = facilitatorManualData(snapshot, locale, {
    resolveImage: (file) => (file.mimeType.startsWith('image/') ? media.href(file) : null),
  })
  const ui = data.ui
  const words = bundleStrings(locale)
  let playerCount = 0
  const lang = locale
  const title = `${data.cover.track} · ${ui.version} ${data.cover.version}`
  const home = `<a href="../index.html">⌂</a> · <a href="index.html">${escapeHtml(data.cover.track)} ${escapeHtml(data.cover.version)}</a>`

  const sessions = data.sessions.map((session, index) => {
    const snapshotSession = snapshot.sessions[index]
    const previous = data.sessions[index - 1]
    const next = data.sessions[index + 1]
    const players = (snapshotSession?.resourceIds ?? [])
      .map((id) => snapshot.resources.find((resource) => resource.id === id))
      .filter((resource) => resource && (resource.kind === 'video' || resource.kind === 'audio') && media.href(resource.file))
      .map((resource) => {
        const tag = resource!.kind === 'video' ? 'video' : 'audio'
        const id = `player-${++playerCount}`
        const captions = media.captions(resource!.id)
        const shown = captions.find((c) => c.language === locale) ?? captions[0]
        const tracks = captions
          .map((caption) => {
            const label = languageName(caption.language, locale)
            // The cues travel inside the page: a track's src to a file is refused from file://.
            const src = caption.vtt !== undefined ? dataUrl(caption.vtt) : caption.href
            const cues = caption.cues ? ` data-cues="${jsonAttribute(caption.cues)}"` : ''
            return `<track kind="captions" srclang="${escapeHtml(caption.language)}" label="${escapeHtml(label)}" src="${escapeHtml(src)}"${cues}${caption === shown ? ' default' : ''}>`
          })
          .join('')
        const title = resource!.title[locale] ?? Object.values(resource!.title)[0] ?? ''
        // An audio player never draws captions: a caption line under it shows the current cue.
        const line = tag === 'audio' && captions.length ? `<p class="caption-line" data-caption-for="${id}" aria-label="${escapeHtml(words.captionLine)}"></p>` : ''
        const files = captions.length
          ? `<p class="meta">${escapeHtml(words.captionsFile)}: ${captions.map((c) => `<a href="${escapeHtml(c.href)}" download>${escapeHtml(languageName(c.language, locale))} (.vtt)</a>`).join(' · ')}</p>`
          : ''
        return `<figure><${tag} id="${id}" controls preload="metadata" data-captioned src="${escapeHtml(media.href(resource!.file))}">${tracks}</${tag}>${line}<figcaption>${escapeHtml(title)}${captions.some((c) => c.language === locale) ? '' : ` · ${escapeHtml(words.captionsOff)}`}</figcaption>${files}</figure>`
      })
    const timerData = {
      key: timerStorageKey({ kind: 'release', releaseId, number: session.number }),
      totalMinutes: Number(session.totalMinutes),
      activities: session.agenda.map((row) => ({ title: row.title, minutes: Number(row.minutes) })),
      labels: { start: words.start, pause: words.pause, resume: words.resume, done: words.done, over: words.over, resetConfirm: words.resetConfirm },
    }
    const timer =
      `<section class="timer" id="timer" aria-labelledby="timer-title" data-timer="${jsonAttribute(timerData)}" hidden>` +
      `<h2 id="timer-title">${escapeHtml(words.timer)}</h2>` +
      `<p><span class="label">${escapeHtml(words.now)}:</span> <span data-t="title"></span> · <span data-t="activity"></span></p>` +
      `<p><span class="label">${escapeHtml(words.total)}:</span> <span data-t="total"></span></p>` +
      `<p class="timer-over" data-t="over" role="status" hidden></p>` +
      `<p><button type="button" data-t="toggle">${escapeHtml(words.start)}</button><button type="button" data-t="previous">${escapeHtml(words.previous)}</button><button type="button" data-t="next">${escapeHtml(words.next)}</button><button type="button" data-t="reset">${escapeHtml(words.reset)}</button></p>` +
      `</section><noscript><p class="meta">${escapeHtml(words.noScript)}</p></noscript>`
    const parts: string[] = [
      `<h1>${escapeHtml(session.heading)}</h1>`,
      `<p class="meta">${escapeHtml(session.meta)}</p>`,
    ]
    if (session.contentNotes) parts.push(`<p class="note"><span class="label">${escapeHtml(ui.contentNotes)}:</span> ${escapeHtml(session.contentNotes)}</p>`)
    if (session.objectives.length) parts.push(`<h2>${escapeHtml(ui.objectives)}</h2><ul>${session.objectives.map((o) => `<li>${escapeHtml(o)}</li>`).join('')}</ul>`)
    if (session.materials) parts.push(`<h2>${escapeHtml(ui.materials)}</h2><p>${escapeHtml(session.materials)}</p>`)
    parts.push(
      `<h2>${escapeHtml(ui.agenda)}</h2><table><thead><tr><th>${escapeHtml(ui.start)}</th><th>${escapeHtml(ui.activity)}</th><th>${escapeHtml(ui.kind)}</th><th>${escapeHtml(ui.minutes)}</th></tr></thead><tbody>${session.agenda
        .map((row, i) => `<tr data-activity-index="${i}"><td>${escapeHtml(row.start)}</td><td>${escapeHtml(row.title)}</td><td>${escapeHtml(row.kind)}</td><td>${escapeHtml(row.minutes)}</td></tr>`)
        .join('')}<tr><th colspan="3">${escapeHtml(ui.total)}</th><th>${escapeHtml(session.totalMinutes)}</th></tr></tbody></table>`,
      timer,
    )
    if (session.safetyNotes.length) {
      parts.push(`<section class="safety"><h2>⚠ ${escapeHtml(ui.safetyNotes)}</h2>${richToHtml(session.safetyNotes)}</section>`)
    }
    parts.push(`<h2>${escapeHtml(ui.activities)}</h2>`)
    for (const activity of session.activities) {
      parts.push(
        `<section class="activity"><h3>${escapeHtml(activity.heading)}</h3><p class="meta">${escapeHtml(activity.meta)}${activity.resource ? ` · ${escapeHtml(activity.resource)}` : ''}</p>` +
          (activity.instructions.length ? `<p class="label">${escapeHtml(ui.facilitatorInstructions)}</p>${richToHtml(activity.instructions, 4)}` : '') +
          (activity.participant.length ? `<p class="label">${escapeHtml(ui.participantContent)}</p><div class="note">${richToHtml(activity.participant, 4)}</div>` : '') +
          `</section>`,
      )
    }
    if (session.facilitatorNotes.length) parts.push(`<h2>${escapeHtml(ui.facilitatorNotes)}</h2>${richToHtml(session.facilitatorNotes)}`)
    if (session.handouts.length) {
      parts.push(`<h2>${escapeHtml(ui.handouts)}</h2>`)
      for (const handout of session.handouts) {
        parts.push(`<h3>${escapeHtml(handout.title)}</h3>${richToHtml(handout.body, 4)}${handout.image ? image(handout.image) : ''}${handout.file ? `<p class="meta">${escapeHtml(ui.attachedFile)}: ${escapeHtml(handout.file)}</p>` : ''}`)
      }
    }
    if (session.resources.length || players.length) {
      parts.push(`<h2>${escapeHtml(ui.resources)}</h2>${players.join('')}`)
      for (const resource of session.resources) {
        parts.push(
          `<h3>${escapeHtml(resource.title)}</h3><p class="meta">${escapeHtml(resource.meta)}</p>` +
            (resource.description ? `<p>${escapeHtml(resource.description)}</p>` : '') +
            (resource.captions ? `<p class="meta">${escapeHtml(resource.captions)}</p>` : '') +
            (resource.credits ? `<p class="meta">${escapeHtml(resource.credits)}</p>` : '') +
            (resource.image ? image(resource.image) : ''),
        )
      }
    }
    parts.push(
      `<nav class="pager"><span>${previous ? `<a href="${sessionPageName(previous.number)}">← ${escapeHtml(previous.heading)}</a>` : ''}</span><span>${next ? `<a href="${sessionPageName(next.number)}">${escapeHtml(next.heading)} →</a>` : ''}</span></nav>`,
    )
    return { name: sessionPageName(session.number), html: page({ lang, title: `${session.heading} · ${title}`, body: parts.join('\n'), crumbs: home, script: OFFLINE_SESSION_SCRIPT }) }
  })

  const index: string[] = [
    `<p class="meta">${escapeHtml(data.cover.institution)}</p>`,
    `<h1>${escapeHtml(data.cover.programme)}</h1>`,
    `<p><strong>${escapeHtml(data.cover.track)}</strong> · ${escapeHtml(ui.facilitatorManual)} · ${escapeHtml(ui.version)} ${escapeHtml(data.cover.version)}</p>`,
    `<p class="meta">${escapeHtml(ui.published)}: ${escapeHtml(data.cover.date)} · ${escapeHtml(ui.language)}: ${escapeHtml(data.cover.language)}</p>`,
    `<p class="note">${escapeHtml(ui.facilitatorsOnly)}</p>`,
  ]
  if (pdfs.length) {
    const label = (edition: string) => (edition === 'facilitator-manual' ? words.manualPdf : edition === 'participant-workbook' ? words.workbookPdf : edition)
    index.push(`<ul>${pdfs.map((pdf) => `<li><a href="${escapeHtml(pdf.href)}">${escapeHtml(label(pdf.edition))}</a></li>`).join('')}</ul>`)
  }
  // The sessions, numbered, under their modules in the modules' order (as the manual's parts).
  const item = (s: (typeof data.sessions)[number]) =>
    `<li><a href="${sessionPageName(s.number)}">${escapeHtml(words.session)} ${s.number}. ${escapeHtml(s.title)}</a></li>`
  const groups = snapshot.modules
    .map((module) => ({ module, sessions: data.sessions.filter((_, i) => snapshot.sessions[i]?.moduleId === module.id) }))
    .filter((group) => group.sessions.length)
  const grouped = new Set(groups.flatMap((group) => group.sessions))
  const loose = data.sessions.filter((s) => !grouped.has(s))
  index.push(`<h2>${escapeHtml(words.sessions)}</h2>`)
  if (!groups.length) index.push(`<ul class="sessions">${data.sessions.map(item).join('')}</ul>`)
  for (const group of groups) {
    const moduleTitle = group.module.title[locale] ?? Object.values(group.module.title)[0] ?? ''
    index.push(`<h3>${escapeHtml(data.groupFormat ? ui.theme : words.module)} ${group.module.order}. ${escapeHtml(moduleTitle)}</h3><ul class="sessions">${group.sessions.map(item).join('')}</ul>`)
  }
  if (groups.length && loose.length) index.push(`<h3>${escapeHtml(words.otherSessions)}</h3><ul class="sessions">${loose.map(item).join('')}</ul>`)
  if (data.notes.body.length) index.push(`<h2>${escapeHtml(data.notes.heading)}</h2>${richToHtml(data.notes.body)}`)
  index.push(`<h2>${escapeHtml(data.changes.heading)}</h2>`)
  if (data.changes.intro) index.push(`<p>${escapeHtml(data.changes.intro)}</p>`)
  for (const group of data.changes.groups) index.push(`<h3>${escapeHtml(group.label)}</h3><ul>${group.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`)
  // An open group's format (issue 20, part 4), as the manual prints it before the chapters.
  if (data.groupFormat) {
    const format = data.groupFormat
    index.push(`<h2>${escapeHtml(format.heading)}</h2><p><strong>${escapeHtml(format.line)}</strong></p>`)
    if (format.guidance) index.push(`<p>${escapeHtml(format.guidance)}</p>`)
    index.push(`<ul>${format.themes.map((theme) => `<li>${escapeHtml(theme)}</li>`).join('')}</ul>`)
  }
  // The front-matter chapters, as the manual prints them before the sessions.
  for (const chapter of data.chapters) index.push(`<h2>${escapeHtml(chapter.heading)}</h2>${richToHtml(chapter.body, 2)}`)
  if (data.services.length) {
    index.push(`<h2>${escapeHtml(data.servicesHeading)}</h2><p>${escapeHtml(ui.servicesIntro)}</p>`)
    for (const region of data.services) {
      index.push(`<h3>${escapeHtml(region.region)}</h3>`)
      for (const service of region.items) {
        index.push(
          `<p><strong>${escapeHtml(service.name)}</strong>${service.meta ? ` <span class="meta">${escapeHtml(service.meta)}</span>` : ''}<br>` +
            service.lines
              .map((line) => {
                // tel: dials from a phone; a website is printed without its scheme (no other host).
                if (line.url && /^(tel|mailto):/i.test(line.url)) return `${escapeHtml(line.label)}: <a href="${escapeHtml(line.url)}">${escapeHtml(line.value)}</a>`
                return `${escapeHtml(line.label)}: ${escapeHtml(line.url ? withoutScheme(line.value) : line.value)}`
              })
              .join('<br>') +
            (service.description ? `<br>${escapeHtml(service.description)}` : '') +
            `</p>`,
        )
      }
    }
  }
  if (data.glossary.length) {
    index.push(`<h2>${escapeHtml(data.glossaryHeading)}</h2><dl>${data.glossary.map((entry) => `<dt>${escapeHtml(entry.term)}</dt><dd>${escapeHtml(entry.definition)}</dd>`).join('')}</dl>`)
  }
  return [{ name: 'index.html', html: page({ lang, title, body: index.join('\n'), crumbs: `<a href="../index.html">⌂</a>` }) }, ...sessions]
}

/** The bundle's front page: one link per locale. */
export function renderBundleHome(snapshot: ReleaseSnapshot, labels: { locale: string; label: string }[]): string {
  const first = snapshot.release.locales[0]
  const track = snapshot.track.title[first] ?? Object.values(snapshot.track.title)[0] ?? snapshot.track.slug
  // Each language offered in its own words, and that language's title of the track.
  const body = `<h1>${escapeHtml(track)} · ${escapeHtml(snapshot.release.version)}</h1><ul>${labels
    .map((entry) => {
      const title = snapshot.track.title[entry.locale]
      return `<li lang="${escapeHtml(entry.locale)}"><a href="${escapeHtml(entry.locale)}/index.html" hreflang="${escapeHtml(entry.locale)}">${escapeHtml(entry.label)}</a>${title && entry.locale !== first ? ` · ${escapeHtml(title)}` : ''}</li>`
    })
    .join('')}</ul>`
  return page({ lang: first, title: `${track} ${snapshot.release.version}`, body })
}
