/**
 * The static HTML edition of a release, for the offline bundle: an index per locale (cover,
 * release notes, what changed, sessions, services, glossary) and one page per session. Plain
 * files with relative links, no script, no network: it works opened from disk.
 *
 * It lays out the same resolved data as the facilitator manual (`facilitatorManualData`), so the
 * two editions cannot drift apart. Every string is escaped; links are only those the rich-text
 * converter judged safe (http, https, mailto, tel).
 */
import { facilitatorManualData } from '@/core/releases/render/facilitatorManual'
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
.activity{border-top:1px solid var(--line);margin-top:1.2rem}.label{font-weight:600}.pager{display:flex;justify-content:space-between;margin-top:2rem}
@media print{nav,.pager{display:none}}`

function inline(nodes: RichInline[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'linebreak') return '<br>'
      if (node.type === 'link') return `<a href="${escapeHtml(node.url)}" rel="noopener noreferrer">${inline(node.children)}</a>`
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

function page(args: { lang: string; title: string; body: string; crumbs?: string }): string {
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
</body>
</html>
`
}

export const sessionPageName = (number: number) => `session-${String(number).padStart(2, '0')}.html`

/** Media a page can play or show, by snapshot file path → its path inside the bundle. */
export interface BundleMedia {
  /** Relative to the locale folder, e.g. "../media/12-vineta.webm". */
  href(file: SnapshotFile | null | undefined): string | null
  /** Caption files of a resource, relative to the locale folder. */
  captions(resourceId: string): { language: string; href: string }[]
}

export interface HtmlPage {
  /** Relative to the locale folder. */
  name: string
  html: string
}

/** Every page of one locale: index.html and one page per session. */
export function renderHtmlEdition(snapshot: ReleaseSnapshot, locale: LocaleCode, media: BundleMedia, pdfs: { label: string; href: string }[] = []): HtmlPage[] {
  const data = facilitatorManualData(snapshot, locale, {
    resolveImage: (file) => (file.mimeType.startsWith('image/') ? media.href(file) : null),
  })
  const ui = data.ui
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
        const tracks = media
          .captions(resource!.id)
          .map((caption, i) => `<track kind="captions" srclang="${escapeHtml(caption.language)}" label="${escapeHtml(caption.language)}" src="${escapeHtml(caption.href)}"${caption.language === locale || (i === 0 && !media.captions(resource!.id).some((c) => c.language === locale)) ? ' default' : ''}>`)
          .join('')
        return `<figure><${tag} controls preload="none" src="${escapeHtml(media.href(resource!.file))}">${tracks}</${tag}><figcaption>${escapeHtml(resource!.title[locale] ?? Object.values(resource!.title)[0] ?? '')}</figcaption></figure>`
      })
    const parts: string[] = [
      `<h1>${escapeHtml(session.heading)}</h1>`,
      `<p class="meta">${escapeHtml(session.meta)}</p>`,
    ]
    if (session.contentNotes) parts.push(`<p class="note"><span class="label">${escapeHtml(ui.contentNotes)}:</span> ${escapeHtml(session.contentNotes)}</p>`)
    if (session.objectives.length) parts.push(`<h2>${escapeHtml(ui.objectives)}</h2><ul>${session.objectives.map((o) => `<li>${escapeHtml(o)}</li>`).join('')}</ul>`)
    if (session.materials) parts.push(`<h2>${escapeHtml(ui.materials)}</h2><p>${escapeHtml(session.materials)}</p>`)
    parts.push(
      `<h2>${escapeHtml(ui.agenda)}</h2><table><thead><tr><th>${escapeHtml(ui.start)}</th><th>${escapeHtml(ui.activity)}</th><th>${escapeHtml(ui.kind)}</th><th>${escapeHtml(ui.minutes)}</th></tr></thead><tbody>${session.agenda
        .map((row) => `<tr><td>${escapeHtml(row.start)}</td><td>${escapeHtml(row.title)}</td><td>${escapeHtml(row.kind)}</td><td>${escapeHtml(row.minutes)}</td></tr>`)
        .join('')}<tr><th colspan="3">${escapeHtml(ui.total)}</th><th>${escapeHtml(session.totalMinutes)}</th></tr></tbody></table>`,
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
    return { name: sessionPageName(session.number), html: page({ lang, title: `${session.heading} · ${title}`, body: parts.join('\n'), crumbs: home }) }
  })

  const index: string[] = [
    `<p class="meta">${escapeHtml(data.cover.institution)}</p>`,
    `<h1>${escapeHtml(data.cover.programme)}</h1>`,
    `<p><strong>${escapeHtml(data.cover.track)}</strong> · ${escapeHtml(ui.facilitatorManual)} · ${escapeHtml(ui.version)} ${escapeHtml(data.cover.version)}</p>`,
    `<p class="meta">${escapeHtml(ui.published)}: ${escapeHtml(data.cover.date)} · ${escapeHtml(ui.language)}: ${escapeHtml(data.cover.language)}</p>`,
    `<p class="note">${escapeHtml(ui.facilitatorsOnly)}</p>`,
  ]
  if (pdfs.length) index.push(`<ul>${pdfs.map((pdf) => `<li><a href="${escapeHtml(pdf.href)}">${escapeHtml(pdf.label)}</a> (PDF)</li>`).join('')}</ul>`)
  index.push(`<h2>${escapeHtml(ui.toc)}</h2><ol>${data.sessions.map((s) => `<li value="${s.number}"><a href="${sessionPageName(s.number)}">${escapeHtml(s.title)}</a></li>`).join('')}</ol>`)
  if (data.notes.body.length) index.push(`<h2>${escapeHtml(data.notes.heading)}</h2>${richToHtml(data.notes.body)}`)
  index.push(`<h2>${escapeHtml(data.changes.heading)}</h2>`)
  if (data.changes.intro) index.push(`<p>${escapeHtml(data.changes.intro)}</p>`)
  for (const group of data.changes.groups) index.push(`<h3>${escapeHtml(group.label)}</h3><ul>${group.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`)
  // The front-matter chapters, as the manual prints them before the sessions.
  for (const chapter of data.chapters) index.push(`<h2>${escapeHtml(chapter.heading)}</h2>${richToHtml(chapter.body, 2)}`)
  if (data.services.length) {
    index.push(`<h2>${escapeHtml(data.servicesHeading)}</h2><p>${escapeHtml(ui.servicesIntro)}</p>`)
    for (const region of data.services) {
      index.push(`<h3>${escapeHtml(region.region)}</h3>`)
      for (const service of region.items) {
        index.push(
          `<p><strong>${escapeHtml(service.name)}</strong>${service.meta ? ` <span class="meta">${escapeHtml(service.meta)}</span>` : ''}<br>` +
            service.lines.map((line) => `${escapeHtml(line.label)}: ${line.url ? `<a href="${escapeHtml(line.url)}">${escapeHtml(line.value)}</a>` : escapeHtml(line.value)}`).join('<br>') +
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
  const body = `<h1>${escapeHtml(track)} · ${escapeHtml(snapshot.release.version)}</h1><ul>${labels
    .map((entry) => `<li><a href="${escapeHtml(entry.locale)}/index.html" hreflang="${escapeHtml(entry.locale)}">${escapeHtml(entry.label)}</a></li>`)
    .join('')}</ul>`
  return page({ lang: first, title: `${track} ${snapshot.release.version}`, body })
}
