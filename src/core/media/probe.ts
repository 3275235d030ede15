/**
 * Duration, dimensions and codecs of video and audio, read with ffprobe when the machine has it
 * (Debian's ffmpeg package, or FFPROBE_PATH). Without it the feature is off: uploads still work,
 * the fields stay empty, and the admin says why (see `probeAvailability`).
 */
import { execFile, spawnSync } from 'node:child_process'

export interface MediaProbe {
  durationSeconds?: number
  width?: number
  height?: number
  videoCodec?: string
  audioCodec?: string
}

let cached: string | null | undefined

/** The ffprobe command to run, or null when there is none. Checked once per process. */
export function ffprobeCommand(env: Record<string, string | undefined> = process.env): string | null {
  if (cached !== undefined) return cached
  const candidate = env.FFPROBE_PATH || 'ffprobe'
  if (env.REEDUCA_DISABLE_FFPROBE === '1') return (cached = null)
  const result = spawnSync(/*turbopackIgnore: true*/ candidate, ['-version'], { stdio: 'ignore', timeout: 5_000 })
  cached = result.status === 0 ? candidate : null
  return cached
}

export function probeAvailability(): { available: boolean; note: string } {
  const available = ffprobeCommand() !== null
  return available
    ? { available, note: 'Read from the file with ffprobe on upload.' }
    : {
        available,
        note: 'ffprobe (ffmpeg) is not installed on this server: duration, dimensions and codec are not read automatically. Install the "ffmpeg" package to turn this on.',
      }
}

interface FfprobeJson {
  format?: { duration?: string }
  streams?: Array<{ codec_type?: string; codec_name?: string; width?: number; height?: number; duration?: string }>
}

/** What ffprobe's JSON says, in our terms. Pure, so it is tested without ffprobe. */
export function readFfprobeJson(json: FfprobeJson): MediaProbe {
  const video = json.streams?.find((stream) => stream.codec_type === 'video')
  const audio = json.streams?.find((stream) => stream.codec_type === 'audio')
  const duration = Number(json.format?.duration ?? video?.duration ?? audio?.duration)
  const probe: MediaProbe = {}
  if (Number.isFinite(duration) && duration > 0) probe.durationSeconds = Math.round(duration * 10) / 10
  if (video?.width && video?.height) {
    probe.width = video.width
    probe.height = video.height
  }
  if (video?.codec_name) probe.videoCodec = video.codec_name
  if (audio?.codec_name) probe.audioCodec = audio.codec_name
  return probe
}

/** Probes a file on disk; resolves to {} when ffprobe is absent or cannot read the file. */
export function probeFile(file: string, timeoutMs = 30_000): Promise<MediaProbe> {
  const command = ffprobeCommand()
  if (!command) return Promise.resolve({})
  return new Promise((resolve) => {
    execFile(
      /*turbopackIgnore: true*/ command,
      ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file],
      { timeout: timeoutMs, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout) => {
        if (error) return resolve({})
        try {
          resolve(readFfprobeJson(JSON.parse(stdout) as FfprobeJson))
        } catch {
          resolve({})
        }
      },
    )
  })
}
