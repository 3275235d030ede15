#!/usr/bin/env node
// Benchmark: one 1 GiB video uploaded over HTTP (multipart POST /api/media as the demo trainer)
// to a running Reeduca server (`next start`, built if needed, throwaway SQLite database). Prints
// the throughput and the server's memory growth while the upload streams to disk (target
// ≤ 200 MB): the server process's VmRSS from /proc/<pid>/status is sampled every 50 ms; its
// VmHWM (peak) before and after is printed too.
//
// The file is a real MP4 made by ffmpeg (or, without ffmpeg, a minimal valid box structure)
// followed by a `free` box of padding up to BENCH_UPLOAD_BYTES (default 1 GiB): it passes the
// byte sniffing and Payload's ISO-BMFF check like a camera video would. It is kept in /tmp
// between runs. The renditions queue is off in the server (REEDUCA_JOBS_AUTORUN=0) so ffmpeg's
// work in the background does not mix with the upload's figures.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { startThrowawayServer } from '../scripts/lib.mjs'
import { descendants } from './lib/processes.mjs'

const totalBytes = Number(process.env.BENCH_UPLOAD_BYTES || 1024 ** 3)
const file = path.join(os.tmpdir(), `reeduca-bench-upload-${totalBytes}.mp4`)
const MB = 1024 * 1024

function smallMp4() {
  try {
    const out = path.join(os.tmpdir(), `reeduca-bench-seed-${process.pid}.mp4`)
    execFileSync('ffmpeg', ['-hide_banner', '-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=15:duration=2', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', out])
    const bytes = fs.readFileSync(out)
    fs.rmSync(out)
    return bytes
  } catch {
    // ftyp (isom) + an empty moov: enough for the sniffer and the box-structure check.
    const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isommp41')])
    const moov = Buffer.concat([Buffer.from([0, 0, 0, 8]), Buffer.from('moov')])
    return Buffer.concat([ftyp, moov])
  }
}

function makeFile() {
  if (fs.existsSync(file) && fs.statSync(file).size === totalBytes) return
  const head = smallMp4()
  const padding = totalBytes - head.length
  const free = Buffer.alloc(16)
  free.writeUInt32BE(1, 0)
  free.write('free', 4)
  free.writeBigUInt64BE(BigInt(padding), 8)
  const fd = fs.openSync(file, 'w')
  try {
    fs.writeSync(fd, head)
    fs.writeSync(fd, free)
    const chunk = Buffer.alloc(8 * MB, 0x20)
    let left = padding - free.length
    while (left > 0) left -= fs.writeSync(fd, chunk, 0, Math.min(chunk.length, left))
  } finally {
    fs.closeSync(fd)
  }
}

const status = (pid) => {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (key) => Number(text.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0)
    return { rss: kb('VmRSS') * 1024, hwm: kb('VmHWM') * 1024 }
  } catch {
    return { rss: 0, hwm: 0 }
  }
}

makeFile()
console.log(`upload file: ${file} (${(totalBytes / MB).toFixed(0)} MiB)`)

const server = await startThrowawayServer({ env: { REEDUCA_DB_PUSH: '1', REEDUCA_JOBS_AUTORUN: '0' } })
try {
  const login = await fetch(`${server.baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'trainer@reeduca.test', password: process.env.SEED_PASSWORD || 'reeduca-demo' }),
  })
  if (!login.ok) throw new Error(`Login as trainer@reeduca.test failed: ${login.status}`)
  const { token } = await login.json()
  const headers = { authorization: `JWT ${token}` }

  const upload = async (blob, name) => {
    const form = new FormData()
    form.append('file', blob, name)
    form.append('_payload', JSON.stringify({}))
    const response = await fetch(`${server.baseURL}/api/media?depth=0`, { method: 'POST', headers, body: form })
    const body = await response.json().catch(() => null)
    if (response.status !== 201) throw new Error(`Upload of ${name} answered ${response.status}: ${JSON.stringify(body)?.slice(0, 300)}`)
    return body.doc
  }

  // Warm the upload route (module loading, first database writes) with a small file.
  const warm = await upload(new Blob([smallMp4()], { type: 'video/mp4' }), 'warm-up.mp4')
  await fetch(`${server.baseURL}/api/media/${warm.id}`, { method: 'DELETE', headers })

  // The Next server is the largest process under the start script.
  const pids = descendants(server.pid)
  const pid = pids.map((p) => ({ p, rss: status(p).rss })).sort((a, b) => b.rss - a.rss)[0]?.p
  if (!pid) throw new Error('Could not find the server process')
  const before = status(pid)
  let peak = before.rss
  const sampler = setInterval(() => {
    peak = Math.max(peak, status(pid).rss)
  }, 50)

  const blob = await fs.openAsBlob(file, { type: 'video/mp4' })
  const started = performance.now()
  const doc = await upload(blob, 'taller-grabado.mp4')
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  peak = Math.max(peak, status(pid).rss)
  const after = status(pid)
  await fetch(`${server.baseURL}/api/media/${doc.id}`, { method: 'DELETE', headers })

  const growth = (peak - before.rss) / MB
  console.log(`load average while measuring: ${os.loadavg().map((value) => value.toFixed(1)).join(' ')} on ${os.cpus().length} cores`)
  console.table([
    {
      benchmark: `upload ${(totalBytes / MB).toFixed(0)} MiB video over HTTP`,
      'seconds': Number(seconds.toFixed(1)),
      'MB/s': Number((totalBytes / MB / seconds).toFixed(1)),
      'server RSS before MB': Math.round(before.rss / MB),
      'server RSS peak MB': Math.round(peak / MB),
      'growth MB (target ≤ 200)': Math.round(growth),
      'VmHWM before → after MB': `${Math.round(before.hwm / MB)} → ${Math.round(after.hwm / MB)}`,
    },
  ])
  if (doc.filesize !== totalBytes) console.log(`warning: stored size ${doc.filesize} differs from ${totalBytes}`)
} finally {
  server.stop()
}
process.exit(0)
