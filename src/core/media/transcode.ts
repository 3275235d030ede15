/**
 * Poster images and low-bandwidth renditions of video and audio, made with ffmpeg when the
 * machine has it (Debian's ffmpeg package, or FFMPEG_PATH). Without it the feature is off:
 * uploads still work, the media doc says `unavailable`, and the admin says why
 * (`transcodeAvailability`). No Payload import: collections/Media/renditions.ts runs this on
 * the jobs queue.
 *
 * ffmpeg is always run with an argument array (never through a shell), with a timeout, on the
 * stored (sanitised) file name.
 */
import { execFile, spawnSync } from 'node:child_process'

let cached: string | null | undefined

/** The ffmpeg command to run, or null when there is none. Checked once per process. */
export function ffmpegCommand(env: Record<string, string | undefined> = process.env): string | null {
  // The switch is read every time, so a test can turn the feature off without a new process.
  if (env.REEDUCA_DISABLE_FFMPEG === '1') return null
  if (cached !== undefined) return cached
  const candidate = env.FFMPEG_PATH || 'ffmpeg'
  const result = spawnSync(/*turbopackIgnore: true*/ candidate, ['-hide_banner', '-version'], { stdio: 'ignore', timeout: 5_000 })
  cached = result.status === 0 ? candidate : null
  return cached
}

export const FFMPEG_MISSING_NOTE =
  'ffmpeg is not installed on this server: videos get no poster image and no low-bandwidth copy. Install the "ffmpeg" package to turn this on.'

export function transcodeAvailability(): { available: boolean; note: string } {
  return ffmpegCommand() !== null
    ? { available: true, note: 'A poster image and a low-bandwidth copy are made in the background after upload.' }
    : { available: false, note: FFMPEG_MISSING_NOTE }
}

/** Target of the low-bandwidth copies: playable on an old phone over a weak rural connection. */
export const LOW_BANDWIDTH = {
  videoHeight: 360,
  videoBitrateKbps: 350,
  videoMaxrateKbps: 400,
  audioBitrateKbps: 64,
  audioOnlyBitrateKbps: 48,
  posterMaxWidth: 1280,
} as const

/** Where in the video the poster frame is taken: a little in, never past the middle. */
export function posterSeekSeconds(durationSeconds: number | null | undefined): number {
  if (!durationSeconds || !Number.isFinite(durationSeconds) || durationSeconds <= 0) return 1
  return Math.round(Math.min(3, durationSeconds / 4) * 100) / 100
}

// Inputs may only be read from the local file system: a crafted file (a playlist in disguise)
// cannot make ffmpeg fetch URLs or other files.
const common = ['-hide_banner', '-nostdin', '-v', 'error', '-y', '-protocol_whitelist', 'file']

/** One JPEG frame, at most 1280 px wide, with no metadata. */
export function posterArgs(input: string, output: string, seekSeconds: number): string[] {
  return [
    ...common,
    '-ss', String(seekSeconds),
    '-i', input,
    '-map', '0:v:0',
    '-frames:v', '1',
    '-vf', `scale='min(${LOW_BANDWIDTH.posterMaxWidth},iw)':-2`,
    '-map_metadata', '-1',
    '-q:v', '4',
    '-f', 'image2',
    '-c:v', 'mjpeg',
    output,
  ]
}

/**
 * H.264 main profile at 360p (never enlarged), ~350 kbps, AAC mono 64 kbps, `+faststart` so a
 * browser starts playing before the whole file has arrived.
 */
export function lowBandwidthVideoArgs(input: string, output: string): string[] {
  const { videoHeight, videoBitrateKbps, videoMaxrateKbps, audioBitrateKbps } = LOW_BANDWIDTH
  return [
    ...common,
    '-i', input,
    '-map', '0:v:0',
    '-map', '0:a:0?',
    '-vf', `scale=-2:'min(${videoHeight},ih)'`,
    '-c:v', 'libx264',
    '-profile:v', 'main',
    '-preset', 'veryfast',
    '-pix_fmt', 'yuv420p',
    '-b:v', `${videoBitrateKbps}k`,
    '-maxrate', `${videoMaxrateKbps}k`,
    '-bufsize', `${videoMaxrateKbps * 2}k`,
    '-c:a', 'aac',
    '-ac', '1',
    '-b:a', `${audioBitrateKbps}k`,
    '-map_metadata', '-1',
    '-movflags', '+faststart',
    '-f', 'mp4',
    output,
  ]
}

/** AAC mono ~48 kbps in an M4A: a 10-minute testimony in under 4 MB. */
export function lowBandwidthAudioArgs(input: string, output: string): string[] {
  return [
    ...common,
    '-i', input,
    '-map', '0:a:0',
    '-vn',
    '-c:a', 'aac',
    '-ac', '1',
    '-b:a', `${LOW_BANDWIDTH.audioOnlyBitrateKbps}k`,
    '-map_metadata', '-1',
    '-movflags', '+faststart',
    '-f', 'mp4',
    output,
  ]
}

/** How long a transcode may take: generous for long videos, bounded (REEDUCA_FFMPEG_TIMEOUT_MS). */
export function transcodeTimeoutMs(durationSeconds: number | null | undefined, env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.REEDUCA_FFMPEG_TIMEOUT_MS)
  if (Number.isFinite(configured) && configured > 0) return configured
  const seconds = durationSeconds && durationSeconds > 0 ? durationSeconds : 600
  return Math.min(6 * 3600_000, Math.max(60_000, seconds * 3_000))
}

export class TranscodeFailed extends Error {
  name = 'TranscodeFailed'
}

/** Runs ffmpeg with these arguments; rejects with the reason (last lines of its errors) on failure. */
export function runFfmpeg(args: string[], timeoutMs: number): Promise<void> {
  const command = ffmpegCommand()
  if (!command) return Promise.reject(new TranscodeFailed(FFMPEG_MISSING_NOTE))
  return new Promise((resolve, reject) => {
    execFile(/*turbopackIgnore: true*/ command, args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024, windowsHide: true }, (error, _stdout, stderr) => {
      if (!error) return resolve()
      const killed = (error as { killed?: boolean }).killed
      const detail = String(stderr ?? '').trim().split('\n').slice(-3).join(' ').slice(0, 400)
      reject(new TranscodeFailed(killed ? `ffmpeg took longer than ${Math.round(timeoutMs / 1000)} s and was stopped` : `ffmpeg failed${detail ? `: ${detail}` : ` (exit ${(error as { code?: unknown }).code})`}`))
    })
  })
}
