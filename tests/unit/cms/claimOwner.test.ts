/** A build claim left by a process of this machine that is gone is taken over at once. */
import { spawnSync } from 'node:child_process'
import os from 'node:os'

import { expect, test } from 'vitest'

import { ownerIsGoneFromThisHost } from '@/cms/jobs/claim'

test('a claim owned by a finished process of this host is gone; this process, another host or a live process are not', () => {
  const finished = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
  expect(ownerIsGoneFromThisHost(`${os.hostname()}:${finished.stdout}:abc`)).toBe(true)
  expect(ownerIsGoneFromThisHost(`${os.hostname()}:${process.pid}:abc`)).toBe(false)
  expect(ownerIsGoneFromThisHost(`${os.hostname()}:${process.ppid}:abc`)).toBe(false)
  expect(ownerIsGoneFromThisHost(`another-host:${finished.stdout}:abc`)).toBe(false)
  expect(ownerIsGoneFromThisHost(undefined)).toBe(false)
})
