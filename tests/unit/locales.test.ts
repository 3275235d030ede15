import { describe, expect, test } from 'vitest'

import { BASE_LOCALES, DEFAULT_LOCALE, contentLocales, localeCodes } from '@/core/locales'

describe('contentLocales', () => {
  test('Spanish (the default) then English when nothing extra is configured', () => {
    expect(DEFAULT_LOCALE).toBe('es')
    for (const extra of [undefined, '', ' , ,']) {
      expect(contentLocales(extra)).toEqual([
        { code: 'es', label: 'Español' },
        { code: 'en', label: 'English' },
      ])
    }
  })

  test('REEDUCA_EXTRA_LOCALES adds code:label pairs after the base locales, in order', () => {
    expect(contentLocales("yua:Maaya t'aan,nah:Nāhuatl")).toEqual([
      ...BASE_LOCALES,
      { code: 'yua', label: "Maaya t'aan" },
      { code: 'nah', label: 'Nāhuatl' },
    ])
  })

  test('spaces around codes and labels are trimmed; a missing label falls back to the code', () => {
    expect(contentLocales(' tar : Rarámuri , ctl ,oto:')).toEqual([
      ...BASE_LOCALES,
      { code: 'tar', label: 'Rarámuri' },
      { code: 'ctl', label: 'ctl' },
      { code: 'oto', label: 'oto' },
    ])
  })

  test('a label may itself contain a colon', () => {
    expect(contentLocales('nah:Nāhuatl: Huasteca')).toContainEqual({ code: 'nah', label: 'Nāhuatl: Huasteca' })
  })

  test('region subtags are accepted', () => {
    expect(localeCodes(contentLocales('es-MX:Español de México'))).toEqual(['es', 'en', 'es-MX'])
  })

  test('malformed codes are ignored rather than breaking the config', () => {
    expect(localeCodes(contentLocales('EN:Shouting,x:Too short,abcd:Too long,12:Digits,:No code,yu a:Space,yua:Maya'))).toEqual([
      'es',
      'en',
      'yua',
    ])
  })

  test('a code given twice, or a base locale again, is added once with its first label', () => {
    expect(contentLocales('es:Castellano,en:Inglés,yua:Maya,yua:Maya otra vez')).toEqual([
      ...BASE_LOCALES,
      { code: 'yua', label: 'Maya' },
    ])
  })

  test('the base list is not modified by a call', () => {
    contentLocales('yua:Maya')
    expect(BASE_LOCALES.map((locale) => locale.code)).toEqual(['es', 'en'])
  })
})

test('localeCodes lists the codes', () => {
  expect(localeCodes(contentLocales('yua:Maya'))).toEqual(['es', 'en', 'yua'])
})
