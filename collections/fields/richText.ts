import { EXPERIMENTAL_TableFeature, FixedToolbarFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { Field, RichTextField } from 'payload'

import { facilitatorOnly } from '@collections/access/roles'

/**
 * The editor every curriculum text uses: Payload's default features (headings, bold/italic/
 * underline/strikethrough, nested lists, links, quotes, uploads) plus tables and a fixed toolbar,
 * so the manual renderers meet one known set of nodes.
 */
export const curriculumEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [...defaultFeatures, FixedToolbarFeature(), EXPERIMENTAL_TableFeature()],
})

type RichTextOptions = Partial<Omit<RichTextField, 'type' | 'name'>>

/** Text people read, localized (es default, en), written with the curriculum editor. */
export function localizedRichText(name: string, options: RichTextOptions = {}): RichTextField {
  return { name, type: 'richText', localized: true, editor: curriculumEditor, ...options } as RichTextField
}

/**
 * Text written for facilitators only (notes, safety notes, instructions): never returned to
 * anyone below facilitator level and never rendered into participant materials.
 */
export function facilitatorRichText(
  name: string,
  label: { es: string; en: string },
  options: RichTextOptions = {},
): Field {
  return localizedRichText(name, {
    label,
    access: { read: facilitatorOnly },
    ...options,
    admin: {
      description: {
        es: 'Solo para facilitación: nunca aparece en materiales de participantes.',
        en: 'Facilitators only: never appears in participant materials.',
      },
      ...options.admin,
    },
  })
}
