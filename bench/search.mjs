#!/usr/bin/env node
// Benchmark: the curriculum team's search (GET /api/search), one request at a time as the admin's
// search panel sends them, against `next start` on the seeded database. Side by side in one run:
// - a search that reuses the index;
// - a search after a designer saved a session, which rebuilds the index from every session
//   and resource (what each search cost before the index was kept; src/cms/reads/curriculumCache.ts).
import { startThrowawayServer } from '../scripts/lib.mjs'
import { seededAuth } from './lib/http.mjs'
import { median } from './lib/stats.mjs'

const runs = Number(process.env.BENCH_RUNS || 9)

// BENCH_BASE_URL measures a server you already run (seeded with the demo content).
const server = process.env.BENCH_BASE_URL
  ? { baseURL: process.env.BENCH_BASE_URL, stop: () => {} }
  : await startThrowawayServer()
try {
  const auth = await seededAuth(server.baseURL, 'designer')
  const timed = async (url, init = {}) => {
    const started = performance.now()
    const response = await fetch(url, { ...init, headers: { ...auth, ...(init.headers ?? {}) } })
    const body = await response.json()
    if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(body)}`)
    return { ms: performance.now() - started, body }
  }
  const words = ['violencia', 'respeto', 'emociones', 'seguridad', 'igualdad']
  const search = (i) => timed(`${server.baseURL}/api/search?q=${words[i % words.length]}`)

  const first = await search(0)
  const list = await timed(`${server.baseURL}/api/sessions?where[number][equals]=3&limit=1&depth=0&draft=true&locale=es`)
  const session = list.body.docs[0]

  const reused = []
  const afterSave = []
  for (let i = 0; i < runs; i++) {
    // The same save the admin makes; the title keeps its text, the index is rebuilt all the same.
    await timed(`${server.baseURL}/api/sessions/${session.id}?draft=true&locale=es`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: session.title }),
    })
    // Past the second forgetting, 1 s after a save (collections/hooks/forgetCurriculumCaches.ts).
    await new Promise((resolve) => setTimeout(resolve, 1_200))
    afterSave.push((await search(i)).ms)
    reused.push((await search(i + 1)).ms)
  }
  console.log(`\nGET /api/search as a designer, one request at a time, median of ${runs} (first search after start: ${first.ms.toFixed(0)} ms, ${first.body.hits.length} hits):`)
  console.table([
    { search: 'index reused', 'median ms': Math.round(median(reused)), 'min ms': Math.round(Math.min(...reused)), 'max ms': Math.round(Math.max(...reused)) },
    { search: 'after a session was saved (index rebuilt)', 'median ms': Math.round(median(afterSave)), 'min ms': Math.round(Math.min(...afterSave)), 'max ms': Math.round(Math.max(...afterSave)) },
  ])
  console.log(`ratio reused / rebuilt: ${(median(reused) / median(afterSave)).toFixed(3)}×`)
} finally {
  server.stop()
}
