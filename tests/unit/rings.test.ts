/**
 * The ring rules of scripts/rings.cjs hold on the tree, and they bite: a file planted in
 * src/core that imports Payload, or one in collections/ that imports the UI, is reported.
 */
import fs from 'node:fs'
import path from 'node:path'

import { cruise } from 'dependency-cruiser'
import { afterAll, expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const rules = (await import(path.join(root, 'scripts/rings.cjs'))).default
const planted: string[] = []

async function violationsOf(files: string[]): Promise<string[]> {
  const previous = process.cwd()
  process.chdir(root)
  try {
    const result = await cruise(files, { ...rules.options, ruleSet: { forbidden: rules.forbidden }, validate: true, outputType: 'json' })
    const output = typeof result.output === 'string' ? JSON.parse(result.output) : result.output
    return output.summary.violations.map((v: { rule: { name: string }; from: string; to: string }) => `${v.rule.name}: ${v.from} → ${v.to}`)
  } finally {
    process.chdir(previous)
  }
}

function plant(relative: string, source: string): string {
  fs.writeFileSync(path.join(root, relative), source)
  planted.push(relative)
  return relative
}

afterAll(() => {
  for (const file of planted) fs.rmSync(path.join(root, file), { force: true })
})

test('src/core importing Payload or the generated types is refused', async () => {
  const probe = plant(`src/core/ring-probe-${process.pid}.ts`, "import type { Payload } from 'payload'\nimport type { User } from '@payload-types'\nexport type X = [Payload, User]\n")
  const found = await violationsOf([probe])
  expect(found.some((v) => v.startsWith(`core-imports-no-framework: ${probe} → node_modules/payload/`))).toBe(true)
  expect(found).toContain(`core-imports-no-framework: ${probe} → payload-types.ts`)
}, 60_000)

test('the Payload ring importing the UI is refused', async () => {
  const probe = plant(`collections/ring-probe-${process.pid}.ts`, "export { STRINGS } from '@/ui/strings'\n")
  expect(await violationsOf([probe])).toContain(`payload-ring-stays-inside: ${probe} → src/ui/strings.ts`)
}, 60_000)
