/** The theme map: which sessions of each track work on each theme. */
import { expect, test } from 'vitest'

import { themeMap } from '@/core/curriculum/themeMap'

const tracks = [
  { id: 'w', title: 'Mujeres' },
  { id: 'm', title: 'Hombres' },
]
const themes = [
  { id: 1, title: 'Derechos' },
  { id: 2, title: 'Masculinidades' },
  { id: 3, title: 'Duelo' },
]
const sessions = [
  { id: 'a', number: 3, title: 'Mis derechos', track: 'w', themes: [1] },
  { id: 'b', number: 1, title: 'Derechos humanos', track: 'w', themes: [{ id: 1 }] },
  { id: 'c', number: 2, title: 'Ser hombre', track: { id: 'm' }, themes: [1, 2] },
  { id: 'd', number: 9, title: 'Sin tema', track: 'm', themes: [] },
]

const rows = themeMap({ themes, tracks, sessions, noThemeLabel: 'Sin tema asignado' })

test('each theme lists the sessions of each track that cover it, in session order', () => {
  expect(rows.find((row) => row.title === 'Derechos')?.cells.map((cell) => cell.sessions.map((s) => s.number))).toEqual([[1, 3], [2]])
})

test('a theme covered by one track only is marked; an uncovered one is not', () => {
  expect(rows.map((row) => [row.title, row.unbalanced])).toEqual([
    ['Derechos', false],
    ['Masculinidades', true],
    ['Duelo', false],
    ['Sin tema asignado', false],
  ])
})

test('sessions without any theme are gathered on their own row', () => {
  expect(rows.at(-1)?.cells.map((cell) => cell.sessions.map((s) => s.id))).toEqual([[], ['d']])
})

test('a third track, the facilitators’ support, gets its column but does not make the groups’ themes look unbalanced', () => {
  const withSupport = themeMap({
    themes,
    tracks: [...tracks.map((track, i) => ({ ...track, audience: i === 0 ? 'women' : 'men' })), { id: 's', title: 'Apoyo', audience: 'facilitators' }],
    sessions: [...sessions, { id: 'e', number: 1, title: 'Cuidar a quien escucha', track: 's', themes: [3] }],
    noThemeLabel: 'Sin tema asignado',
  })
  expect(withSupport.map((row) => [row.title, row.unbalanced])).toEqual([
    ['Derechos', false],
    ['Masculinidades', true],
    ['Duelo', false],
    ['Sin tema asignado', false],
  ])
  expect(withSupport.find((row) => row.title === 'Duelo')?.cells.map((cell) => cell.sessions.map((s) => s.id))).toEqual([[], [], ['e']])
})
