import React from 'react'

/** Two overlapping circles: two groups, one programme. */
export function ReeducaMark({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 48 48" role="img" aria-label="Reeduca">
      <circle cx="18" cy="24" r="13" fill="#7b3fa0" opacity="0.9" />
      <circle cx="30" cy="24" r="13" fill="#2a8c82" opacity="0.9" />
      <path d="M24 13.5a13 13 0 0 1 0 21 13 13 0 0 1 0-21z" fill="#ffffff" opacity="0.85" />
    </svg>
  )
}
