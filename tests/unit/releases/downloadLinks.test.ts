import { describe, expect, test } from 'vitest'

import { downloadLinks } from '@/core/releases/editions'

const file = (edition: string, locale: string | null, size: number, downloads = 0) => ({
  edition: edition as 'facilitator-manual',
  locale,
  filename: `reeduca-mujeres-1.2.0-${edition}${locale ? `-${locale}` : ''}`,
  path: 'x',
  size,
  sha256: `${edition}-${locale}`.padEnd(64, '0'),
  downloads,
})

describe('the download links of a release', () => {
  test('list manual then workbook for each of its locales, in the release’s order, then the offline bundle once', () => {
    const links = downloadLinks({
      id: 7,
      locales: ['es', 'en'],
      // Stored in build order, which is not the reading order.
      files: [file('offline-bundle', null, 3_000_000, 2), file('participant-workbook', 'en', 300), file('facilitator-manual', 'en', 600), file('participant-workbook', 'es', 310), file('facilitator-manual', 'es', 650, 41)],
    })
    expect(links.map((link) => `${link.edition}/${link.locale}`)).toEqual([
      'facilitator-manual/es',
      'participant-workbook/es',
      'facilitator-manual/en',
      'participant-workbook/en',
      'offline-bundle/null',
    ])
    expect(links[0]).toMatchObject({ href: '/api/manual-releases/7/download/facilitator-manual?locale=es', size: 650, downloads: 41 })
    expect(links[0].sha256).toHaveLength(64)
    // The bundle holds every locale; its address names the release's first.
    expect(links[4]).toMatchObject({ href: '/api/manual-releases/7/download/offline-bundle?locale=es', size: 3_000_000, downloads: 2 })
  })

  test('a file the release does not have is not offered, and text ids are escaped', () => {
    const links = downloadLinks({ id: 'a/b c', locales: ['es', 'en'], files: [file('facilitator-manual', 'es', 650)] })
    expect(links).toHaveLength(1)
    expect(links[0].href).toBe('/api/manual-releases/a%2Fb%20c/download/facilitator-manual?locale=es')
    expect(downloadLinks({ id: 1, locales: ['es'], files: null })).toEqual([])
  })
})
