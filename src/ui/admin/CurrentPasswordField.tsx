'use client'
/**
 * The account form's "current password" (src/cms/auth/sensitiveChanges.ts): Payload's own password
 * input, so it is masked and offered by password managers as the current password.
 */
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import React from 'react'

export function CurrentPasswordField({ field, path }: TextFieldClientProps) {
  return <PasswordField autoComplete="current-password" field={field} path={path ?? field.name} />
}
