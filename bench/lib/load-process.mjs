#!/usr/bin/env node
// One autocannon stream in a process of its own (bench/lib/http.mjs, loadInProcess): streams run
// at once must not share one event loop, or the slowest to parse (a 1.7 MB PDF per request)
// delays the others' answers and the latency measured is the load generator's.
// Reads its options as JSON on stdin; writes the result's figures as JSON on stdout.
import { loadAsAccounts } from './http.mjs'

let input = ''
for await (const chunk of process.stdin) input += chunk
const result = await loadAsAccounts(JSON.parse(input))
const { requests, latency, errors, timeouts, non2xx, throughput } = result
process.stdout.write(JSON.stringify({ requests, latency, errors, timeouts, non2xx, throughput }))
