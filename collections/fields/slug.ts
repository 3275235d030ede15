import type { TextField } from 'payload'

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

export function toSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}
