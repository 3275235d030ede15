/**
 * Typst sources of the printed editions, kept as strings in TypeScript so they travel with the
 * code into any bundle (Next, a job worker) with no file to locate at run time.
 *
 * The one rule for whoever edits them: content reaches a template only as values read from
 * `/data.json` (strings, arrays, dictionaries) and is printed as values. Never build Typst
 * source from content, never `eval`: that is what keeps `#read("/etc/passwd")` written in a
 * session title a harmless line of text.
 */

/** Shared helpers: colours, the rich-text walker, image and notice blocks. */
export const COMMON_TYP = String.raw`
#let sans = ("DejaVu Sans", "Noto Emoji")
#let serif = ("Libertinus Serif", "DejaVu Sans", "Noto Emoji")
#let accent = rgb("#1f4e79")
#let soft = rgb("#eef4fa")
#let muted = luma(90)
#let safety-red = rgb("#a4161a")
#let safety-fill = rgb("#fdecea")
#let notice-fill = rgb("#fff6dc")
#let notice-line = rgb("#b07d00")

// A run of rich text: strings become text, flags become strong/emph/underline/strike.
#let rt-inline(n) = {
  if n.type == "text" {
    let body = if n.at("code", default: false) { raw(n.text) } else { text(n.text) }
    if n.at("bold", default: false) { body = strong(body) }
    if n.at("italic", default: false) { body = emph(body) }
    // Struck or underlined, not both: PDF/UA-1 cannot tag the two together (strike wins: it
    // says the text is withdrawn).
    if n.at("strike", default: false) { body = strike(body) } else if n.at("underline", default: false) { body = underline(body) }
    if n.at("sub", default: false) { body = sub(body) }
    if n.at("sup", default: false) { body = super(body) }
    if n.at("highlight", default: false) { body = highlight(body) }
    body
  } else if n.type == "linebreak" {
    linebreak()
  } else if n.type == "link" {
    let label = if n.children.len() == 0 { text(n.url) } else { [#for c in n.children { rt-inline(c) }] }
    link(n.url, text(fill: accent, underline(label)))
  }
}

#let inlines(xs) = [#for n in xs { rt-inline(n) }]

// A labelled value that may be a link (phone numbers, websites).
#let field-value(row) = {
  let url = row.at("url", default: none)
  if url != none { link(url, text(fill: accent, row.value)) } else { text(row.value) }
}

// An image with its caption; when the file could not be read, its alt text in a dashed box.
#let image-block(x, ui, width: 75%) = {
  let caption = if x.caption != "" { text(x.caption) } else { none }
  if x.src != none {
    let share = (width / 100%) * (if x.at("portrait", default: false) { 0.6 } else { 1 })
    // Every image has alt text (PDF/UA-1 refuses one without): the author's, else its caption,
    // else words saying it has none.
    let alt = if x.alt != "" { x.alt } else if x.caption != "" { x.caption } else { ui.imageWithoutAlt }
    // Natural size, but never wider than its share of the column: small pictures stay small.
    let body = layout(size => {
      let natural = image(x.src, alt: alt)
      let limit = size.width * share
      if measure(natural).width > limit { image(x.src, alt: alt, width: limit) } else { natural }
    })
    figure(body, kind: image, caption: caption, numbering: none, supplement: none)
  } else {
    block(width: 100%, inset: 8pt, radius: 2pt, stroke: (paint: luma(150), thickness: 0.6pt, dash: "dashed"), {
      text(fill: muted, if x.alt != "" { ui.imageMissing + ": " + x.alt } else { ui.imageMissing })
      if caption != none { linebreak(); emph(caption) }
    })
  }
}

// The neutral rich-text tree (src/core/richtext/neutral.ts). base: the level of the heading the
// text sits under; the author's own headings (renumbered from 1 without gaps, common.ts) nest
// below it, so no level is skipped (PDF/UA-1). They are never outlined or bookmarked.
#let rt(x, ui, base: 3, depth: 0) = {
  if type(x) == array {
    for (i, b) in x.enumerate() {
      if i > 0 { parbreak() }
      rt(b, ui, base: base, depth: depth)
    }
  } else if x.type == "paragraph" {
    let body = inlines(x.children)
    if x.at("rtl", default: false) {
      body = block(width: 100%, { set text(dir: rtl); body })
    }
    let al = x.at("align", default: "left")
    if al == "center" { align(center, body) } else if al == "right" { align(right, body) } else { body }
  } else if x.type == "heading" {
    heading(level: base + x.level, outlined: false, bookmarked: false, inlines(x.children))
  } else if x.type == "list" {
    // Typst's own list and enum: tagged as a list (L, LI, Lbl, LBody) that a screen reader
    // announces as one, with its number of items. A checklist is a list whose items start with
    // their box.
    let check = x.at("checklist", default: false)
    let items = x.items.map(it => {
      let body = [#rt(it.blocks, ui, base: base, depth: depth + 1)]
      if check { [#(if it.at("checked", default: false) { "☑" } else { "☐" }) #body] } else { body }
    })
    if x.ordered and not check {
      enum(numbering: ("1.", "a.", "i.").at(calc.rem(depth, 3)), start: x.start, ..items)
    } else {
      list(marker: if check { [] } else { ("•", "◦", "▪").at(calc.rem(depth, 3)) }, ..items)
    }
  } else if x.type == "quote" {
    quote(block: true, [#rt(x.blocks, ui, base: base, depth: depth)])
  } else if x.type == "table" {
    table(
      columns: x.columns,
      inset: 5pt,
      stroke: 0.5pt + luma(170),
      ..x.rows.flatten().map(cell => {
        let header = cell.at("header", default: false)
        let body = [#rt(cell.blocks, ui, base: base)]
        table.cell(
          colspan: cell.colspan,
          rowspan: cell.rowspan,
          fill: if header { luma(232) } else { none },
          if header { strong(body) } else { body },
        )
      }),
    )
  } else if x.type == "image" {
    image-block(x, ui)
  } else if x.type == "rule" {
    line(length: 100%, stroke: 0.5pt + luma(160))
  } else if x.type == "code" {
    block(fill: luma(245), inset: 6pt, width: 100%, raw(x.text, block: true))
  }
}

// A small capitalised label above a part of a session.
#let part-label(s) = block(above: 0.9em, below: 0.45em, sticky: true,
  text(font: sans, size: 8.5pt, weight: "bold", fill: accent, tracking: 0.04em, upper(s)))

// A module's title page: the part's heading (level 1: outline, bookmarks, contents), its summary
// and the sessions it holds; the first session starts on the next page.
#let part-page(p, sessions, ui, size: 26pt) = {
  pagebreak(weak: true)
  v(18%)
  show heading.where(level: 1): it => block(below: 1.2em, sticky: true, text(font: sans, size: size, weight: "bold", fill: accent, it.body))
  heading(level: 1, p.heading)
  if p.summary != "" { block(below: 1.4em, text(size: size * 0.44, p.summary)) }
  if p.module {
    block(above: 0.9em, below: 0.45em, sticky: true,
      text(font: sans, size: size * 0.5, weight: "bold", fill: accent, tracking: 0.04em, upper(ui.sessionsInPart)))
    list(..sessions.map(s => text(font: sans, s.heading)))
  }
  pagebreak()
}

// A boxed notice (content notes).
#let notice(label, body) = block(width: 100%, breakable: true, fill: notice-fill, inset: 9pt, radius: 3pt,
  stroke: (left: 3pt + notice-line), above: 0.8em, below: 0.8em, {
    block(below: 0.4em, text(font: sans, size: 8.5pt, weight: "bold", fill: notice-line, upper(label)))
    body
  })

// The longest start of a string that fits in a width with an ellipsis after it (the whole string
// when it fits). Typst has no text truncation of its own: a binary search over the grapheme
// clusters, measured in the current text style (a handful of measurements, once per build: the
// header's inputs are the same on every page, and Typst memoizes them).
#let fit-text(s, width) = {
  if measure(text(s)).width <= width { return s }
  let cs = s.clusters()
  let (lo, hi) = (0, cs.len())
  while lo < hi {
    let mid = calc.ceil((lo + hi) / 2)
    if measure(text(cs.slice(0, mid).join() + "…")).width <= width { lo = mid } else { hi = mid - 1 }
  }
  cs.slice(0, lo).join().trim() + "…"
}

// Page header: left and right texts over a hairline, on one line whatever their length: the
// left text (the track's name) is shortened with an ellipsis when it would wrap; what follows it
// ("Versión 1.1.58501") and the right text never are. The texts are read from "/header.json"
// when each page is finished, not passed in the page set rule: a set rule holding this release's
// version would differ between two releases and make Typst lay out every page again, while this
// header is the same in every build, so a warm compiler reuses the pages whose content did not
// change. Covers and handout pages set their own header (none).
#let running-header = context {
  let texts = json("/header.json")
  set text(font: sans, size: 8pt, fill: muted)
  let gutter = 12pt
  let keep = if texts.at("keep", default: "") != "" { " · " + texts.keep } else { "" }
  layout(size => {
    let room = size.width - measure(text(texts.right)).width - measure(text(keep)).width - gutter
    grid(columns: (1fr, auto), column-gutter: gutter, text(fit-text(texts.left, room) + keep), text(texts.right))
  })
  v(-5pt)
  line(length: 100%, stroke: 0.4pt + luma(190))
}

// In the contents, a part's entry is never the last line of a page: it goes in an unbreakable
// block that holds room for the entry under it (its first session), room the next entry then
// takes back. (Typst's sticky blocks did not keep outline entries together: tried.) A show rule
// is scoped to the module that writes it, so each template applies this one: #show: part-entries-kept.
#let part-entries-kept(body) = {
  show outline.entry.where(level: 1): it => {
    block(breakable: false, below: 0pt, { it; v(2.6em) })
    v(-2.6em)
  }
  body
}

#let page-footer = context {
  set text(font: sans, size: 8pt, fill: muted)
  align(center)[#counter(page).display("1") / #counter(page).final().first()]
}
`

/** The facilitator manual. */
export const FACILITATOR_MANUAL_TYP = String.raw`
#import "/lib/common.typ": *
#let data = json("/data.json")
#let ui = data.ui

#set text(lang: data.lang, region: data.region, font: serif, size: 10.5pt)
// Ragged right: easier to read in long training texts, and half the layout time of justified
// text (optimal line breaking with hyphenation) on a 100-page manual.
#set par(justify: false, leading: 0.62em, spacing: 0.95em)
#set page(
  paper: data.paper,
  margin: (x: 2.2cm, top: 2.6cm, bottom: 2.3cm),
  header: running-header,
  footer: page-footer,
)
#set list(indent: 0.6em)
#set enum(indent: 0.6em)
#set table(inset: 5pt)

#show quote.where(block: true): it => block(width: 100%, inset: (left: 12pt, y: 4pt), stroke: (left: 2pt + luma(170)), emph(it.body))
#show: part-entries-kept

// Levels: 1 a chapter, a module's part or an appendix; 2 a session (outlined) or a sub-heading
// (not outlined: what changed, the directory's regions); 3 a part of a session (overview,
// materials, safety notes, agenda…); 4 an activity; authors' own headings nest below their part.
// Every heading is "sticky": kept on the page of what follows it, never the last line of a page.
#show heading: it => {
  if it.level == 1 {
    pagebreak(weak: true)
    block(below: 0.9em, sticky: true, text(font: sans, size: 17pt, weight: "bold", fill: accent, it.body))
  } else if it.level == 2 and it.outlined {
    pagebreak(weak: true)
    block(below: 0.9em, sticky: true, text(font: sans, size: 16pt, weight: "bold", fill: accent, it.body))
  } else if it.level <= 3 {
    block(above: 1.4em, below: 0.6em, sticky: true, text(font: sans, size: 12pt, weight: "bold", fill: accent, it.body))
  } else if it.level == 4 {
    block(above: 1.2em, below: 0.35em, sticky: true, text(font: sans, size: 10.5pt, weight: "bold", it.body))
  } else {
    block(above: 1em, below: 0.5em, sticky: true, text(font: sans, size: 10pt, weight: "bold", fill: muted, it.body))
  }
}

// A handout as a page to photocopy: nothing else on it, no running header (it goes to the
// group); its footer says which session it belongs to, beside the page number. (In the footer,
// not placed on the page: a handout that fills its page would have the line over its text.)
#let handout-page(h, label, ui, level: 3, outlined: false) = page(header: none,
  footer: context {
    set text(font: sans, size: 8pt, fill: muted)
    grid(columns: (1fr, auto), label, [#counter(page).display("1") / #counter(page).final().first()])
  }, {
  // Its own title style: the session heading's page break would leave a blank page here.
  show heading.where(level: level): it => block(below: 0.9em, sticky: true,
    text(font: sans, size: 15pt, weight: "bold", fill: accent, it.body))
  heading(level: level, outlined: outlined, bookmarked: true, h.title)
  rt(h.body, ui, base: level)
  if h.image != none { image-block(h.image, ui) }
  if h.file != "" { block(text(size: 9pt, fill: muted, ui.attachedFile + ": " + h.file)) }
})

// The editor's live preview prints the session alone: no cover, contents or release notes.
#let preview = data.at("preview", default: false)

// --- cover -------------------------------------------------------------------------------------
#if not preview {
  page(header: none, footer: none, margin: (x: 2.5cm, y: 2.8cm), {
    set text(font: sans)
    text(size: 10pt, fill: muted, data.cover.institution)
    v(2.2cm)
    block(text(size: 13pt, weight: "bold", fill: accent, data.cover.programme))
    v(0.5cm)
    block(text(size: 26pt, weight: "bold", data.cover.track))
    v(0.2cm)
    block(text(size: 16pt, fill: muted, data.cover.edition))
    if data.cover.at("adaptation", default: "") != "" {
      v(0.3cm)
      block(text(size: 12pt, style: "italic", data.cover.adaptation))
    }
    v(1fr)
    grid(columns: 2, column-gutter: 14pt, row-gutter: 7pt,
      strong(ui.version), data.cover.version,
      strong(ui.published), data.cover.date,
      strong(ui.language), data.cover.language,
    )
    v(0.9cm)
    block(width: 100%, fill: safety-fill, stroke: 0.8pt + safety-red, inset: 10pt, radius: 3pt,
      text(size: 9.5pt, weight: "bold", fill: safety-red, ui.facilitatorsOnly))
  })

  // --- contents --------------------------------------------------------------------------------
  // Parts (chapters, modules, appendices) and, indented below their module, the sessions.
  outline(title: ui.toc, depth: 2, indent: auto)

  // --- release notes and what changed ----------------------------------------------------------
  heading(level: 1, data.notes.heading)
  rt(data.notes.body, ui, base: 1)
  heading(level: 2, outlined: false, bookmarked: true, data.changes.heading)
  if data.changes.intro != "" { block(text(data.changes.intro)) }
  for g in data.changes.groups {
    part-label(g.label)
    list(..g.items.map(i => text(i)))
  }

  // --- an open group's format (issue 20, part 4): the line, how a newcomer joins, the themes ----
  let format = data.at("groupFormat", default: none)
  if format != none {
    heading(level: 1, format.heading)
    block(strong(format.line))
    if format.guidance != "" { block(text(format.guidance)) }
    list(..format.themes.map(t => text(t)))
  }

  // --- front matter: the chapters designers wrote, in their order ------------------------------
  for c in data.at("chapters", default: ()) {
    heading(level: 1, c.heading)
    rt(c.body, ui, base: 1)
  }
}

// --- sessions, module by module: each module a part with a title page of its own ---------------
#let session(s) = {
  heading(level: 2, s.heading)

  if s.contentNotes != "" { notice(ui.contentNotes, text(s.contentNotes)) }

  // What a facilitator reads before the day: overview, materials, the safety box; then the plan.
  heading(level: 3, outlined: false, bookmarked: false, ui.overview)
  block(below: 0.7em, text(font: sans, size: 9pt, fill: muted, s.meta))
  if s.objectives.len() > 0 {
    part-label(ui.objectives)
    list(..s.objectives.map(o => text(o)))
  }
  // What the participants read of this session in their workbook ("In this session").
  if s.summary != "" {
    part-label(ui.participantSummary)
    block(text(s.summary))
  }
  if s.materials != "" {
    heading(level: 3, outlined: false, bookmarked: false, ui.materials)
    // A line each: a checklist to gather them by (a list when there are several).
    let lines = s.materials.split("\n").map(l => l.trim()).filter(l => l != "")
    if lines.len() > 1 { list(..lines.map(l => text(l))) } else { block(text(s.materials)) }
  }

  // Safety notes: always printed, always boxed in red with a label, before the activities.
  block(width: 100%, breakable: true, fill: safety-fill, inset: (x: 11pt, y: 10pt), radius: 3pt, above: 1.3em,
    stroke: (left: 4pt + safety-red, top: 0.8pt + safety-red, right: 0.8pt + safety-red, bottom: 0.8pt + safety-red), {
      show heading: it => block(below: 0.6em, sticky: true,
        text(font: sans, size: 11pt, weight: "bold", fill: safety-red, [⚠ #upper(it.body)]))
      heading(level: 3, outlined: false, bookmarked: true, ui.safetyNotes)
      if s.safetyNotes.len() > 0 { rt(s.safetyNotes, ui, base: 3) } else { emph(ui.noSafetyNotes) }
    })

  heading(level: 3, outlined: false, bookmarked: true, ui.agenda)
  table(
    columns: (auto, 1fr, auto, auto),
    align: (left, left, left, right),
    stroke: (x: none, y: 0.4pt + luma(200)),
    inset: (x: 6pt, y: 5pt),
    fill: (_, y) => if y == 0 { soft },
    table.header(strong(ui.start), strong(ui.activity), strong(ui.kind), strong(ui.minutes)),
    ..s.agenda.map(r => (r.start, r.title, r.kind, r.minutes)).flatten(),
    table.footer([], strong(ui.total), [], strong(s.totalMinutes)),
  )

  if s.activities.len() > 0 {
    heading(level: 3, outlined: false, bookmarked: true, ui.activities)
  }
  for a in s.activities {
    heading(level: 4, outlined: false, bookmarked: true, a.heading)
    // Sticky like the heading: the heading and this line stay with the first lines below them.
    block(above: 0.3em, below: 0.6em, sticky: true, text(font: sans, size: 8.5pt, fill: muted, a.meta))
    if a.resource != "" { block(sticky: true, text(size: 9.5pt, [#strong(ui.usedInActivity): #a.resource])) }
    if a.instructions.len() > 0 {
      part-label(ui.facilitatorInstructions)
      rt(a.instructions, ui, base: 4)
    }
    if a.participant.len() > 0 {
      block(width: 100%, breakable: true, fill: soft, inset: 9pt, radius: 3pt, above: 0.9em, {
        part-label(ui.participantContent)
        rt(a.participant, ui, base: 4)
      })
    }
  }

  if s.facilitatorNotes.len() > 0 {
    heading(level: 3, outlined: false, bookmarked: true, ui.facilitatorNotes)
    rt(s.facilitatorNotes, ui, base: 3)
  }

  if s.resources.len() > 0 {
    heading(level: 3, outlined: false, bookmarked: true, ui.resources)
    for r in s.resources {
      block(width: 100%, breakable: false, above: 0.8em, {
        block(below: 0.3em, text(font: sans, weight: "bold", r.title))
        block(below: 0.3em, text(font: sans, size: 8.5pt, fill: muted, r.meta))
        if r.description != "" { block(below: 0.3em, text(r.description)) }
        if r.captions != "" { block(below: 0.3em, text(size: 9.5pt, r.captions)) }
        if r.link.label != "" {
          block(below: 0.3em, text(size: 9.5pt, if r.link.url != none { link(r.link.url, text(fill: accent, r.link.label)) } else { text(r.link.label) }))
        }
        if r.credits != "" { block(below: 0.3em, text(size: 8.5pt, fill: muted, r.credits)) }
        if r.image != none { image-block(r.image, ui, width: 50%) }
      })
    }
  }

  // Handouts last, each a page of its own to photocopy (gathered again in the appendix).
  for h in s.handouts { handout-page(h, s.handoutLabel, ui) }
}

#if preview {
  for s in data.sessions { session(s) }
} else {
  for p in data.parts {
    let sessions = data.sessions.slice(p.from, p.to)
    part-page(p, sessions, ui, size: 26pt)
    for s in sessions { session(s) }
  }
}

// --- appendices: handouts to photocopy, glossary, directory ----------------------------------
#let all-handouts = data.sessions.map(s => s.handouts.map(h => (h: h, label: s.handoutLabel))).flatten()
#if not preview and all-handouts.len() > 0 {
  heading(level: 1, data.appendix.handouts)
  block(below: 1em, text(ui.handoutsIntro))
  // Every handout again, each on its own page, in session order: one place to photocopy from.
  for x in all-handouts { handout-page(x.h, x.label, ui, level: 2, outlined: true) }
}

#if data.glossary.len() > 0 {
  heading(level: 1, data.appendix.glossary)
  terms(separator: [: ], ..data.glossary.map(e => terms.item(strong(e.term), text(e.definition))))
}

#if data.services.len() > 0 {
  heading(level: 1, data.appendix.services)
  block(below: 1em, text(data.servicesIntro))
  for g in data.services {
    heading(level: 2, outlined: false, bookmarked: true, g.region)
    for sv in g.items {
      block(width: 100%, breakable: false, above: 0.9em, {
        block(below: 0.25em, text(font: sans, weight: "bold", sv.name))
        block(below: 0.56em, text(font: sans, size: 8.5pt, fill: muted, sv.meta))
        // Each line as far from the next as the lines of a paragraph (the leading of 9.5pt text).
        for row in sv.lines {
          block(below: 0.56em, text(size: 9.5pt, [#strong(row.label): #field-value(row)]))
        }
        if sv.description != "" { block(above: 0.56em, below: 0.2em, text(size: 9.5pt, sv.description)) }
      })
    }
  }
}

// Last, not first: the title and keywords name the version, and a set rule applies to all that
// follows it. Here nothing follows, so a new release's pages can be reused from a warm compiler's
// cache (see running-header).
#set document(
  title: data.doc.title,
  author: data.doc.author,
  keywords: data.doc.keywords,
  date: datetime(year: data.doc.date.year, month: data.doc.date.month, day: data.doc.date.day),
)
`

/** The participant workbook: larger type, plain layout, room to write. */
export const PARTICIPANT_WORKBOOK_TYP = String.raw`
#import "/lib/common.typ": *
#let data = json("/data.json")
#let ui = data.ui

// Large, plain, unhyphenated type: easier for people who read little.
#set text(lang: data.lang, region: data.region, font: sans, size: 13pt, hyphenate: false)
#set par(justify: false, leading: 0.8em, spacing: 1.2em)
#set page(
  paper: data.paper,
  margin: (x: 2.2cm, top: 2.6cm, bottom: 2.4cm),
  header: running-header,
  footer: page-footer,
)
#set list(indent: 0.5em, spacing: 0.9em)
#set enum(indent: 0.5em, spacing: 0.9em)
#show raw: set text(size: 13pt)

#show quote.where(block: true): it => block(width: 100%, inset: (left: 14pt, y: 4pt), stroke: (left: 3pt + luma(170)), emph(it.body))
#show: part-entries-kept

// Levels as in the manual: 1 a module's part or a back section; 2 a session (outlined) or a
// sub-heading; 3 an activity, a handout, the resources; authors' headings nest below.
#show heading: it => {
  if it.level == 1 or (it.level == 2 and it.outlined) {
    pagebreak(weak: true)
    block(below: 1em, sticky: true, text(size: 22pt, weight: "bold", fill: accent, it.body))
  } else if it.level <= 3 {
    block(above: 1.5em, below: 0.7em, sticky: true, text(size: 16pt, weight: "bold", fill: accent, it.body))
  } else {
    block(above: 1.1em, below: 0.6em, sticky: true, text(size: 14pt, weight: "bold", it.body))
  }
}

// Ruled lines to write on, kept together with their label on one page (a few lines at the foot
// of a page and the rest overleaf are no room to write).
#let writing-lines(label, n) = block(width: 100%, breakable: false, above: 1em, {
  block(below: 0.2em, sticky: true, text(size: 13pt, weight: "bold", fill: muted, label))
  for _ in range(n) {
    block(width: 100%, height: 2.1em, above: 0pt, below: 0pt, stroke: (bottom: 0.6pt + luma(140)))
  }
})

// The editor's live preview prints the session alone: no cover or contents.
#let preview = data.at("preview", default: false)

// --- cover -------------------------------------------------------------------------------------
#if not preview {
  page(header: none, footer: none, margin: (x: 2.5cm, y: 2.8cm), {
    block(text(size: 14pt, weight: "bold", fill: accent, data.cover.programme))
    v(0.6cm)
    block(text(size: 30pt, weight: "bold", data.cover.track))
    v(0.3cm)
    block(text(size: 20pt, fill: muted, data.cover.edition))
    v(1fr)
    grid(columns: 2, column-gutter: 14pt, row-gutter: 8pt,
      strong(ui.version), data.cover.version,
      strong(ui.published), data.cover.date,
      strong(ui.language), data.cover.language,
    )
  })

  outline(title: ui.toc, depth: 2, indent: auto)
}

// --- sessions ----------------------------------------------------------------------------------
#let session(s) = {
  heading(level: 2, s.heading)
  if s.summary != "" {
    block(width: 100%, fill: soft, inset: 12pt, radius: 4pt, below: 1.2em, {
      block(below: 0.5em, text(size: 13pt, weight: "bold", fill: accent, ui.inThisSession))
      text(s.summary)
    })
  }
  for a in s.activities {
    heading(level: 3, outlined: false, bookmarked: true, a.heading)
    if a.resource != "" { block(sticky: true, text(size: 13pt, fill: muted, [#strong(ui.usedInActivity): #a.resource])) }
    rt(a.content, ui, base: 3)
    if a.lines > 0 { writing-lines(a.linesLabel, a.lines) }
  }
  for h in s.handouts {
    heading(level: 3, outlined: false, bookmarked: true, h.title)
    rt(h.body, ui, base: 3)
    if h.image != none { image-block(h.image, ui) }
    if h.file != "" { block(text(size: 13pt, fill: muted, ui.attachedFile + ": " + h.file)) }
  }
  if s.resources.len() > 0 {
    heading(level: 3, outlined: false, bookmarked: true, ui.resources)
    for r in s.resources {
      block(width: 100%, breakable: false, above: 0.8em, {
        block(below: 0.3em, text(weight: "bold", r.title))
        block(below: 0.3em, text(size: 13pt, fill: muted, r.meta))
        if r.description != "" { block(below: 0.3em, text(r.description)) }
        if r.captions != "" { block(below: 0.3em, text(size: 13pt, r.captions)) }
        if r.image != none { image-block(r.image, ui, width: 60%) }
      })
    }
  }
}

#if preview {
  for s in data.sessions { session(s) }
} else {
  for p in data.parts {
    let sessions = data.sessions.slice(p.from, p.to)
    part-page(p, sessions, ui, size: 28pt)
    for s in sessions { session(s) }
  }
}

// --- help and words ----------------------------------------------------------------------------
#if data.services.len() > 0 {
  heading(level: 1, data.servicesHeading)
  for g in data.services {
    heading(level: 2, outlined: false, bookmarked: true, g.region)
    for sv in g.items {
      block(width: 100%, breakable: false, above: 1em, {
        block(below: 0.3em, text(weight: "bold", sv.name))
        block(below: 0.8em, text(size: 13pt, fill: muted, sv.meta))
        // Each line as far from the next as the lines of a paragraph (the leading).
        for row in sv.lines {
          block(below: 0.8em, [#strong(row.label): #field-value(row)])
        }
        if sv.description != "" { block(above: 0.8em, below: 0.2em, text(size: 13pt, sv.description)) }
      })
    }
  }
}

#if data.glossary.len() > 0 {
  heading(level: 1, data.glossaryHeading)
  terms(separator: [: ], spacing: 1em, ..data.glossary.map(e => terms.item(strong(e.term), text(e.definition))))
}

// Last, not first: the title and keywords name the version, and a set rule applies to all that
// follows it. Here nothing follows, so a new release's pages can be reused from a warm compiler's
// cache (see running-header).
#set document(
  title: data.doc.title,
  author: data.doc.author,
  keywords: data.doc.keywords,
  date: datetime(year: data.doc.date.year, month: data.doc.date.month, day: data.doc.date.day),
)
`
