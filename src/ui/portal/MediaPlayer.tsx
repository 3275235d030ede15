import type { Strings, UILanguage } from '@/ui/strings'
import type { ResourceView } from '@/portal/sessionView'
import { LANGUAGES, labelOf } from '@/core/vocabulary'
import { Rich } from './Rich'

function languageName(code: string, lang: UILanguage): string {
  return labelOf(LANGUAGES, code, lang === 'en' ? 'en' : 'es')
}

/** `lang` for an element whose text is in another locale than the page's (a fallback). */
export const langIfOther = (locale: string, page: string) => (locale !== page ? locale : undefined)

/**
 * A session resource as the browser plays it. Audio with captions plays in a <video> element:
 * browsers draw WebVTT captions only there. The caption track in the page's language is on by
 * default (`default`); the others can be chosen from the player's menu.
 */
export function MediaPlayer({ resource, lang, t }: { resource: ResourceView; lang: UILanguage; t: Strings }) {
  const file = resource.file
  const title = resource.title.value
  if (!file) {
    return (
      <figure className="resource card">
        <figcaption>
          <strong lang={langIfOther(resource.title.locale, lang)}>{title}</strong>
        </figcaption>
        <p className="muted">{t.mediaFileMissing}</p>
      </figure>
    )
  }
  const hasDefault = resource.captions.some((caption) => caption.language === lang)
  const tracks = resource.captions.map((caption) => (
    <track
      key={caption.language}
      kind="captions"
      src={caption.url}
      srcLang={caption.language}
      label={languageName(caption.language, lang)}
      default={hasDefault ? caption.language === lang : undefined}
    />
  ))
  // Low-bandwidth copy of video and audio, made by ffmpeg after upload (collections/Media/renditions.ts).
  const light = resource.kind === 'video' || resource.kind === 'audio' ? resource.lowBandwidth : null
  const lightLink =
    light?.url && light.sizeBytes && (!file.sizeBytes || light.sizeBytes < file.sizeBytes) ? (
      <p className="muted">
        <a href={light.url} download>
          {t.lowBandwidth} ({Math.max(0.1, Math.round(light.sizeBytes / 104857.6) / 10)} MB)
        </a>
      </p>
    ) : null
  let player: React.ReactNode = null
  if (resource.kind === 'video' || (resource.kind === 'audio' && resource.captions.length > 0)) {
    player = (
      <video controls preload="metadata" poster={resource.poster ?? undefined} className={resource.kind === 'audio' ? 'player player--audio' : 'player'} aria-label={title}>
        <source src={file.url} type={file.mimeType || undefined} />
        {/* Tried when the original cannot be fetched: offline, the phone keeps only this copy
            (src/portal/offline.ts); the browser moves on to the next source by itself. */}
        {light?.url && light.url !== file.url ? <source src={light.url} type={light.mimeType || undefined} /> : null}
        {tracks}
      </video>
    )
  } else if (resource.kind === 'audio') {
    player = <audio controls preload="metadata" src={file.url} aria-label={title} />
  } else if (resource.kind === 'image') {
    const src = resource.lowBandwidth?.url ?? file.url
    const alt = resource.alt ?? resource.title
    player = <img src={src} alt={alt.value} lang={langIfOther(alt.locale, lang)} className="resource-image" loading="lazy" />
  } else {
    player = <a href={file.url}>{file.filename || title}</a>
  }
  return (
    <figure className="resource card">
      <figcaption>
        <strong lang={langIfOther(resource.title.locale, lang)}>{title}</strong>
        {resource.description ? (
          <span className="muted" lang={langIfOther(resource.description.locale, lang)}>
            {' '}
            — {resource.description.value}
          </span>
        ) : null}
      </figcaption>
      {player}
      {lightLink}
      {resource.transcript ? (
        <details>
          <summary>{t.transcript}</summary>
          <div lang={langIfOther(resource.transcript.locale, lang)}>
            <Rich data={resource.transcript.value} />
          </div>
        </details>
      ) : null}
    </figure>
  )
}
