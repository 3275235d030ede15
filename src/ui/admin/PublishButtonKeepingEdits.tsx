'use client'
import { PublishButton } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'
import React from 'react'

import { useEditsKeptAfterRefusedPublish } from './useEditsKeptAfterRefusedPublish'

/**
 * Payload's Publish button, for every collection with drafts whose publish the server can refuse
 * (a resource without its Spanish captions, say): after the refusal the edits stay unsaved and
 * the buttons stay usable, as on sessions (src/ui/admin/SessionPublishButton.tsx).
 */
export function PublishButtonKeepingEdits(props: PublishButtonClientProps) {
  useEditsKeptAfterRefusedPublish()
  return <PublishButton {...props} />
}
