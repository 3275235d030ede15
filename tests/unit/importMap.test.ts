/**
 * Every admin component the config names ('/src/ui/admin/X#Y' in collections/ and
 * payload.config.ts) is in the committed import map: a map left behind by a merge rendered
 * nothing in their place, silently (the release checks panel, the Publish button, the review
 * history's names). `npm run generate:importmap` writes the map.
 */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

test('the admin import map holds every component the config names', () => {
  const sources = [...filesUnder(path.join(root, 'collections')), path.join(root, 'payload.config.ts')]
  const named = new Set(sources.flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/'(\/src\/ui\/[^'#]+#\w+)'/g)].map((m) => m[1])))
  expect(named.size).toBeGreaterThan(10)
  const map = fs.readFileSync(path.join(root, 'src/app/(payload)/admin/importMap.js'), 'utf8')
  expect([...named].filter((key) => !map.includes(`"${key}"`))).toEqual([])
})
