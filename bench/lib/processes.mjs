// The server's processes as Linux's /proc shows them: which run under it, and the CPU each used.
import fs from 'node:fs'

/** Every process under `pid` (the start script runs the server as a child, the server its compilers). */
export function descendants(pid) {
  const children = new Map()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // gone
    }
  }
  const found = []
  const walk = (p) => {
    for (const child of children.get(p) ?? []) {
      found.push(child)
      walk(child)
    }
  }
  walk(pid)
  return found
}

/** Clock ticks per second of /proc/<pid>/stat's times: 100 on every Linux we run on (USER_HZ). */
const TICKS_PER_SECOND = 100

/** CPU time a process has used so far (user + system, all its threads), in ms; null once it is gone. */
export function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
  } catch {
    return null
  }
}

/** A process's resident memory, in MB: all of it, and its own (anonymous) part; zeros once it is gone. */
export function memoryMB(pid) {
  let status = ''
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  } catch {
    // gone
  }
  const kB = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0)
  return { rss: kB('VmRSS') / 1024, own: kB('RssAnon') / 1024 }
}

/** The command line of a process ('' once it is gone). */
export function commandLine(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
  } catch {
    return ''
  }
}

/**
 * CPU used by the processes under `pid` from now on, split by `kindOf(commandLine)`: call
 * `sample()` to look for processes (it walks /proc, about 2 ms of CPU) and `refresh()` to read
 * again those already seen (a few files), often enough to catch a process's last figure before it
 * ends; `used()` gives the totals per kind in ms as of the last reading. A process's time counts
 * from the first sample that saw it (from zero for one that started after the first sample).
 */
export function cpuMeter(pid, kindOf) {
  const first = new Map()
  const last = new Map()
  const kinds = new Map()
  let started = false
  const sample = () => {
    for (const each of descendants(pid)) {
      const ms = cpuMs(each)
      if (ms === null) continue
      if (!first.has(each)) {
        first.set(each, started ? 0 : ms)
        kinds.set(each, kindOf(commandLine(each)))
      }
      last.set(each, ms)
    }
    started = true
  }
  const refresh = () => {
    for (const each of last.keys()) {
      const ms = cpuMs(each)
      if (ms !== null) last.set(each, ms)
    }
  }
  sample()
  return {
    sample,
    refresh,
    used() {
      const totals = {}
      for (const [each, ms] of last) totals[kinds.get(each)] = (totals[kinds.get(each)] ?? 0) + ms - first.get(each)
      return totals
    },
  }
}
