// Loads Lexical's packages one at a time, in dependency order, before anything imports them.
//
// Why: each Lexical package's Node entry (`*.node.mjs`) picks its dev or prod build with a
// top-level `await import()`. On Node 20, when several of those are first loaded together (as
// importing @payloadcms/richtext-lexical does), module evaluation can deadlock and the process
// dies with exit 13, "unsettled top-level await": measured 5 runs in 8 for
// `node -e "await import('@payloadcms/richtext-lexical')"` here, 0 in 12 after this preload.
// Next.js bundles these modules and is not affected; scripts that load payload.config.ts with
// Node's own loader (the seed, the payload CLI) are. No library does this; it is a workaround.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const nodeModules = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules')
const scoped = fs.existsSync(path.join(nodeModules, '@lexical')) ? fs.readdirSync(path.join(nodeModules, '@lexical')).map((name) => `@lexical/${name}`) : []
const packages = ['lexical', ...scoped].filter((name) => fs.existsSync(path.join(nodeModules, name, 'package.json')))
const dependencies = Object.fromEntries(
  packages.map((name) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(nodeModules, name, 'package.json'), 'utf8'))
    return [name, Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter((dependency) => packages.includes(dependency))]
  }),
)
const order = []
const visit = (name, trail = new Set()) => {
  if (order.includes(name) || trail.has(name)) return
  trail.add(name)
  for (const dependency of dependencies[name]) visit(dependency, trail)
  order.push(name)
}
packages.forEach((name) => visit(name))

for (const name of order) {
  try {
    await import(name)
  } catch {
    // A package without a Node entry (or one only the admin uses): nothing to preload.
  }
}
