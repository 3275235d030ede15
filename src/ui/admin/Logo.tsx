import React from 'react'

import { ReeducaMark } from './Mark'

/** The login screen's logo: the mark and the programme's name, drawn inline (no outside requests). */
export function Logo() {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
      <ReeducaMark size={48} />
      <div>
        <div style={{ fontSize: '1.75rem', fontWeight: 700, lineHeight: 1.1 }}>Reeduca</div>
        <div style={{ fontSize: '0.875rem', opacity: 0.75 }}>
          Programa de reeducación · Re-education programme
        </div>
      </div>
    </div>
  )
}
