'use client'
/**
 * List cell of a resource's file: its thumbnail (an image's thumbnail rendition, a video's
 * poster) and file name. The list hands the cell the media id; the thumbnail URL is read once
 * per row through the REST API.
 */
import { useConfig } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React, { useEffect, useState } from 'react'

type MediaDoc = { thumbnailURL?: string | null; filename?: string | null; kind?: string | null }

export function MediaThumbnailCell({ cellData }: DefaultCellComponentProps) {
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const populated = cellData && typeof cellData === 'object' ? (cellData as MediaDoc & { id?: unknown }) : null
  const id = populated ? populated.id : cellData
  const [doc, setDoc] = useState<MediaDoc | null>(populated?.filename ? populated : null)
  useEffect(() => {
    if (doc || (typeof id !== 'string' && typeof id !== 'number')) return
    let cancelled = false
    fetch(`${api}/media/${encodeURIComponent(String(id))}?depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<MediaDoc>) : null))
      .then((found) => !cancelled && found && setDoc(found))
      .catch(() => {})
    return () => {
      cancelled = true
    }
  }, [api, id, doc])
  if (id === null || id === undefined) return <span>—</span>
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      {doc?.thumbnailURL ? (
        <img src={doc.thumbnailURL} alt="" width={48} height={36} style={{ objectFit: 'cover', borderRadius: 3, background: '#eee' }} />
      ) : (
        <span aria-hidden style={{ display: 'inline-block', width: 48, height: 36, borderRadius: 3, background: 'var(--theme-elevation-100)' }} />
      )}
      <span>{doc?.filename ?? ''}</span>
    </span>
  )
}
