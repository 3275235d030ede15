/**
 * The collections' `{ es, en }` labels reach Payload as label functions (collections/fields/labels.ts),
 * which Payload calls per language when it builds the admin's client config: no component can then
 * print a label object as "[object Object]" (the list's sort buttons did: "Ordenar por [object
 * Object]"). The crawl (tests/e2e/admin-language.test.ts) checks the admin itself.
 */
import type { CollectionConfig } from 'payload'
import { describe, expect, test } from 'vitest'

import { LABEL_LANGUAGE_TRANSLATIONS, bilingualLabels, isBilingual } from '@collections/fields/labels'
import { ManualReleases } from '@collections/ManualReleases'
import { Media } from '@collections/Media'
import { Modules } from '@collections/Modules'
import { Programmes } from '@collections/Programmes'
import { Resources } from '@collections/Resources'
import { ReviewDecisions } from '@collections/ReviewDecisions'
import { Services } from '@collections/Services'
import { Sessions } from '@collections/Sessions'
import { Themes } from '@collections/Themes'
import { Tracks } from '@collections/Tracks'
import { Users } from '@collections/Users'

const COLLECTIONS: CollectionConfig[] = [Programmes, Tracks, Modules, Sessions, ReviewDecisions, Themes, Resources, Media, Services, ManualReleases, Users]

type Loose = Record<string, unknown>
type Found = { where: string; value: unknown; tab?: boolean }

/** Every label a collection gives the admin where Payload accepts a function, with where it is. */
function labelsOf(collection: CollectionConfig): Found[] {
  const found: Found[] = []
  const labels = (value: unknown, where: string) => {
    const record = value as Loose | undefined
    if (record?.singular !== undefined) found.push({ where: `${where} labels.singular`, value: record.singular })
    if (record?.plural !== undefined) found.push({ where: `${where} labels.plural`, value: record.plural })
  }
  const fields = (list: unknown[], where: string) => {
    for (const raw of list) {
      const field = raw as Loose
      const at = `${where}.${String(field.name ?? field.type)}`
      if (field.type !== 'ui' && field.label !== undefined && field.label !== false) found.push({ where: `${at} label`, value: field.label })
      labels(field.labels, at)
      if (Array.isArray(field.fields)) fields(field.fields, at)
      for (const block of (field.blocks as Loose[] | undefined) ?? []) {
        labels(block.labels, `${at}.${String(block.slug)}`)
        fields(block.fields as unknown[], `${at}.${String(block.slug)}`)
      }
      for (const tab of (field.tabs as Loose[] | undefined) ?? []) {
        found.push({ where: `${at} tab ${String(tab.name ?? '')}`, value: tab.label, tab: true })
        fields(tab.fields as unknown[], `${at}.${String(tab.name ?? 'tab')}`)
      }
      for (const option of (field.options as unknown[] | undefined) ?? []) {
        if (option && typeof option === 'object') found.push({ where: `${at} option ${String((option as Loose).value)}`, value: (option as Loose).label })
      }
    }
  }
  labels(collection.labels, collection.slug)
  fields(collection.fields, collection.slug)
  return found
}

/** Payload's `t` for one language, as far as these labels use it (the language key). */
function tIn(language: 'es' | 'en') {
  return (key: string) => (key === 'reeduca:language' ? LABEL_LANGUAGE_TRANSLATIONS[language].reeduca.language : key)
}

describe('the labels Payload receives', () => {
  test('are authored in both languages and many of them as { es, en } objects (what the fix turns into functions)', () => {
    const objects = COLLECTIONS.flatMap(labelsOf).filter((label) => isBilingual(label.value))
    expect(objects.length).toBeGreaterThan(100)
  })

  test('are never a { es, en } object, so no component reads one as "[object Object]"', () => {
    const left = COLLECTIONS.map(bilingualLabels)
      .flatMap(labelsOf)
      .filter((label) => typeof label.value === 'object' && label.value !== null)
      .map((label) => label.where)
    expect(left).toEqual([])
  })

  test('say each language’s text, called as Payload calls them (with i18n; a tab with t only)', () => {
    const authored = COLLECTIONS.flatMap(labelsOf)
    const converted = COLLECTIONS.map(bilingualLabels).flatMap(labelsOf)
    expect(converted.map((label) => label.where)).toEqual(authored.map((label) => label.where))
    const wrong: string[] = []
    converted.forEach((label, index) => {
      const original = authored[index].value
      if (!isBilingual(original)) return
      for (const language of ['es', 'en'] as const) {
        const say = label.value as (args: unknown) => unknown
        const calls = [{ i18n: { language }, t: tIn(language) }, ...(label.tab ? [{ t: tIn(language) }] : [])]
        for (const args of calls) {
          const text = typeof say === 'function' ? say(args) : say
          if (text !== original[language]) wrong.push(`${label.where} in ${language}: ${JSON.stringify(text)}, not ${JSON.stringify(original[language])}`)
        }
      }
    })
    expect(wrong).toEqual([])
  })

  test('leave the collections as authored (the strings test reads them)', () => {
    const before = JSON.stringify(COLLECTIONS.flatMap(labelsOf))
    COLLECTIONS.map(bilingualLabels)
    expect(JSON.stringify(COLLECTIONS.flatMap(labelsOf))).toBe(before)
  })

  test('offer no `ui` field (a player, the live agenda, review buttons) as a list column: the column picker named them by code ("Player")', () => {
    const offered: string[] = []
    const walk = (fields: readonly unknown[], where: string) => {
      for (const field of fields as Loose[]) {
        const admin = (field.admin ?? {}) as Loose
        if (field.type === 'ui' && !admin.disableListColumn && !(admin.components as Loose | undefined)?.Cell) offered.push(`${where}.${String(field.name)}`)
        if (Array.isArray(field.fields)) walk(field.fields, where)
        if (Array.isArray(field.tabs)) for (const tab of field.tabs as Loose[]) walk(tab.fields as unknown[], where)
      }
    }
    const authored = COLLECTIONS.reduce((count, collection) => count + JSON.stringify(collection.fields).split('"type":"ui"').length - 1, 0)
    expect(authored).toBeGreaterThan(5)
    for (const collection of COLLECTIONS.map(bilingualLabels)) walk(collection.fields, collection.slug)
    expect(offered).toEqual([])
  })
})
