import { describe, expect, test } from 'vitest'

import { portalCacheName, releaseCacheName, staticAssetsIn, userCachePrefix } from '@/ui/portal/offline/protocol'

describe('the portal worker’s protocol', () => {
  test('finds the code files a page needs, with and without the /_next/ prefix, once each', () => {
    const html = `<link rel="stylesheet" href="/_next/static/chunks/a1b2.css"/><script src="/_next/static/chunks/main-x.js" async></script>
      <script>self.__next_f.push([1,"2:I[\\"static/chunks/c3d4.js\\",\\"/_next/static/chunks/main-x.js\\"]"])</script>
      <img src="/api/media/file/photo.webp"/><a href="/_next/static/">dir</a>`
    expect(staticAssetsIn(html).sort()).toEqual(['/_next/static/chunks/a1b2.css', '/_next/static/chunks/c3d4.js', '/_next/static/chunks/main-x.js'])
  })

  test('caches are named per user, so one user’s names never start like another’s', () => {
    expect(portalCacheName('abc')).toBe('reeduca-uabc-portal')
    expect(releaseCacheName('abc', '7')).toBe('reeduca-uabc-r7')
    expect(releaseCacheName('abc', '7').startsWith(userCachePrefix('ab'))).toBe(false)
  })
})
