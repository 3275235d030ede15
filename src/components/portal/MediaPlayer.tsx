import type { Media, Resource } from '../../../payload-types'
import type { Strings, UILanguage } from '@/portal/i18n'
import { LANGUAGE_OPTIONS } from '@collections/fields/languages'
import { Rich } from './Rich'

const asMedia = (value: unknown): Media | null => (value && typeof value === 'object' ? (value as Media) : null)

function languageName(code: string, lang: UILanguage): string {
  const option = LANGUAGE_OPTIONS.find((o) => typeof o !== 'string' && o.value === code)
  const label = option && typeof option !== 'string' ? option.label : code
  return typeof label === 'string' ? label : ((label as Record<string, string>)[lang] ?? code)
}

/**
 * A session resource as the browser plays it. Audio with captions plays in a <video> element:
 * browsers draw WebVTT captions only there. The caption track in the page's language is on by
 * default (`default`); the others can be chosen from the player's menu.
 */
export function MediaPlayer({ resource, lang, t }: { resource: Resource; lang: UILanguage; t: Strings }) {
  const file = asMedia(resource.file)
  if (!file?.url) return null
  const captions = (resource.captions ?? [])
    .map((caption) => ({ language: caption.language, file: asMedia(caption.file) }))
    .filter((caption): caption is { language: Resource['captions'] extends (infer C)[] | null | undefined ? C extends { language: infer L } ? L : never : never; file: Media } => Boolean(caption.file?.url))
  const hasDefault = captions.some((caption) => caption.language === lang)
  const tracks = captions.map((caption) => (
    <track
      key={caption.language}
      kind="captions"
      src={caption.file.url!}
      srcLang={caption.language}
      label={languageName(caption.language, lang)}
      default={hasDefault ? caption.language === lang : undefined}
    />
  ))
  // Poster and low-bandwidth copy, made by ffmpeg after upload (collections/Media/renditions.ts).
  const poster = file.renditions?.status === 'ready' ? (file.renditions.poster?.url ?? undefined) : undefined
  const light = file.renditions?.status === 'ready' ? file.renditions.lowBandwidth : null
  const lightLink =
    light?.url && light.filesize && (!file.filesize || light.filesize < file.filesize) ? (
      <p className="muted">
        <a href={light.url} download>
          {lang === 'en' ? 'Low-bandwidth version' : 'Versión ligera'} ({Math.max(0.1, Math.round(light.filesize / 104857.6) / 10)} MB)
        </a>
      </p>
    ) : null
  let player: React.ReactNode = null
  if (resource.kind === 'video' || (resource.kind === 'audio' && captions.length > 0)) {
    player = (
      <video controls preload="metadata" poster={poster} className={resource.kind === 'audio' ? 'player player--audio' : 'player'} aria-label={resource.title}>
        <source src={file.url} type={file.mimeType ?? undefined} />
        {tracks}
      </video>
    )
  } else if (resource.kind === 'audio') {
    player = <audio controls preload="metadata" src={file.url} aria-label={resource.title} />
  } else if (resource.kind === 'image') {
    const src = file.sizes?.card?.url ?? file.url
    player = <img src={src} alt={file.alt || resource.title} className="resource-image" loading="lazy" />
  } else {
    player = <a href={file.url}>{file.filename ?? resource.title}</a>
  }
  return (
    <figure className="resource card">
      <figcaption>
        <strong>{resource.title}</strong>
        {resource.description ? <span className="muted"> — {resource.description}</span> : null}
      </figcaption>
      {player}
      {lightLink}
      {resource.transcript ? (
        <details>
          <summary>{t.transcript}</summary>
          <Rich data={resource.transcript} />
        </details>
      ) : null}
    </figure>
  )
}
