/**
 * GET /api/search?q=…[&locale=es|en]: the curriculum team's search across sessions (with their
 * activities) and resources, drafts included, in every content locale (src/core/curriculum/search.ts).
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { localeCodes } from '@/core/locales'
import { canReadDrafts } from '@/core/rules/roles'
import { groupSearchHits } from '@/core/curriculum/search'
import { readSearchIndex } from '@/cms/reads/curriculum'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

export const curriculumSearchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return refuse(401, 'Log in to search the curriculum.')
    if (!canReadDrafts(req.user as never)) return refuse(403, 'Curriculum search is for the curriculum team (designers, trainers, reviewers, admins).')
    const query = String(req.searchParams.get('q') ?? '').trim()
    if (query.length < 2) return refuse(400, 'Give at least two characters to search for (?q=…).')
    if (query.length > 200) return refuse(400, `The search text is too long (${query.length} characters; at most 200).`)
    const locales = localeCodes()
    const locale = req.searchParams.get('locale') || undefined
    if (locale && !locales.includes(locale)) return refuse(400, `Unknown locale «${locale}»: use one of ${locales.join(', ')}.`)

    // Every curriculum-team role reads all of it (collections/access/readCurriculum.ts), so one
    // index serves them all; it is read with their access all the same.
    const index = await readSearchIndex(req)
    // `hits`: the best 50 places, one per session text, activity or resource and language;
    // `groups`: the same results gathered per session (with track and number) or resource.
    const hits = index.search(query, { locale, limit: 1000 })
    return Response.json({ query, hits: hits.slice(0, 50), groups: groupSearchHits(hits, 50) })
  },
}
