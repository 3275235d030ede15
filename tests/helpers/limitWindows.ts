/**
 * Sign-in limits count in fixed windows aligned on the clock (src/cms/auth/sharedWindowLimit.ts):
 * a test whose attempts straddle the end of a window sees its count start again half way, and a
 * refusal it waits for never comes (seen once on the full run: `expected 401 to be 429`, the
 * attempts made across 22:45:00). Before such a test, waits out a window that ends within
 * `marginMs` (the tests take at most about 12 s here).
 */
export async function clearOfWindowEnds(durationsMs: number[], marginMs = 45_000): Promise<void> {
  const now = Date.now()
  const left = durationsMs.map((duration) => duration - (now % duration)).filter((ms) => ms < marginMs)
  if (left.length) await new Promise((resolve) => setTimeout(resolve, Math.max(...left) + 250))
}
