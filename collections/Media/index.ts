import type { CollectionConfig } from 'payload'

import { mediaDir } from '@/core/files/storage'
import { probeAvailability } from '@/core/media/probe'
import { readMedia } from '@collections/access/media'
import { resourceEditors } from '@collections/access/roles'
import { inspectIncomingFile, recordAudiovisualFacts, recordKind, refreshResourcesAltGaps } from './hooks'
import { planRenditions, queueRenditions, removeRenditionsOfDeleted, renditionsField } from './renditions'
import { forgetCurriculumCachesAfterChange, forgetCurriculumCachesAfterDelete } from '@collections/hooks/forgetCurriculumCaches'

const probeNote = probeAvailability().available
  ? { es: 'Leído del archivo con ffprobe al subirlo.', en: 'Read from the file with ffprobe on upload.' }
  : {
      es: 'ffprobe (ffmpeg) no está instalado en este servidor: duración, dimensiones y códec no se leen automáticamente.',
      en: probeAvailability().note,
    }

/**
 * Every uploaded file: images (with sharp renditions), video, audio, PDF and WebVTT captions.
 * What a file is gets decided from its bytes before Payload stores anything (hooks.ts,
 * src/core/media/inspect.ts).
 */
/** The image sizes below by name, as the admin names them (column picker, filters). */
const IMAGE_SIZE_LABELS = {
  thumbnail: { es: 'Miniatura', en: 'Thumbnail' },
  lowBandwidth: { es: 'Conexión lenta', en: 'Low bandwidth' },
  card: { es: 'Tarjeta', en: 'Card' },
  page: { es: 'Página', en: 'Page' },
  print: { es: 'Impresión', en: 'Print' },
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { es: 'Archivo', en: 'Media file' },
    plural: { es: 'Archivos', en: 'Media' },
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'kind', 'alt', 'filesize', 'updatedAt'],
    // Bulk upload (the list's "Bulk upload" button) sends one create per file: every file goes
    // through the same inspection, limits and renditions as a single upload.
    group: { es: 'Audiovisual', en: 'Audiovisual' },
  },
  access: {
    // Scoped facilitators: only their tracks' files (collections/access/media.ts).
    read: readMedia,
    create: resourceEditors,
    update: resourceEditors,
    delete: resourceEditors,
  },
  hooks: {
    beforeOperation: [inspectIncomingFile],
    beforeChange: [recordKind, recordAudiovisualFacts, planRenditions],
    afterChange: [queueRenditions, refreshResourcesAltGaps, forgetCurriculumCachesAfterChange],
    afterDelete: [removeRenditionsOfDeleted, forgetCurriculumCachesAfterDelete],
  },
  upload: {
    staticDir: mediaDir(),
    // No `mimeTypes` list: what a file is gets decided from its bytes by `inspectIncomingFile`,
    // which refuses anything else with its reason before Payload looks at it. With a list, the
    // admin's bulk-upload drawer silently dropped every chosen file whose browser-given type was
    // not on it (an SVG among good files vanished without a word), and its file pickers hid them.
    // Stored files are still only the formats of src/core/media/formats.ts (tests/int/hostile-uploads.test.ts).
    bulkUpload: true,
    focalPoint: true,
    // Camera metadata (EXIF, GPS, XMP) is removed from the original by the inspection
    // (src/core/media/inspect.ts) before Payload sees it, losslessly for JPEG; renditions never carry any.
    // No constructorOptions here: they would make Payload decode and re-encode the original again.
    withMetadata: false,
    // The sizes given by width alone say `fit: 'inside'`: they keep the picture's shape, so the
    // focal point has nothing to crop, and without it Payload takes its focal-point path for them,
    // which decodes the whole photo without JPEG shrink-on-load and encodes each size twice
    // (a 12-megapixel photo took 2.4 s instead of about 1.4 s: `npm run bench -- media`).
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      // The offline bundle (src/core/releases/bundle) ships this one: small WebP for weak connections.
      { name: 'lowBandwidth', width: 640, fit: 'inside', formatOptions: { format: 'webp', options: { quality: 60 } } },
      { name: 'card', width: 768, fit: 'inside', formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'page', width: 1400, fit: 'inside' },
      { name: 'print', width: 2400, fit: 'inside', withoutEnlargement: true },
    ],
    // Images show their thumbnail rendition, videos their poster (once made), in lists and pickers.
    adminThumbnail: ({ doc }) => {
      const name = (doc.sizes as any)?.thumbnail?.filename ?? (doc.renditions as any)?.poster?.filename
      return typeof name === 'string' && name ? `/api/media/file/${encodeURIComponent(name)}` : null
    },
  },
  fields: [
    // The object-storage adapter's key column (@payloadcms/plugin-cloud-storage adds this field
    // when S3_BUCKET is set, replacing one of the same name): declared always, so the SQL schema
    // and its committed migrations are the same with and without object storage.
    { name: '_objectKey', type: 'text', admin: { hidden: true, readOnly: true } },
    // Payload's own file name field, labelled in both languages: its own label is a function the
    // list's search box does not read, which then offered "Buscar por Filename".
    { name: 'filename', type: 'text', label: { es: 'Nombre del archivo', en: 'File name' } },
    // Payload's own upload fields that it labels in English only ("MIME Type", "URL", "Thumbnail
    // URL", in the list's column picker and filters), labelled in both languages (merged by name).
    { name: 'mimeType', type: 'text', label: { es: 'Tipo MIME', en: 'MIME type' } },
    { name: 'url', type: 'text', label: { es: 'Enlace del archivo', en: 'URL' } },
    { name: 'thumbnailURL', type: 'text', label: { es: 'Enlace de la miniatura', en: 'Thumbnail URL' } },
    // Payload's generated image-size groups ("Tamaños > thumbnail > MIME Type" in the column picker
    // and filters): labelled in both languages the same way, as Payload merges a field of the same
    // name into its own recursively (payload/dist/fields/mergeBaseFields.js), sub-fields included.
    // Width, height, file size and file name already come translated from Payload.
    {
      name: 'sizes',
      type: 'group',
      label: { es: 'Tamaños', en: 'Sizes' },
      fields: Object.entries(IMAGE_SIZE_LABELS).map(([name, label]) => ({
        name,
        type: 'group' as const,
        label,
        fields: [
          { name: 'url', type: 'text' as const, label: { es: 'Enlace del archivo', en: 'URL' } },
          { name: 'mimeType', type: 'text' as const, label: { es: 'Tipo MIME', en: 'MIME type' } },
        ],
      })),
    },
    // Payload's own upload field, given a readable list cell (merged with its definition by name).
    {
      name: 'filesize',
      type: 'number',
      label: { es: 'Tamaño', en: 'File size' },
      admin: { components: { Cell: '/src/ui/admin/FileSizeCell#FileSizeCell' } },
    },
    {
      name: 'player',
      type: 'ui',
      admin: {
        components: { Field: '/src/ui/admin/MediaPreview#MediaFilePreview' },
        condition: (data) => /^(video|audio)\//.test(String(data?.mimeType ?? '')),
      },
    },
    {
      name: 'kind',
      type: 'select',
      label: { es: 'Tipo', en: 'Kind' },
      options: [
        { value: 'image', label: { es: 'Imagen', en: 'Image' } },
        { value: 'video', label: { es: 'Video', en: 'Video' } },
        { value: 'audio', label: { es: 'Audio', en: 'Audio' } },
        { value: 'document', label: { es: 'Documento', en: 'Document' } },
        { value: 'captions', label: { es: 'Subtítulos', en: 'Captions' } },
      ],
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: { es: 'Según el contenido del archivo.', en: 'From the file’s content.' } },
    },
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: { es: 'Texto alternativo', en: 'Alt text' },
      admin: {
        // Images only (and a new upload, before its kind is known): a video or audio file is
        // described by its captions and transcript, and "Describe la imagen" misled there.
        condition: (data) => !data?.mimeType || String(data.mimeType).startsWith('image/'),
        description: {
          es: 'Describe la imagen para quien no puede verla. Obligatorio para publicar un recurso de imagen para participantes.',
          en: 'Describes the image for people who cannot see it. Required to publish a participant image resource.',
        },
      },
    },
    { name: 'caption', type: 'text', localized: true, label: { es: 'Pie de foto', en: 'Caption' } },
    {
      name: 'durationSeconds',
      type: 'number',
      label: { es: 'Duración (segundos)', en: 'Duration (seconds)' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => /^(video|audio)\//.test(String(data?.mimeType ?? '')),
        // Says so in the admin when ffprobe is missing and these stay empty.
        description: probeNote,
      },
    },
    {
      name: 'codec',
      type: 'text',
      label: { es: 'Códec', en: 'Codec' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => /^(video|audio)\//.test(String(data?.mimeType ?? '')),
        description: probeNote,
      },
    },
    renditionsField,
  ],
}
