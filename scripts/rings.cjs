/**
 * The rings, enforced (dependency-cruiser; run by `npm test`, `npm run check:rings` alone):
 * - src/core is plain TypeScript: no Payload, Next or React, no generated Payload types, and
 *   nothing of the project outside src/core;
 * - the Payload ring (collections/, src/cms/) imports nothing of the portal, the UI, the routes
 *   or the HTTP front;
 * - components and the portal's server side import no route; nothing imports the routes;
 * - no import cycles.
 */
const FRAMEWORKS = '^node_modules/(payload|next|react|react-dom|@payloadcms/[^/]+)/'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-framework',
      comment: 'src/core is the pure domain: it must run in a unit test without Payload, Next or React.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: [FRAMEWORKS, '^payload-types\\.ts$', '^payload\\.config\\.ts$'] },
    },
    {
      name: 'core-imports-only-core',
      comment: 'src/core may import only src/core, npm libraries and Node built-ins.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^(src/(?!core/)|collections/|scripts/|tests/)' },
    },
    {
      name: 'payload-ring-stays-inside',
      comment: 'collections/ and src/cms/ wire Payload: they never reach into the portal, UI, routes or HTTP front.',
      severity: 'error',
      from: { path: '^(collections|src/cms)/' },
      to: { path: '^src/(ui|app|server|portal)/' },
    },
    {
      name: 'nothing-imports-routes',
      comment: 'src/app holds Next routes only; shared code lives in the rings below it.',
      severity: 'error',
      from: { path: '^(src/(core|cms|ui|portal|server)|collections)/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'no-cycles',
      comment: 'An import loop makes load order matter and hides which module owns what.',
      severity: 'error',
      from: { path: '^(src|collections)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.next|migrations)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.mjs', '.js', '.d.ts'] },
  },
}
