/**
 * Every word of the interface exists in Spanish and in English: the strings module's keys, and
 * every label, description and option the collections give the admin. A word given in one
 * language only, or a field left without a label (Payload then shows its internal name, e.g.
 * "Mime Type" in the Spanish admin), fails here.
 */
import type { CollectionConfig } from 'payload'
import { describe, expect, test } from 'vitest'

import { STRINGS, UI_LANGUAGES } from '@/ui/strings'
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
import { REVIEW_DECISION_LABELS, REVIEW_STATE_LABELS } from '@/core/rules/review'
import { ROLE_LABELS } from '@/core/rules/roles'

/** Every path of a nested object of strings, with what sits there. */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key))
  }
  return [[path, value]]
}

describe('the strings module', () => {
  test('has every key in both languages, each a non-empty text (or a function giving one)', () => {
    const byLanguage = UI_LANGUAGES.map((language) => new Map(leaves(STRINGS[language])))
    const allKeys = new Set(byLanguage.flatMap((map) => [...map.keys()]))
    const problems: string[] = []
    for (const key of allKeys) {
      UI_LANGUAGES.forEach((language, index) => {
        const value = byLanguage[index].get(key)
        const text = typeof value === 'function' ? (value as (...args: unknown[]) => unknown)(2, 'x', 'y') : value
        if (typeof text !== 'string' || !text.trim()) problems.push(`${language}: ${key}`)
      })
    }
    expect(problems).toEqual([])
  })
})

type Labelled = Record<string, unknown>

/** A label the admin shows: an object with a non-empty Spanish and English text. */
function bilingualProblem(value: unknown, where: string): string | null {
  if (value === undefined) return null
  if (value === false) return null
  // A label function (collections/fields/labels.ts): what it says in each language.
  if (typeof value === 'function') {
    const say = (language: string) => (value as (args: unknown) => unknown)({ i18n: { language }, t: (key: string) => key })
    return bilingualProblem({ es: say('es'), en: say('en') }, where)
  }
  if (!value || typeof value !== 'object') return `${where}: ${JSON.stringify(value)} is not {es, en}`
  const record = value as Record<string, unknown>
  const missing = UI_LANGUAGES.filter((language) => typeof record[language] !== 'string' || !String(record[language]).trim())
  return missing.length ? `${where}: no ${missing.join(', ')}` : null
}

function fieldProblems(fields: unknown[], where: string): string[] {
  const problems: string[] = []
  for (const raw of fields) {
    const field = raw as Labelled & { admin?: Labelled }
    const name = typeof field.name === 'string' ? field.name : null
    const at = `${where}.${name ?? String(field.type)}`
    const hidden = field.hidden === true || field.admin?.hidden === true
    if (hidden) continue
    const push = (problem: string | null) => problem && problems.push(problem)
    // A named field the admin shows needs a label, or Payload makes one from its name in English.
    if (name && field.type !== 'ui' && field.label !== false) {
      push(field.label === undefined ? `${at}: no label` : bilingualProblem(field.label, `${at} label`))
    }
    push(bilingualProblem(field.admin?.description, `${at} description`))
    if (field.labels) {
      const labels = field.labels as Labelled
      push(bilingualProblem(labels.singular, `${at} labels.singular`))
      push(bilingualProblem(labels.plural, `${at} labels.plural`))
    }
    for (const option of (field.options as unknown[] | undefined) ?? []) {
      if (typeof option === 'string') problems.push(`${at}: option ${option} has no label`)
      // One plain text serves both languages only for proper names: states, a language's own name.
      else if (typeof (option as Labelled).label !== 'string') push(bilingualProblem((option as Labelled).label, `${at} option ${String((option as Labelled).value)}`))
    }
    if (Array.isArray(field.fields)) problems.push(...fieldProblems(field.fields, at))
    for (const tab of (field.tabs as Labelled[] | undefined) ?? []) {
      push(bilingualProblem(tab.label, `${at} tab`))
      problems.push(...fieldProblems(tab.fields as unknown[], `${at}.${String(tab.name ?? 'tab')}`))
    }
    for (const block of (field.blocks as Labelled[] | undefined) ?? []) {
      const labels = block.labels as Labelled
      push(bilingualProblem(labels?.singular, `${at}.${String(block.slug)} labels.singular`))
      push(bilingualProblem(labels?.plural, `${at}.${String(block.slug)} labels.plural`))
      problems.push(...fieldProblems(block.fields as unknown[], `${at}.${String(block.slug)}`))
    }
  }
  return problems
}

describe('the collections’ words in the admin', () => {
  const collections: CollectionConfig[] = [Programmes, Tracks, Modules, Sessions, ReviewDecisions, Themes, Resources, Media, Services, ManualReleases, Users]

  test.each(collections.map((collection) => [collection.slug, collection] as const))('%s: names, group, description, every field, option, tab and block in Spanish and English', (slug, collection) => {
    const problems = [
      bilingualProblem(collection.labels?.singular, `${slug} labels.singular`),
      bilingualProblem(collection.labels?.plural, `${slug} labels.plural`),
      bilingualProblem(collection.admin?.group, `${slug} group`),
      bilingualProblem(collection.admin?.description, `${slug} description`),
      ...fieldProblems(collection.fields, slug),
    ].filter(Boolean)
    expect(problems).toEqual([])
  })

  test('the rules’ own labels (review states and decisions, roles) are in both languages', () => {
    const problems = [
      ...Object.entries(REVIEW_STATE_LABELS).map(([key, label]) => bilingualProblem(label, `review state ${key}`)),
      ...Object.entries(REVIEW_DECISION_LABELS).map(([key, label]) => bilingualProblem(label, `review decision ${key}`)),
      ...Object.entries(ROLE_LABELS).map(([key, label]) => bilingualProblem(label, `role ${key}`)),
    ].filter(Boolean)
    expect(problems).toEqual([])
  })
})
