'use client'
/**
 * List cells of the review history (the session's Review tab and the decisions list): who
 * decided, by name, or Reeduca itself for what the system recorded; and comments the system
 * wrote, in the reader's language.
 */
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { adminStrings } from '@/ui/strings'

/** What the server stored as the comment of a withdrawn approval before it stored none. */
const OLD_WITHDRAWN_COMMENT = 'The content changed after approval; the session needs a new review before it is published.'

export function ReviewerNameCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  return <span>{typeof cellData === 'string' && cellData ? cellData : adminStrings(i18n.language).review.system}</span>
}

export function ReviewCommentCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const text = typeof cellData === 'string' ? cellData : ''
  if ((rowData as { decision?: string } | undefined)?.decision === 'approval-withdrawn' && (!text || text === OLD_WITHDRAWN_COMMENT)) {
    return <span>{adminStrings(i18n.language).review.withdrawnComment}</span>
  }
  return <span className="review-comment-cell">{text}</span>
}
