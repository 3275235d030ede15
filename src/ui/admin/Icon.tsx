import React from 'react'

import { ReeducaMark } from './Mark'

/** The small mark in the admin's navigation. */
export function Icon() {
  return <ReeducaMark size={28} />
}
