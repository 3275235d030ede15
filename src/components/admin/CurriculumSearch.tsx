import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { canReadDrafts } from '../../domain/roles'

import { CurriculumSearchPanel } from './CurriculumSearchPanel'

/** Admin view /admin/search. */
export function CurriculumSearchView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const { payload, user, i18n } = req
  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{i18n.language.startsWith('en') ? 'Search the curriculum' : 'Buscar en el currículo'}</h1>
        <CurriculumSearchPanel />
      </Gutter>
    </DefaultTemplate>
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
