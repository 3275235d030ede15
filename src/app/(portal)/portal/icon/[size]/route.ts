import sharp from 'sharp'

const SIZES = new Set([192, 512])

/**
 * The app icon (192 and 512 px PNG), drawn from a small SVG by sharp when asked: no image file
 * to keep in the repository, and the same neutral mark at every size (no words, nothing that
 * says what the programme is about on a shared phone's home screen).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ size: string }> }) {
  const size = Number((await params).size)
  if (!SIZES.has(size)) return new Response('Not found', { status: 404 })
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <rect width="512" height="512" fill="#5b2a86"/>
  <circle cx="256" cy="256" r="150" fill="none" stroke="#ffffff" stroke-width="44"/>
  <circle cx="256" cy="256" r="48" fill="#ffffff"/>
</svg>`
  const png = await sharp(Buffer.from(svg)).resize(size, size).png().toBuffer()
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' } })
}
