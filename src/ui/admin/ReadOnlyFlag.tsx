'use client'
/**
 * A yes/no the server keeps (e.g. "missing Spanish captions"), shown as its label and a word.
 * Payload's own checkbox puts the field's internal name in a tooltip ("missingSpanishCaptions"),
 * and a box nobody may tick reads as a control; this says the fact instead.
 */
import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { CheckboxFieldClientComponent } from 'payload'
import React from 'react'

import { adminStrings } from '@/ui/strings'

export const ReadOnlyFlag: CheckboxFieldClientComponent = ({ field, path }) => {
  const { value } = useField<boolean>({ path: path ?? field.name })
  const { i18n } = useTranslation()
  const t = adminStrings(i18n.language)
  return (
    <div className="field-type read-only-flag" data-value={value ? 'true' : 'false'}>
      <FieldLabel label={field.label} path={path} />
      <div>{value ? t.yes : t.no}</div>
    </div>
  )
}
