/**
 * Issue 15: the last English in the Spanish admin came from Payload's compiled client, with no
 * i18n key (the bulk upload's "Successfully saved N files" / "Failed to save N files", the editor's
 * "Edit link", "Remove link", "Drag to move", "Insert Paragraph", "<group> dropdown").
 * scripts/patches/ (patch-package, applied by `postinstall`) makes them ask `t('reeduca:…')`.
 * An upgrade of @payloadcms/ui or @payloadcms/richtext-lexical that drops the patch fails here,
 * loudly, instead of bringing the English back silently.
 */
import fs from 'node:fs'
import path from 'node:path'

import { initI18n } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { describe, expect, test } from 'vitest'

import { projectRoot } from '@/core/files/storage'
import { PAYLOAD_CLIENT_STRINGS, UI_LANGUAGES } from '@/ui/strings'

// Read where the app resolves them (neither package exports its package.json).
function packageFile(pkg: string, file: string): string {
  return fs.readFileSync(path.join(projectRoot, 'node_modules', pkg, file), 'utf8')
}

/** The compiled files the admin's browser bundle is built from, and what each must no longer say. */
const PATCHED: Array<{ pkg: string; file: string; english: string[]; keys: string[] }> = [
  {
    pkg: '@payloadcms/ui',
    file: 'dist/exports/client/index.js',
    english: ['Successfully saved ${', 'Failed to save ${'],
    keys: ['reeduca:bulkSaved', 'reeduca:bulkFailed'],
  },
  {
    pkg: '@payloadcms/ui',
    file: 'dist/elements/BulkUpload/FormsManager/index.js',
    english: ['Successfully saved ${', 'Failed to save ${'],
    keys: ['reeduca:bulkSaved', 'reeduca:bulkFailed'],
  },
  {
    pkg: '@payloadcms/richtext-lexical',
    file: 'dist/exports/client/index.js',
    english: ['"aria-label":"Edit link"', '"aria-label":"Remove link"', '} dropdown`'],
    keys: ['reeduca:editLink', 'reeduca:removeLink', 'reeduca:toolbarDropdown'],
  },
  {
    pkg: '@payloadcms/richtext-lexical',
    file: 'dist/exports/client/Field-YZR46UCY.js',
    english: ['"aria-label":"Drag to move"', '"aria-label":"Insert Paragraph"'],
    keys: ['reeduca:dragToMove', 'reeduca:insertParagraph'],
  },
]

describe("Payload's compiled admin client, patched (scripts/patches)", () => {
  test("a field's refusal from the server outlives the form's next refresh while its value is unchanged", () => {
    const source = packageFile('@payloadcms/ui', 'dist/exports/client/index.js')
    expect(source).toContain('reeducaRefusal:{message:r,value:(o[s]||{}).value}')
    expect(source).toContain('n[r].reeducaRefusal&&(t!==!0&&s.valid!==!1&&xz(n[r].value,n[r].reeducaRefusal.value)')
  })

  test("the bulk-upload drawer keeps a file's refusal when the person moves to another file and back", () => {
    const source = packageFile('@payloadcms/ui', 'dist/exports/client/index.js')
    // Moving to another file stores the open one's live state through this function, inline.
    const helper = source.match(/formState:(\(\(t,e\)=>\{.*?return o\}\))\(K\.formState,fe\)/)?.[1]
    expect(helper).toBeTruthy()
    const keepRefusals = new Function(`return ${helper}`)() as (stored: object, live: object) => Record<string, any>
    const file = { name: 'dibujo.svg' }
    const refusal = { message: '«dibujo.svg» — No se aceptan imágenes SVG', value: file }
    const stored = { file: { value: file, valid: false, errorMessage: refusal.message, reeducaRefusal: refusal }, alt: { value: '' } }
    // The live form had not absorbed the server's answer yet: the refusal is kept.
    const kept = keepRefusals(stored, { file: { value: file, valid: true }, alt: { value: 'Un dibujo' } })
    expect(kept.file).toMatchObject({ valid: false, errorMessage: refusal.message })
    expect(kept.alt).toEqual({ value: 'Un dibujo' })
    // Another file chosen meanwhile: the old refusal no longer applies.
    expect(keepRefusals(stored, { file: { value: { name: 'otro.png' }, valid: true } }).file.valid).toBe(true)
  })

  for (const { pkg, file, english, keys } of PATCHED) {
    test(`${pkg}/${file} says no English of its own and asks t() for our keys`, () => {
      const source = packageFile(pkg, file)
      for (const literal of english) expect(source, literal).not.toContain(literal)
      for (const key of keys) expect(source, key).toContain(key)
    })
  }

  test('every key the patched files ask for exists in Spanish and in English', () => {
    const used = new Set<string>()
    for (const { pkg, file } of PATCHED) {
      for (const [, key] of packageFile(pkg, file).matchAll(/["']reeduca:([A-Za-z_]+)["']/g)) used.add(key)
    }
    // The toolbar's groups are asked for as "reeduca:toolbarDropdown_" + the group's key.
    const groups = ['text', 'add', 'align', 'blocks', 'inlineBlocks', 'textState']
    for (const group of groups) used.add(`toolbarDropdown_${group}`)
    used.delete('toolbarDropdown_')
    expect(used.size).toBeGreaterThan(8)
    const missing: string[] = []
    for (const language of UI_LANGUAGES) {
      const words = PAYLOAD_CLIENT_STRINGS[language]
      for (const key of used) {
        const plural = [`${key}_one`, `${key}_other`]
        const found = key in words ? [words[key]] : plural.map((k) => words[k])
        if (found.some((text) => typeof text !== 'string' || !text.trim())) missing.push(`${language}: ${key}`)
      }
    }
    expect(missing).toEqual([])
    expect(Object.keys(PAYLOAD_CLIENT_STRINGS.es).sort()).toEqual(Object.keys(PAYLOAD_CLIENT_STRINGS.en).sort())
  })

  test('the bulk toasts read in the admin language, singular and plural, through Payload’s own t()', async () => {
    const config = {
      supportedLanguages: { es, en },
      fallbackLanguage: 'es',
      translations: { es: { reeduca: PAYLOAD_CLIENT_STRINGS.es }, en: { reeduca: PAYLOAD_CLIENT_STRINGS.en } },
    }
    const say = async (language: 'es' | 'en', key: string, count: number) => {
      const i18n = await initI18n({ config: config as never, context: 'client', language })
      return (i18n.t as (key: string, vars: object) => string)(key, { count })
    }
    expect(await say('es', 'reeduca:bulkFailed', 1)).toBe('No se pudo guardar 1 archivo')
    expect(await say('es', 'reeduca:bulkFailed', 3)).toBe('No se pudieron guardar 3 archivos')
    expect(await say('es', 'reeduca:bulkSaved', 2)).toBe('2 archivos guardados')
    expect(await say('en', 'reeduca:bulkSaved', 1)).toBe('1 file saved')
    expect(await say('en', 'reeduca:bulkFailed', 7)).toBe('Could not save 7 files')
  })
})

describe('the admin configuration', () => {
  test('hands these words to Payload’s i18n, and labels the generated image sizes in both languages', async () => {
    const config = await (await import('@payload-config')).default
    const translations = config.i18n.translations as Record<string, { reeduca?: Record<string, string> }>
    for (const language of UI_LANGUAGES) expect(translations[language]?.reeduca).toMatchObject(PAYLOAD_CLIENT_STRINGS[language])

    // "Tamaños > thumbnail > MIME Type" in the media list's column picker: Payload's own sub-fields.
    type Loose = { name?: string; label?: unknown; fields?: Loose[] }
    const media = config.collections.find((collection) => collection.slug === 'media')!
    const sizes = (media.fields as Loose[]).find((field) => field.name === 'sizes')!
    const say = (label: unknown, language: string) =>
      typeof label === 'function' ? label({ i18n: { language }, t: (key: string) => `t:${key}` }) : label
    const shown: string[] = []
    for (const size of sizes.fields ?? []) {
      for (const language of UI_LANGUAGES) {
        shown.push(`${language} ${say(size.label, language)}`)
        for (const sub of size.fields ?? []) shown.push(`${language} ${say(size.label, language)} > ${say(sub.label, language)}`)
      }
    }
    expect(shown).toContain('es Miniatura > Tipo MIME')
    expect(shown).toContain('en Thumbnail > MIME type')
    // No size named by its code, no sub-field left in Payload's English.
    expect(shown.filter((line) => /thumbnail|lowBandwidth|MIME Type|> URL$/.test(line) && line.startsWith('es'))).toEqual([])
    // Loading the whole Payload config takes seconds on a busy machine; the unit default is 5 s.
  }, 60_000)
})
