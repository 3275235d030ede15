/**
 * Each app instance streams multipart uploads into a folder of its own under the upload temp
 * folder (`uploadTempDir()`), and at start removes what instances no longer running left there.
 *
 * Why: a crash in the middle of an upload left the partial file (a 104 MB one was found) in a
 * folder every instance on the machine shared, where nothing ever removed it; and an instance
 * could not tell its own files from another's that was still writing. An instance's folder is
 * named after its process id, so the cleaner keeps the folders of live processes (another
 * instance uploading at this moment) and removes the rest, and the loose files older versions
 * left in the shared folder.
 */
import fs from 'node:fs'
import path from 'node:path'

import { uploadTempDir } from './storage'

type Env = Record<string, string | undefined>

const PREFIX = 'instance-'
const INSTANCE = `${PREFIX}${process.pid}-${Date.now().toString(36)}`

/** This instance's own folder for partial uploads. */
export function instanceUploadTempDir(env: Env = process.env): string {
  return path.join(uploadTempDir(env), INSTANCE)
}

/** Whether a process with this id is running on this machine. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The process id an instance folder is named after, or null for anything else. */
export function instancePid(name: string): number | null {
  const match = /^instance-(\d+)-[a-z0-9]+$/.exec(name)
  return match ? Number(match[1]) : null
}

/**
 * Removes from the upload temp folder everything but the folders of running instances (this one
 * included). Returns the names removed.
 */
export async function cleanUploadTempDir(env: Env = process.env, running: (pid: number) => boolean = isRunning): Promise<string[]> {
  const base = uploadTempDir(env)
  const entries = await fs.promises.readdir(base).catch(() => [] as string[])
  const removed: string[] = []
  for (const name of entries) {
    if (name === INSTANCE) continue
    const pid = instancePid(name)
    if (pid !== null && pid !== process.pid && running(pid)) continue
    await fs.promises.rm(path.join(base, name), { recursive: true, force: true })
    removed.push(name)
  }
  return removed
}
