/**
 * The discreet edition (issue 17): the workbook a participant takes home says nothing on its
 * outside — cover, running header on every page, PDF properties, file name — about violence or
 * the programme. Checked on every seeded track (printed for real), and property-tested over
 * generated programme and track names.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { tracks, womenTrack } from '@/cms/seed/curriculum'
import { discreetTitleProblem, foldForComparison } from '@/core/releases/discreet'
import { editionFilename } from '@/core/releases/editions'
import { toParticipantSnapshot } from '@/core/releases/participantProjection'
import { participantWorkbookData, renderParticipantWorkbook } from '@/core/releases/render'
import { pickLocale } from '@/core/releases/snapshot'

import { readPdf, squash } from './pdf'
import { seedTrackSnapshot } from './seedSnapshot'

const WORDS = ['violencia', 'violence', 'agresor', 'agresores', 'aggressor', 'perpetrator', 'víctima', 'víctimas', 'victim', 'reeducación', 're-education', 'reeducation']

/** The words of the list (and the names given) found in a text, compared without accents or case. */
function revealing(text: string, names: string[]): string[] {
  const folded = foldForComparison(text)
  return [...WORDS, ...names].filter((word) => word.trim() && folded.includes(foldForComparison(word)))
}

const NEUTRAL = { es: 'Cuaderno de trabajo · Taller de bienestar', en: 'Workbook · Wellbeing workshop' }
/** The discreet title each seeded track prints with: its own, or a neutral one given here. */
const discreetOf = (track: (typeof tracks)[number]) => track.discreetTitle ?? NEUTRAL

/** Everything a workbook shows on its outside, for one locale, from the data the template prints. */
function outside(snapshot: ReturnType<typeof seedTrackSnapshot>, locale: 'es' | 'en') {
  const data = participantWorkbookData(toParticipantSnapshot(snapshot), locale)
  const filename = editionFilename({
    trackSlug: snapshot.track.slug,
    version: snapshot.release.version,
    edition: 'participant-workbook',
    locale,
    discreetTitle: pickLocale(snapshot.track.discreetTitle, locale),
  })
  return { data, filename, text: [JSON.stringify(data.doc), JSON.stringify(data.cover), JSON.stringify(data.header), filename].join('\n') }
}

describe('the discreet workbook', { timeout: 120_000 }, () => {
  it('the women’s track has a discreet title in the demo, and it passes the designer’s check', () => {
    expect(womenTrack.discreetTitle?.es).toBe(NEUTRAL.es)
    for (const track of tracks) expect(discreetTitleProblem(discreetOf(track))).toBeNull()
    expect(discreetTitleProblem({ es: 'Taller sobre violencia', en: 'Workshop' })).toMatch(/violencia/)
    expect(discreetTitleProblem('Grupo de Reeducación')).toMatch(/reeducacion/)
  })

  for (const track of tracks) {
    it(`${track.key}: cover, running header on every page, PDF properties and file name name neither violence nor the programme`, async () => {
      const snapshot = seedTrackSnapshot(track, { discreetTitle: discreetOf(track) })
      const names = [snapshot.programme.title.es, snapshot.programme.title.en, snapshot.track.title.es, snapshot.track.title.en, 'reeduca', track.slug]
      for (const locale of ['es', 'en'] as const) {
        const { filename } = outside(snapshot, locale)
        expect(revealing(filename, names)).toEqual([])
        const pdf = await readPdf(await renderParticipantWorkbook(toParticipantSnapshot(snapshot), locale))
        const properties = ['Title', 'Author', 'Subject', 'Keywords'].map((key) => String(pdf.info[key] ?? '')).join('\n')
        expect(properties).toContain(discreetOf(track)[locale])
        expect(revealing(properties, names)).toEqual([])
        // The cover is page 1; every other page opens with the running header.
        expect(revealing(pdf.pages[0], names)).toEqual([])
        const header = `${discreetOf(track)[locale]} ${locale === 'es' ? 'Versión' : 'Version'} 1.0.0`
        expect(revealing(header, names)).toEqual([])
        pdf.pages.slice(1).forEach((page, index) => {
          expect(squash(page).startsWith(squash(header)), `page ${index + 2} starts with the discreet header`).toBe(true)
        })
        // The groups' tracks run to dozens of pages; the teams' support track has four sessions.
        expect(pdf.numPages).toBeGreaterThan(track.key === 'facilitators' ? 10 : 20)
      }
    })
  }

  it('whatever the programme and track are called, only the discreet title shows outside (property)', () => {
    const revealingWord = fc.constantFrom(...WORDS, 'Violencia', 'VÍCTIMAS', 'Agresores')
    const marker = fc.stringMatching(/^[A-Z][a-z]{6,10}$/)
    const name = fc.tuple(marker, revealingWord, fc.constantFrom('Grupo de', 'Programa para', 'Programme for', '')).map(([m, word, prefix]) => `${prefix} ${m} ${word}`.trim())
    const neutralTitle = fc.constantFrom(NEUTRAL, { es: 'Cuaderno · Taller de los jueves', en: 'Workbook · Thursday workshop' }, { es: 'Mis notas del curso', en: 'My course notes' })
    fc.assert(
      fc.property(fc.constantFrom(...tracks), name, name, name, name, fc.stringMatching(/^[a-z]{4,12}$/), neutralTitle, (track, programmeEs, programmeEn, trackEs, trackEn, slug, discreet) => {
        const snapshot = seedTrackSnapshot(track, {
          programmeTitle: { es: programmeEs, en: programmeEn },
          trackTitle: { es: trackEs, en: trackEn },
          trackSlug: `${slug}-violencia`,
          discreetTitle: discreet,
        })
        const names = [programmeEs, programmeEn, trackEs, trackEn, slug, 'reeduca']
        for (const locale of ['es', 'en'] as const) {
          const { text, data } = outside(snapshot, locale)
          expect(revealing(text, names)).toEqual([])
          expect(data.cover.track).toBe(discreet[locale])
          expect(data.doc.title).toBe(discreet[locale])
        }
      }),
      { numRuns: 50 },
    )
  })

  it('without a discreet title the workbook is named as before (the facilitator’s choice is explicit)', () => {
    const snapshot = seedTrackSnapshot(womenTrack, { discreetTitle: null })
    const { data, filename } = outside(snapshot, 'es')
    expect(filename).toBe('reeduca-mujeres-1.0.0-workbook-es.pdf')
    expect(data.cover.track).toBe(womenTrack.title.es)
  })

  it('a women’s workbook lists no service for men, and its help starts with 911 and the women’s line', () => {
    // A snapshot holding every service, as one made before the rule would.
    const data = participantWorkbookData(toParticipantSnapshot(seedTrackSnapshot(womenTrack, { everyService: true })), 'es')
    const names = data.services.flatMap((group) => group.items.map((item) => item.name))
    expect(names).not.toContain('Línea Hombres por la Igualdad')
    expect(names).not.toContain('Centro de Atención a Hombres Bernal')
    expect(names.slice(0, 2)).toEqual(['Emergencias 911', 'Línea Violeta de Orientación para Mujeres'])
  })
})
