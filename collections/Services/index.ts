import type { CollectionConfig } from 'payload'

import { curriculumEditors, draftReaders } from '@collections/access/roles'
import { publishedOnlyForNonDraftReaders, publishedOrDraftReader } from '@collections/access/readCurriculum'
import { LANGUAGE_OPTIONS } from '@collections/fields/languages'
import { toSlug } from '@collections/fields/slug'
import { SERVES } from '@/core/services/directory'

export const MEXICAN_STATES = [
  'Aguascalientes', 'Baja California', 'Baja California Sur', 'Campeche', 'Chiapas', 'Chihuahua',
  'Ciudad de México', 'Coahuila', 'Colima', 'Durango', 'Guanajuato', 'Guerrero', 'Hidalgo', 'Jalisco',
  'México', 'Michoacán', 'Morelos', 'Nayarit', 'Nuevo León', 'Oaxaca', 'Puebla', 'Querétaro',
  'Quintana Roo', 'San Luis Potosí', 'Sinaloa', 'Sonora', 'Tabasco', 'Tamaulipas', 'Tlaxcala',
  'Veracruz', 'Yucatán', 'Zacatecas',
]

export const SERVICE_KINDS = [
  { value: 'shelter', label: { es: 'Refugio', en: 'Shelter' } },
  { value: 'legal-aid', label: { es: 'Asesoría jurídica', en: 'Legal aid' } },
  { value: 'health', label: { es: 'Salud', en: 'Health' } },
  { value: 'psychological-support', label: { es: 'Apoyo psicológico', en: 'Psychological support' } },
  { value: 'hotline', label: { es: 'Línea telefónica', en: 'Hotline' } },
  { value: 'justice-centre', label: { es: 'Centro de justicia para mujeres', en: "Women's justice centre" } },
]

export const SERVES_LABELS = {
  women: { es: 'Mujeres', en: 'Women' },
  men: { es: 'Hombres', en: 'Men' },
  anyone: { es: 'Cualquier persona', en: 'Anyone' },
} as const

/**
 * The directory of services for people who are not eligible for the programme or are in crisis.
 * Public: anonymous readers see published entries.
 */
export const Services: CollectionConfig = {
  slug: 'services',
  labels: {
    singular: { es: 'Servicio', en: 'Service' },
    plural: { es: 'Directorio de servicios', en: 'Service directory' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'serves', 'state', 'phone', '_status'],
    group: { es: 'Directorio', en: 'Directory' },
  },
  defaultSort: ['state', 'name'],
  access: {
    read: publishedOrDraftReader,
    readVersions: draftReaders,
    create: curriculumEditors,
    update: curriculumEditors,
    delete: curriculumEditors,
  },
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: { beforeOperation: [publishedOnlyForNonDraftReaders] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { es: 'Nombre', en: 'Name' } },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, options: SERVICE_KINDS, label: { es: 'Tipo', en: 'Kind' } },
        {
          name: 'state',
          type: 'select',
          required: true,
          options: [{ value: 'national', label: { es: 'Nacional', en: 'National' } }, ...MEXICAN_STATES.map((state) => ({ value: toSlug(state), label: state }))],
          label: { es: 'Estado', en: 'State' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'municipality', type: 'text', label: { es: 'Municipio', en: 'Municipality' } },
        { name: 'phone', type: 'text', required: true, label: { es: 'Teléfono', en: 'Phone' } },
      ],
    },
    { name: 'address', type: 'text', label: { es: 'Dirección', en: 'Address' } },
    { name: 'website', type: 'text', label: { es: 'Sitio web', en: 'Website' } },
    { name: 'hours', type: 'text', localized: true, label: { es: 'Horario', en: 'Hours' } },
    { name: 'description', type: 'textarea', localized: true, label: { es: 'Descripción', en: 'Description' } },
    {
      // Filters the public directory and keeps men's services out of women's materials
      // (src/core/services/directory.ts); `servesWhom` below says it in the reader's words.
      name: 'serves',
      type: 'select',
      required: true,
      defaultValue: 'anyone',
      options: SERVES.map((value) => ({ value, label: SERVES_LABELS[value] })),
      label: { es: 'Atiende a', en: 'Serves' },
      admin: { description: { es: 'Los servicios solo para hombres nunca aparecen en los materiales de mujeres.', en: "Services for men only never appear in women's materials." } },
    },
    { name: 'servesWhom', type: 'text', localized: true, label: { es: 'A quién atiende', en: 'Who it serves' } },
    {
      type: 'row',
      fields: [
        { name: 'languages', type: 'select', hasMany: true, options: LANGUAGE_OPTIONS, label: { es: 'Idiomas', en: 'Languages' } },
        { name: 'ruralCoverage', type: 'checkbox', defaultValue: false, label: { es: 'Atiende zonas rurales', en: 'Serves rural areas' } },
      ],
    },
  ],
}
