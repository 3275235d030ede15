import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { canReadDrafts } from '@/core/rules/roles'

import { AdminPage } from './AdminPage'
import { CurriculumSearchPanel } from './CurriculumSearchPanel'

/** Admin view /admin/search. */
export function CurriculumSearchView(props: AdminViewServerProps) {
  const english = props.initPageResult.req.i18n.language.startsWith('en')
  return (
    <AdminPage {...props}>
      <h1>{english ? 'Search the curriculum' : 'Buscar en el currículo'}</h1>
      <CurriculumSearchPanel />
    </AdminPage>
  )
}

export function CurriculumSearchNavLink({ user }: { user?: unknown }) {
  // Only the curriculum team has use for it (facilitators may also open the admin).
  if (!canReadDrafts(user as never)) return null
  return (
    <a className="nav__link curriculum-search__nav-link" href="/admin/search">
      <span className="nav__link-label">Buscar · Search</span>
    </a>
  )
}
