/**
 * What a resource still lacks before it may be published. Plain data in, a list of problems out,
 * so the rule is testable without Payload and can be shown in the admin as well as enforced.
 */
export interface ResourceForPublishing {
  kind?: string | null
  audience?: string | null
  file?: unknown
  licence?: string | null
  credit?: string | null
  captions?: Array<{ language?: string | null; file?: unknown }> | null
  languages?: string[] | null
}

export interface MissingForPublishing {
  path: string
  /** The field's label as the resource form shows it, per language. */
  label: { es: string; en: string }
  message: string
}

const present = (value: unknown): boolean => value !== null && value !== undefined && value !== ''
const filled = (value: string | null | undefined): boolean => typeof value === 'string' && value.trim() !== ''

/**
 * @param imageAlt alt text of the resource's image per locale, when the file is an image
 * @param requiredLocales locales whose alt text a participant image needs (Spanish at least)
 */
export function missingForPublishing(
  resource: ResourceForPublishing,
  imageAlt?: Record<string, string | null | undefined> | null,
  requiredLocales: readonly string[] = ['es'],
  language: 'es' | 'en' = 'en',
): MissingForPublishing[] {
  const es = language === 'es'
  const missing: MissingForPublishing[] = []
  if (!filled(resource.licence)) {
    missing.push({
      path: 'licence',
      label: { es: 'Licencia', en: 'Licence' },
      message: es
        ? 'Hace falta una licencia antes de publicar (por ejemplo «CC BY 4.0» o «Todos los derechos reservados; usado con permiso»).'
        : 'A licence is required before publishing (e.g. "CC BY 4.0" or "All rights reserved, used with permission").',
    })
  }
  if (!filled(resource.credit)) {
    missing.push({
      path: 'credit',
      label: { es: 'Créditos', en: 'Credit' },
      message: es ? 'Hacen falta los créditos (autoría o fuente) antes de publicar.' : 'A credit (author or source) is required before publishing.',
    })
  }
  if (resource.audience !== 'participant') return missing
  if (resource.kind === 'video' || resource.kind === 'audio') {
    const spanish = (resource.captions ?? []).some((row) => row?.language === 'es' && present(row.file))
    if (!spanish) {
      missing.push({
        path: 'captions',
        label: { es: 'Subtítulos (WebVTT)', en: 'Captions (WebVTT)' },
        message: es
          ? `Hacen falta subtítulos en español (un archivo WebVTT) antes de publicar ${resource.kind === 'video' ? 'un video' : 'un audio'} para participantes.`
          : `Captions in Spanish (a WebVTT file) are required before publishing a participant ${resource.kind}.`,
      })
    }
  }
  if (resource.kind === 'image' && present(resource.file) && imageAlt !== undefined) {
    const lacking = requiredLocales.filter((locale) => !filled(imageAlt?.[locale] ?? undefined))
    if (lacking.length > 0) {
      missing.push({
        path: 'file',
        label: { es: 'Archivo', en: 'File' },
        message: es
          ? `La imagen necesita texto alternativo (${lacking.join(', ')}) antes de publicar un recurso para participantes.`
          : `The image needs alt text (${lacking.join(', ')}) before a participant resource can be published.`,
      })
    }
  }
  return missing
}

export interface ResourceGaps {
  /** Languages that have a caption file, for the list filter "captions in …". */
  captionLocales: string[]
  /** A video or audio without Spanish captions (whatever its audience). */
  missingSpanishCaptions: boolean
  /** An image resource whose file lacks alt text in one of the required locales. */
  missingAltText: boolean
}

/**
 * The gaps a trainer filters the resource list by. Stored on the resource (Payload filters only
 * stored fields) and recomputed when the resource or its image's alt text changes.
 */
export function resourceGaps(
  resource: Pick<ResourceForPublishing, 'kind' | 'file' | 'captions'>,
  imageAlt: Record<string, string | null | undefined> | null | undefined,
  requiredLocales: readonly string[] = ['es'],
): ResourceGaps {
  const captionLocales = [...new Set((resource.captions ?? []).filter((row) => row?.language && present(row.file)).map((row) => row!.language as string))]
  const audiovisual = resource.kind === 'video' || resource.kind === 'audio'
  const image = resource.kind === 'image'
  return {
    captionLocales,
    missingSpanishCaptions: audiovisual && !captionLocales.includes('es'),
    missingAltText: image && (!present(resource.file) || requiredLocales.some((locale) => !filled(imageAlt?.[locale] ?? undefined))),
  }
}
