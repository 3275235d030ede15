import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import { facilitatorLevel, resourceEditors } from './access/roles'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Upload folder on the default disk storage; MEDIA_DIR moves it (e.g. a mounted volume). */
export const mediaDir = process.env.MEDIA_DIR ? path.resolve(process.env.MEDIA_DIR) : path.join(projectRoot, 'media')

/** Every uploaded file: images (with sharp renditions), video, audio, PDF and WebVTT captions. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { es: 'Archivo', en: 'Media file' },
    plural: { es: 'Archivos', en: 'Media' },
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
    group: { es: 'Audiovisual', en: 'Audiovisual' },
  },
  access: {
    read: facilitatorLevel,
    create: resourceEditors,
    update: resourceEditors,
    delete: resourceEditors,
  },
  upload: {
    staticDir: mediaDir,
    mimeTypes: [
      'image/jpeg',
      'image/png',
      'image/webp',
      'image/avif',
      'video/mp4',
      'video/webm',
      'audio/mpeg',
      'audio/mp4',
      'audio/aac',
      'audio/ogg',
      'audio/wav',
      'audio/x-wav',
      'application/pdf',
      'text/vtt',
    ],
    focalPoint: true,
    // Strip camera metadata (EXIF, GPS): a photo must not reveal where it was taken.
    withMetadata: false,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'lowBandwidth', width: 640, formatOptions: { format: 'webp', options: { quality: 60 } } },
      { name: 'card', width: 768 },
      { name: 'page', width: 1400 },
      { name: 'print', width: 2400, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: { es: 'Texto alternativo', en: 'Alt text' },
      admin: {
        description: {
          es: 'Describe la imagen para quien no puede verla.',
          en: 'Describes the image for people who cannot see it.',
        },
      },
    },
    { name: 'caption', type: 'text', localized: true, label: { es: 'Pie de foto', en: 'Caption' } },
  ],
}
