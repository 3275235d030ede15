import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { canReadDrafts } from '@/core/rules/roles'
import { adminStrings } from '@/ui/strings'

import { AdminPage } from './AdminPage'
import { CurriculumSearchPanel } from './CurriculumSearchPanel'

/** Admin view /admin/search. */
export function CurriculumSearchView(props: AdminViewServerProps) {
  const t = adminStrings(props.initPageResult.req.i18n.language)
  return (
    <AdminPage {...props}>
      <h1>{t.search.heading}</h1>
      <CurriculumSearchPanel />
    </AdminPage>
  )
}

export function CurriculumSearchNavLink({ user, i18n }: { user?: unknown; i18n?: { language?: string } }) {
  // Only the curriculum team has use for it (facilitators may also open the admin).
  if (!canReadDrafts(user as never)) return null
  return (
    <a className="nav__link curriculum-search__nav-link" href="/admin/search">
      <span className="nav__link-label">{adminStrings(i18n?.language).nav.search}</span>
    </a>
  )
}
