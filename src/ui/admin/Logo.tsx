import React from 'react'

import { adminStrings } from '@/ui/strings'

import { ReeducaMark } from './Mark'

/** The login screen's logo: the mark and the programme's name, drawn inline (no outside requests). */
export function Logo({ i18n }: { i18n?: { language?: string } }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
      <ReeducaMark size={48} />
      <div>
        <div style={{ fontSize: '1.75rem', fontWeight: 700, lineHeight: 1.1 }}>Reeduca</div>
        <div style={{ fontSize: '0.875rem', opacity: 0.75 }}>{adminStrings(i18n?.language).productLine}</div>
      </div>
    </div>
  )
}
