'use client'
/** List cell of a file's size, readable ("2,88 MB") in the admin's language, instead of a byte count. */
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { fileSize } from '@/ui/format'

export function FileSizeCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const bytes = typeof cellData === 'number' ? cellData : null
  return <span title={bytes === null ? undefined : `${bytes} bytes`}>{bytes === null ? '—' : fileSize(bytes, i18n.language)}</span>
}
