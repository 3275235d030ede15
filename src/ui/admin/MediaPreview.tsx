'use client'
/**
 * Plays a resource's (or a media file's) video or audio in the admin edit view, with its caption
 * tracks: one <track> per caption language, the admin's content locale on by default. Reads the
 * files through the REST API with the editor's session, as the rest of the admin does.
 */
import { useConfig, useDocumentInfo, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useMemo, useState } from 'react'

import { LANGUAGES, labelOf } from '@/core/vocabulary'
import { idOf, type ID } from '@/core/rules/ids'
import { adminLanguage, adminStrings } from '@/ui/strings'

interface MediaDoc {
  id: ID
  url?: string | null
  mimeType?: string | null
  filename?: string | null
  renditions?: { status?: string | null; reason?: string | null; poster?: { url?: string | null } | null } | null
}
interface CaptionTrack {
  language: string
  url: string
}

function languageLabel(code: string, uiLanguage: string): string {
  return labelOf(LANGUAGES, code, uiLanguage === 'en' ? 'en' : 'es')
}

function useMediaDocs(ids: ID[]): Map<string, MediaDoc> {
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const key = ids.map(String).join(',')
  const [docs, setDocs] = useState<Map<string, MediaDoc>>(new Map())
  useEffect(() => {
    let cancelled = false
    const wanted = key ? key.split(',') : []
    Promise.all(
      wanted.map((id) =>
        fetch(`${api}/media/${encodeURIComponent(id)}?depth=0`, { credentials: 'include' })
          .then((response) => (response.ok ? (response.json() as Promise<MediaDoc>) : null))
          .catch(() => null),
      ),
    ).then((found) => {
      if (cancelled) return
      setDocs(new Map(found.filter((doc): doc is MediaDoc => Boolean(doc)).map((doc) => [String(doc.id), doc])))
    })
    return () => {
      cancelled = true
    }
  }, [api, key])
  return docs
}

function Player({ file, captions }: { file: MediaDoc | undefined; captions: CaptionTrack[] }) {
  const locale = useLocale()
  const { i18n } = useTranslation()
  const ui = adminLanguage(i18n.language)
  const t = adminStrings(ui).media
  if (!file?.url || !/^(video|audio)\//.test(file.mimeType ?? '')) return null
  const hasDefault = captions.some((caption) => caption.language === locale.code)
  const status = file.renditions?.status
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      {/* Block-level: inline, the label sat on the video's baseline, below its bottom-left corner. */}
      <span className="field-label" style={{ display: 'block', marginBottom: 'calc(var(--base) / 2)' }}>
        {t.preview}
      </span>
      {/* Remounted when the tracks change: browsers read `default` only when a track is added. */}
      <video
        key={`${file.url}|${locale.code}|${captions.map((c) => c.language + c.url).join(',')}`}
        controls
        preload="metadata"
        poster={file.renditions?.poster?.url ?? undefined}
        style={{ display: 'block', width: '100%', maxWidth: 640, maxHeight: file.mimeType?.startsWith('audio/') ? 120 : undefined, background: '#000', borderRadius: 4 }}
      >
        <source src={file.url} type={file.mimeType ?? undefined} />
        {captions.map((caption) => (
          <track
            key={caption.language}
            kind="captions"
            src={caption.url}
            srcLang={caption.language}
            label={languageLabel(caption.language, ui)}
            default={hasDefault && caption.language === locale.code}
          />
        ))}
      </video>
      <div className="field-description">
        {captions.length === 0 ? `${t.noCaptions} ` : null}
        {status === 'pending' ? t.pending : null}
        {status === 'unavailable' ? t.unavailable : null}
        {status === 'failed' ? `${t.failed}: ${file.renditions?.reason ?? ''}` : null}
      </div>
    </div>
  )
}

/** ui field of `resources`: the resource's file with the caption rows of the form (saved or not). */
export function ResourceMediaPreview() {
  const fileValue = useFormFields(([fields]) => fields.file?.value)
  const rows = useFormFields(([fields]) => {
    const found: Array<{ language: string; file: ID | null }> = []
    for (let index = 0; fields[`captions.${index}.language`] || fields[`captions.${index}.file`]; index++) {
      const language = fields[`captions.${index}.language`]?.value
      const file = idOf(fields[`captions.${index}.file`]?.value)
      if (typeof language === 'string') found.push({ language, file })
    }
    return JSON.stringify(found)
  })
  const captionRows = useMemo(() => JSON.parse(rows) as Array<{ language: string; file: ID | null }>, [rows])
  const fileId = idOf(fileValue)
  const ids = useMemo(() => [fileId, ...captionRows.map((row) => row.file)].filter((id): id is ID => id !== null), [fileId, captionRows])
  const docs = useMediaDocs(ids)
  const captions = captionRows
    .map((row) => ({ language: row.language, url: row.file !== null ? docs.get(String(row.file))?.url : null }))
    .filter((row): row is CaptionTrack => typeof row.url === 'string')
  return <Player file={fileId !== null ? docs.get(String(fileId)) : undefined} captions={captions} />
}

/** ui field of `media`: the file itself, with the captions of the first resource that uses it. */
export function MediaFilePreview() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [captionRows, setCaptionRows] = useState<Array<{ language: string; file: ID | null }>>([])
  useEffect(() => {
    if (id === undefined || id === null) return
    let cancelled = false
    fetch(`${api}/resources?depth=0&draft=true&limit=1&where[file][equals]=${encodeURIComponent(String(id))}`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((found) => {
        if (cancelled || !found?.docs?.[0]) return
        const rows = (found.docs[0].captions ?? []) as Array<{ language?: string; file?: unknown }>
        setCaptionRows(rows.filter((row) => typeof row.language === 'string').map((row) => ({ language: row.language!, file: idOf(row.file) })))
      })
      .catch(() => {})
    return () => {
      cancelled = true
    }
  }, [api, id])
  const ids = useMemo(() => [...(id !== undefined && id !== null ? [id] : []), ...captionRows.map((row) => row.file)].filter((x): x is ID => x !== null), [id, captionRows])
  const docs = useMediaDocs(ids)
  const captions = captionRows
    .map((row) => ({ language: row.language, url: row.file !== null ? docs.get(String(row.file))?.url : null }))
    .filter((row): row is CaptionTrack => typeof row.url === 'string')
  return <Player file={id !== undefined && id !== null ? docs.get(String(id)) : undefined} captions={captions} />
}
