import type { CollectionConfig, Condition } from 'payload'

import { contentLocales } from '@/core/locales'
import { EDITIONS } from '@/core/releases/editions'
import { versionProblem } from '@/core/rules/version'
import { idOf } from '@/core/rules/ids'
import { isAdmin } from '@/core/rules/roles'
import { readManualReleases } from '@collections/access/manualReleases'
import { admins, adminFieldOnly, nobody, releaseCreators } from '@collections/access/roles'
import { localizedRichText } from '@collections/fields/richText'
import { CONFIRM_NO_CHANGES_LABEL } from '@/core/releases/checks'
import { RELEASE_STATUSES } from '@/core/vocabulary'
import { notesFieldName, RELEASES_SLUG } from './constants'
import { manualReleaseEndpoints } from './endpoints'
import { forgetCurriculumCachesAfterChange } from '@collections/hooks/forgetCurriculumCaches'
import { hiddenFieldsUnread } from '@collections/hooks/hiddenFieldsUnread'
import { afterChangeRelease, beforeChangeRelease, plainTextNotes } from './hooks'

// A release is written once, when it is created: after that its edit view shows it read-only
// (ReleaseOverview), where an admin can still withdraw it. What the server records (status,
// author, hash…) has nothing to show before then.
const whileCreating: Condition = (_data, _siblingData, { operation }) => operation === 'create'
const onceCreated: Condition = (_data, _siblingData, { operation }) => operation !== 'create'

const systemField = { readOnly: true, position: 'sidebar' as const, condition: onceCreated }

/**
 * Who published it, shown to those who may read that account (admins, and the publisher
 * herself): to anyone else the admin could only print "Untitled - ID: 2".
 */
const publisherReadable: Condition = (data, siblingData, args) =>
  onceCreated(data, siblingData, args) && (isAdmin(args.user as never) || (args.user != null && String(idOf(data?.publishedBy)) === String(args.user.id)))

/**
 * An immutable, versioned publication of one track: the frozen snapshot of its published
 * content, the files generated from it, and how it came to be. See hooks.ts (create and
 * update rules), jobs.ts (the background build) and endpoints.ts (downloads, what changed).
 */
export const ManualReleases: CollectionConfig = {
  slug: RELEASES_SLUG,
  labels: {
    singular: { es: 'Versión del manual', en: 'Manual release' },
    plural: { es: 'Versiones del manual', en: 'Manual releases' },
  },
  admin: {
    useAsTitle: 'version',
    defaultColumns: ['version', 'track', 'status', 'locales', 'publishedAt', 'archived'],
    group: { es: 'Publicación', en: 'Publishing' },
    description: {
      es: 'Publicar una versión congela el contenido publicado de la línea y genera el manual, el cuaderno y el paquete sin conexión. Una versión lista no se modifica: solo puede retirarse.',
      en: "Publishing a release freezes the track's published content and generates the manual, the workbook and the offline bundle. A ready release cannot change: it can only be withdrawn.",
    },
  },
  defaultSort: '-publishedAt',
  access: {
    read: readManualReleases,
    create: releaseCreators,
    // Admins only, and then only `archived` (hooks.ts answers 409 to anything else).
    update: admins,
    // A release is a record of what was distributed: it is withdrawn, never deleted.
    delete: nobody,
  },
  hooks: {
    // The ~1 MB snapshot is read only by the code that asks for it (showHiddenFields).
    beforeOperation: [hiddenFieldsUnread(['snapshot'])],
    // Notes sent as plain text become rich text before anything reads them (hooks.ts).
    beforeValidate: [plainTextNotes],
    beforeChange: [beforeChangeRelease],
    // A source's new release puts its adaptations behind: the coverage report shows it at once.
    afterChange: [afterChangeRelease, forgetCurriculumCachesAfterChange],
  },
  endpoints: manualReleaseEndpoints,
  indexes: [
    { fields: ['track', 'version'], unique: true },
    // The default order (-publishedAt, then Payload's createdAt tie-break) read from the index: on
    // SQLite `created_at` sits after the ~1 MB snapshot in the row, so sorting on it read through
    // every release's snapshot. A designer's list of 10 among 60 releases: 9.3 ms instead of 34.5 ms
    // (`npm run bench -- snapshot-read`).
    { fields: ['publishedAt', 'createdAt'] },
  ],
  fields: [
    {
      name: 'overview',
      type: 'ui',
      admin: { condition: onceCreated, components: { Field: '/src/ui/admin/ReleaseOverview#ReleaseOverview' } },
    },
    {
      type: 'row',
      admin: { condition: whileCreating },
      fields: [
        {
          name: 'track',
          type: 'relationship',
          relationTo: 'tracks',
          required: true,
          index: true,
          label: { es: 'Línea', en: 'Track' },
        },
        {
          name: 'version',
          type: 'text',
          required: true,
          index: true,
          label: { es: 'Versión', en: 'Version' },
          validate: (value: unknown) => versionProblem(typeof value === 'string' ? value.trim() : value) ?? true,
          admin: {
            placeholder: '1.0.0',
            description: {
              es: 'Versión semántica (MAYOR.MENOR.PARCHE), mayor que la última de la línea.',
              en: "Semantic version (MAJOR.MINOR.PATCH), greater than the track's latest.",
            },
          },
        },
      ],
    },
    {
      // A row only to carry the condition: on the field itself it would make `locales` optional in
      // the generated types, which it is not.
      type: 'row',
      admin: { condition: whileCreating },
      fields: [
        {
          name: 'locales',
          type: 'select',
          hasMany: true,
          // Its own table name: the default, manual_releases_locales, is the localized fields' table.
          dbName: 'manual_releases_locale_codes',
          // PostgreSQL would otherwise name the enum type like the table, and a table cannot be
          // created over a type of the same name.
          enumName: 'enum_manual_releases_locale_codes',
          required: true,
          defaultValue: contentLocales().map((locale) => locale.code),
          options: contentLocales().map((locale) => ({ value: locale.code, label: locale.label })),
          label: { es: 'Idiomas de la versión', en: 'Locales covered' },
        },
      ],
    },
    // Stored per locale; the API writes it in the request's locale. The create form asks for the
    // notes of every locale at once (below), and the overview shows them once created, so the
    // admin leaves it out entirely: `hidden` still put it in a release's edit form as an
    // <input type="hidden"> whose value, the Lexical state, read "[object Object]".
    localizedRichText('notes', { label: { es: 'Notas de la versión', en: 'Release notes' }, admin: { disabled: true } }),
    // The create form's notes, one editor per content locale: the hook stores each under its own
    // locale of `notes` (virtual: no column of their own).
    ...contentLocales().map((locale) =>
      localizedRichText(notesFieldName(locale.code), {
        localized: false,
        virtual: true,
        label: { es: `Notas de la versión · ${locale.label}`, en: `Release notes · ${locale.label}` },
        admin: {
          condition: whileCreating,
          readOnly: false,
          // Asked at creation only, never stored under this name: no column in the list.
          disableListColumn: true,
          description: {
            es: 'Lo que cambia para quien facilita, en este idioma: se imprime en el manual de este idioma.',
            en: 'What changes for facilitators, in this language: printed in the manual of this language.',
          },
        },
      }),
    ),
    {
      // The release checks of the release being created, listed as the designer fills in the form.
      name: 'releaseChecks',
      type: 'ui',
      admin: { condition: whileCreating, components: { Field: '/src/ui/admin/ReleaseChecks#ReleaseChecks' } },
    },
    {
      name: 'confirmFewerSessions',
      type: 'checkbox',
      defaultValue: false,
      admin: { condition: whileCreating, disableListColumn: true },
      label: {
        es: 'Confirmo publicar con menos sesiones publicadas que las previstas',
        en: 'I confirm releasing with fewer published sessions than planned',
      },
    },
    {
      // Asked only when the release would change nothing and say nothing (see releaseChecks'
      // noChangesProblem); not stored (virtual).
      name: 'confirmNoChanges',
      type: 'checkbox',
      virtual: true,
      defaultValue: false,
      admin: { condition: whileCreating, readOnly: false, disableListColumn: true },
      label: CONFIRM_NO_CHANGES_LABEL,
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'building',
      index: true,
      options: RELEASE_STATUSES.map((option) => ({ ...option })),
      label: { es: 'Estado', en: 'Status' },
      // Shown on creation too ("Building"): a condition would make it optional in the types.
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'failureReason',
      type: 'textarea',
      label: { es: 'Motivo del fallo', en: 'Failure reason' },
      admin: { ...systemField, condition: (data) => data?.status === 'failed' },
    },
    {
      name: 'archived',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { es: 'Retirada', en: 'Withdrawn' },
      access: { create: () => false, update: adminFieldOnly },
      admin: {
        ...systemField,
        // "Withdrawn" or a dash in the list, not Payload's raw true/false chip.
        components: { Cell: '/src/ui/admin/ReleaseCells#WithdrawnCell' },
        // Changed with the overview's button, which sends this field alone (ReleaseOverview).
        description: {
          es: 'Oculta la versión a facilitación; el registro y los archivos se conservan. Se retira con el botón «Retirar esta versión».',
          en: 'Hides the release from facilitators; the record and its files are kept. Withdraw it with the «Withdraw this release» button.',
        },
      },
    },
    {
      name: 'publishedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { es: 'Publicada por', en: 'Published by' },
      admin: { ...systemField, condition: publisherReadable },
    },
    { name: 'publishedAt', type: 'date', index: true, label: { es: 'Publicada', en: 'Published' }, admin: { ...systemField, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'previousVersion', type: 'text', label: { es: 'Versión anterior', en: 'Previous version' }, admin: systemField },
    {
      name: 'contentHash',
      type: 'text',
      label: { es: 'Huella del contenido (SHA-256)', en: 'Content hash (SHA-256)' },
      admin: systemField,
    },
    {
      name: 'files',
      type: 'array',
      label: { es: 'Archivos generados', en: 'Generated files' },
      labels: { singular: { es: 'Archivo', en: 'File' }, plural: { es: 'Archivos', en: 'Files' } },
      // Listed with their download links by ReleaseOverview. The condition changes nothing on
      // screen; without it the schema would make the rows' columns NOT NULL (a migration).
      admin: { readOnly: true, hidden: true, condition: (data) => data?.status === 'ready' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'edition', type: 'select', required: true, options: EDITIONS.map((edition) => ({ value: edition, label: edition })), label: { es: 'Edición', en: 'Edition' } },
            { name: 'locale', type: 'text', label: { es: 'Idioma', en: 'Locale' } },
            { name: 'downloads', type: 'number', defaultValue: 0, label: { es: 'Descargas', en: 'Downloads' } },
          ],
        },
        { name: 'filename', type: 'text', required: true, label: { es: 'Nombre', en: 'File name' } },
        {
          name: 'path',
          type: 'text',
          required: true,
          label: { es: 'Ruta (en la carpeta de archivos generados)', en: 'Path (in the generated-files folder)' },
        },
        {
          type: 'row',
          fields: [
            { name: 'contentType', type: 'text', label: { es: 'Tipo', en: 'Content type' } },
            { name: 'size', type: 'number', label: { es: 'Tamaño (bytes)', en: 'Size (bytes)' } },
          ],
        },
        { name: 'sha256', type: 'text', label: 'SHA-256' },
      ],
    },
    {
      name: 'changes',
      type: 'json',
      label: { es: 'Qué cambió desde la versión anterior', en: 'What changed since the previous release' },
      // Shown as a list by ReleaseOverview (read over the API). Left out of the admin's form: as a
      // hidden field its <input type="hidden"> read "[object Object]", like the notes'.
      admin: { readOnly: true, disabled: true },
    },
    {
      // The frozen content. Large, and the source of every file: never sent over the API.
      name: 'snapshot',
      type: 'json',
      hidden: true,
    },
  ],
}
