import { describe, expect, test } from 'vitest'

import { crossSiteProblem, originOf, trustedOrigins } from '@/core/rules/origins'

describe('trusted origins', () => {
  test('SERVER_URL and REEDUCA_TRUSTED_ORIGINS, as origins, without duplicates or junk', () => {
    expect(trustedOrigins({})).toEqual([])
    expect(trustedOrigins({ SERVER_URL: 'https://reeduca.example.org/', REEDUCA_TRUSTED_ORIGINS: ' https://otro.example.org:8443/x , https://reeduca.example.org,javascript:alert(1),' })).toEqual([
      'https://reeduca.example.org',
      'https://otro.example.org:8443',
    ])
    expect(originOf('ftp://x.example')).toBeNull()
  })
})

describe('cross-site writes', () => {
  const facts = (over: Partial<Parameters<typeof crossSiteProblem>[0]>) => ({ method: 'POST', origin: null, hosts: ['reeduca.example.org'], secFetchSite: null, ...over })

  test('another origin, an opaque origin or a cross-site fetch may not write', () => {
    expect(crossSiteProblem(facts({ origin: 'http://evil.example' }), [])).toMatch(/another origin/)
    expect(crossSiteProblem(facts({ origin: 'null', method: 'DELETE' }), [])).toMatch(/another origin/)
    expect(crossSiteProblem(facts({ secFetchSite: 'cross-site', method: 'PATCH' }), [])).toMatch(/Cross-site/)
    // A look-alike host is another host.
    expect(crossSiteProblem(facts({ origin: 'http://reeduca.example.org.evil.example' }), [])).not.toBeNull()
  })

  test('the site itself, a trusted origin, a proxy’s forwarded host, reads and scripts may', () => {
    expect(crossSiteProblem(facts({ origin: 'https://reeduca.example.org' }), [])).toBeNull()
    expect(crossSiteProblem(facts({ origin: 'https://otro.example.org' }), ['https://otro.example.org'])).toBeNull()
    expect(crossSiteProblem(facts({ origin: 'https://public.example.org', hosts: ['127.0.0.1:3000', 'public.example.org'] }), [])).toBeNull()
    expect(crossSiteProblem(facts({ origin: 'http://evil.example', method: 'GET' }), [])).toBeNull()
    expect(crossSiteProblem(facts({}), [])).toBeNull()
    expect(crossSiteProblem(facts({ secFetchSite: 'same-origin' }), [])).toBeNull()
  })
})
