import type { TextField } from 'payload'

import { slugOf } from '@/core/vocabulary'

/** A URL-safe identifier, derived from the title when left empty. */
export function slugField(fromField = 'title'): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    label: { es: 'Identificador (URL)', en: 'Slug' },
    admin: { position: 'sidebar' },
    hooks: {
      beforeValidate: [
        ({ value, data }) => {
          if (typeof value === 'string' && value.trim()) return toSlug(value)
          const source = data?.[fromField]
          const text = typeof source === 'string' ? source : source?.es ?? source?.en
          return typeof text === 'string' ? toSlug(text) : value
        },
      ],
    },
  }
}

/** A slug of at most 80 characters. */
export const toSlug = (text: string): string => slugOf(text).slice(0, 80)
