/**
 * Demo media made by code at seed time, so the repository carries no binary files:
 * illustrations drawn as SVG and rasterised with sharp, a paced-breathing audio guide as WAV,
 * and WebVTT captions for it.
 */
import sharp from 'sharp'

const WIDTH = 1200
const HEIGHT = 800

function wheel(colours: string[], hub: string): string {
  const cx = WIDTH / 2
  const cy = HEIGHT / 2
  const radius = 330
  const segments = colours
    .map((colour, index) => {
      const a0 = (index / colours.length) * Math.PI * 2 - Math.PI / 2
      const a1 = ((index + 1) / colours.length) * Math.PI * 2 - Math.PI / 2
      const x0 = cx + radius * Math.cos(a0)
      const y0 = cy + radius * Math.sin(a0)
      const x1 = cx + radius * Math.cos(a1)
      const y1 = cy + radius * Math.sin(a1)
      return `<path d="M${cx},${cy} L${x0.toFixed(1)},${y0.toFixed(1)} A${radius},${radius} 0 0 1 ${x1.toFixed(1)},${y1.toFixed(1)} Z" fill="${colour}" stroke="#fff" stroke-width="6"/>`
    })
    .join('')
  return `${segments}<circle cx="${cx}" cy="${cy}" r="120" fill="${hub}" stroke="#fff" stroke-width="8"/>`
}

const drawings: Record<string, () => string> = {
  'power-wheel': () => wheel(['#8e2b3b', '#a13a48', '#b44a55', '#c75a63', '#8e2b3b', '#a13a48', '#b44a55', '#c75a63'], '#4a1520'),
  'equality-wheel': () => wheel(['#2a8c82', '#38a195', '#46b5a8', '#54c9bb', '#2a8c82', '#38a195', '#46b5a8', '#54c9bb'], '#16524c'),
  'safety-plan': () =>
    `<rect x="0" y="560" width="${WIDTH}" height="240" fill="#cfe8d5"/>` +
    `<polygon points="300,330 470,190 640,330" fill="#7b3fa0"/><rect x="330" y="330" width="280" height="230" fill="#efe4f5"/>` +
    `<rect x="440" y="430" width="70" height="130" fill="#7b3fa0"/>` +
    `<path d="M510,560 C650,600 760,520 900,560" stroke="#2a8c82" stroke-width="26" fill="none" stroke-linecap="round"/>` +
    `<circle cx="930" cy="520" r="60" fill="#f2b134"/>`,
  emotions: () =>
    [0, 1, 2, 3]
      .map((index) => {
        const x = 210 + index * 260
        const mouth = [
          'M-45,30 Q0,70 45,30',
          'M-45,45 L45,45',
          'M-45,55 Q0,15 45,55',
          'M-40,40 Q0,75 40,40',
        ][index]
        const colour = ['#f2b134', '#9bb7d4', '#d97b66', '#7fc29b'][index]
        return `<g transform="translate(${x},400)"><circle r="110" fill="${colour}"/><circle cx="-38" cy="-25" r="13" fill="#333"/><circle cx="38" cy="-25" r="13" fill="#333"/><path d="${mouth}" stroke="#333" stroke-width="10" fill="none" stroke-linecap="round"/></g>`
      })
      .join(''),
  rights: () =>
    `<rect x="585" y="200" width="30" height="420" fill="#5b3a7a"/><rect x="450" y="620" width="300" height="40" rx="12" fill="#5b3a7a"/>` +
    `<rect x="330" y="230" width="540" height="22" rx="11" fill="#5b3a7a"/>` +
    `<path d="M340,252 L270,420 L410,420 Z" fill="none" stroke="#5b3a7a" stroke-width="8"/><path d="M860,252 L790,420 L930,420 Z" fill="none" stroke="#5b3a7a" stroke-width="8"/>` +
    `<ellipse cx="340" cy="425" rx="95" ry="22" fill="#2a8c82"/><ellipse cx="860" cy="425" rx="95" ry="22" fill="#2a8c82"/>`,
  'risk-cues': () =>
    `<polygon points="600,140 960,680 240,680" fill="#f2b134" stroke="#8e2b3b" stroke-width="24" stroke-linejoin="round"/>` +
    `<rect x="575" y="320" width="50" height="210" rx="20" fill="#8e2b3b"/><circle cx="600" cy="600" r="32" fill="#8e2b3b"/>`,
  'support-network': () => {
    const nodes = [
      [600, 400],
      [300, 220],
      [900, 220],
      [260, 600],
      [940, 600],
      [600, 140],
      [600, 660],
    ]
    const lines = nodes.slice(1).map(([x, y]) => `<line x1="600" y1="400" x2="${x}" y2="${y}" stroke="#9b86b0" stroke-width="10"/>`)
    const dots = nodes.map(([x, y], i) => `<circle cx="${x}" cy="${y}" r="${i === 0 ? 90 : 60}" fill="${i === 0 ? '#7b3fa0' : '#2a8c82'}"/>`)
    return lines.join('') + dots.join('')
  },
}

export const ILLUSTRATIONS = Object.keys(drawings)

/** A PNG illustration, drawn on a light background. Unknown names get a neutral pattern. */
export async function illustrationPng(name: string, background = '#faf7fc'): Promise<Buffer> {
  const body = (drawings[name] ?? drawings['support-network'])()
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><rect width="100%" height="100%" fill="${background}"/>${body}</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}

/**
 * A paced-breathing guide: a soft rising chime at each "breathe in" and a lower one at each
 * "breathe out", four seconds apart. 16 kHz mono PCM keeps it small.
 */
export function breathingGuideWav({ seconds = 32, sampleRate = 16_000 } = {}): Buffer {
  const samples = seconds * sampleRate
  const pcm = Buffer.alloc(samples * 2)
  for (let i = 0; i < samples; i++) {
    const t = i / sampleRate
    const phase = t % 8
    const inhale = phase < 4
    const sinceChime = inhale ? phase : phase - 4
    const frequency = inhale ? 660 : 440
    const envelope = Math.exp(-sinceChime * 2.2) * 0.35
    const value = Math.sin(2 * Math.PI * frequency * t) * envelope + Math.sin(2 * Math.PI * frequency * 2 * t) * envelope * 0.15
    pcm.writeInt16LE(Math.round(Math.max(-1, Math.min(1, value)) * 32767), i * 2)
  }
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + pcm.length, 4)
  header.write('WAVE', 8)
  header.write('fmt ', 12)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20)
  header.writeUInt16LE(1, 22)
  header.writeUInt32LE(sampleRate, 24)
  header.writeUInt32LE(sampleRate * 2, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36)
  header.writeUInt32LE(pcm.length, 40)
  return Buffer.concat([header, pcm])
}

function vttTime(seconds: number): string {
  const whole = Math.floor(seconds)
  const ms = Math.round((seconds - whole) * 1000)
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = whole % 60
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms).padStart(3, '0')}`
}

/** WebVTT captions spreading the lines evenly over the duration. */
export function webVtt(lines: readonly string[], durationSeconds: number): string {
  const step = durationSeconds / Math.max(lines.length, 1)
  const cues = lines.map((line, index) => `${index + 1}\n${vttTime(index * step)} --> ${vttTime((index + 1) * step)}\n${line}`)
  return `WEBVTT\n\n${cues.join('\n\n')}\n`
}

/**
 * A short demo video (test pattern and a soft tone) made with ffmpeg's built-in sources, or
 * null when ffmpeg is not installed. Small on purpose: 320×240, 15 fps, a few seconds.
 */
export async function demoVideoMp4({ seconds = 4 } = {}): Promise<Buffer | null> {
  const { ffmpegCommand, runFfmpeg } = await import('@/core/media/transcode')
  if (!ffmpegCommand()) return null
  const { default: fs } = await import('node:fs/promises')
  const { default: os } = await import('node:os')
  const { default: path } = await import('node:path')
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'reeduca-demo-video-'))
  const output = path.join(dir, 'demo.mp4')
  try {
    await runFfmpeg(
      [
        '-hide_banner', '-nostdin', '-v', 'error', '-y',
        '-f', 'lavfi', '-i', `testsrc2=size=320x240:rate=15:duration=${seconds}`,
        '-f', 'lavfi', '-i', `sine=frequency=330:sample_rate=22050:duration=${seconds}`,
        '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-b:v', '200k',
        '-c:a', 'aac', '-ac', '1', '-b:a', '48k', '-shortest', '-movflags', '+faststart',
        output,
      ],
      60_000,
    )
    return await fs.readFile(output)
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}
