#!/usr/bin/env node
// `npm run build`: the production build of the admin, API and portal.
import { build } from './lib.mjs'

await build()
