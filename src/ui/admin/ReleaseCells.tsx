'use client'
/** List cell of a release's "withdrawn" flag: the word, or a dash; never a raw true/false. */
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { adminStrings } from '@/ui/strings'

export function WithdrawnCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  return cellData === true ? <strong>{adminStrings(i18n.language).release.withdrawnShort}</strong> : <span aria-hidden>—</span>
}
