import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, test } from 'vitest'

import { FILE_CHECK_MS, MAX_CACHED_FILE_BYTES, forgetReleaseDownloadFacts, generatedFile, releaseDownloadFacts } from '@/cms/releases/downloadCache'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-download-cache-'))
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

/** fs.promises with a count of reads, to tell memory from disk. */
function countingFs() {
  const counter = {
    reads: 0,
    stats: 0,
    stat: (file: string) => {
      counter.stats++
      return fs.promises.stat(file)
    },
    readFile: async (file: string) => {
      counter.reads++
      return fs.promises.readFile(file)
    },
  }
  return counter
}

describe('generated files in memory', () => {
  test('a manual is read from disk once, then served from memory with the same bytes', async () => {
    const file = path.join(folder, 'manual-es.pdf')
    fs.writeFileSync(file, Buffer.from('%PDF-1.7 first'))
    const disk = countingFs()
    const first = await generatedFile(file, disk)
    const second = await generatedFile(file, disk)
    expect(disk.reads).toBe(1)
    expect(second?.bytes?.toString()).toBe('%PDF-1.7 first')
    expect(second?.size).toBe(first?.size)
  })

  test('a file rebuilt or restored on disk is read again', async () => {
    const file = path.join(folder, 'workbook-es.pdf')
    fs.writeFileSync(file, Buffer.from('%PDF old'))
    const disk = countingFs()
    let clock = 1_000_000
    const now = () => clock
    await generatedFile(file, disk, { now })
    fs.writeFileSync(file, Buffer.from('%PDF new, longer'))
    const later = new Date(Date.now() + 5000)
    fs.utimesSync(file, later, later)
    // Within a second the disk is not asked again…
    clock += FILE_CHECK_MS - 1
    expect((await generatedFile(file, disk, { now }))?.bytes?.toString()).toBe('%PDF old')
    expect(disk.stats).toBe(1)
    // …after it, the new file is noticed and read.
    clock += 1
    expect((await generatedFile(file, disk, { now }))?.bytes?.toString()).toBe('%PDF new, longer')
    expect(disk.stats).toBe(2)
    expect(disk.reads).toBe(2)
  })

  test('a file that vanished is noticed within a second', async () => {
    const file = path.join(folder, 'vanishing.pdf')
    fs.writeFileSync(file, Buffer.from('%PDF here'))
    let clock = 2_000_000
    const now = () => clock
    expect(await generatedFile(file, countingFs(), { now })).not.toBeNull()
    fs.rmSync(file)
    clock += FILE_CHECK_MS
    expect(await generatedFile(file, countingFs(), { now })).toBeNull()
  })

  test('a missing file is null, and a big one (an offline bundle) is left on disk', async () => {
    expect(await generatedFile(path.join(folder, 'nothing.pdf'), countingFs())).toBeNull()
    const big = path.join(folder, 'bundle.zip')
    fs.writeFileSync(big, Buffer.alloc(MAX_CACHED_FILE_BYTES + 1))
    const disk = countingFs()
    const file = await generatedFile(big, disk)
    expect(file).toMatchObject({ size: MAX_CACHED_FILE_BYTES + 1 })
    expect(file?.bytes).toBeUndefined()
    expect(disk.reads).toBe(0)
  })
})

describe('release facts', () => {
  test('a ready release is remembered until forgotten; one still building is asked every time', async () => {
    let loads = 0
    const ready = { id: 'r1', track: 't', status: 'ready', archived: false }
    const load = async () => {
      loads++
      return { ...ready }
    }
    await releaseDownloadFacts('r1', load)
    await releaseDownloadFacts('r1', load)
    expect(loads).toBe(1)
    forgetReleaseDownloadFacts('r1')
    await releaseDownloadFacts('r1', load)
    expect(loads).toBe(2)

    let building = 0
    const loadBuilding = async () => {
      building++
      return { id: 'r2', track: 't', status: 'building' }
    }
    await releaseDownloadFacts('r2', loadBuilding)
    await releaseDownloadFacts('r2', loadBuilding)
    expect(building).toBe(2)
  })
})
