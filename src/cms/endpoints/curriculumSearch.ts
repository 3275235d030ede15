/**
 * GET /api/search?q=…[&locale=es|en]: the curriculum team's search across sessions (with their
 * activities) and resources, drafts included, in every content locale (src/core/curriculum/search.ts).
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { localeCodes } from '@/core/locales'
import { canReadDrafts } from '@/core/rules/roles'
import { groupSearchHits } from '@/core/curriculum/search'
import { readSearchIndex } from '@/cms/reads/curriculum'
import type { Bilingual } from '@/core/language'
import { inRequestLanguage } from '@collections/hooks/language'

/** A refusal in the request's language (the admin's, else Accept-Language, else Spanish), like every other refusal. */
const refuse = (req: PayloadRequest, status: number, message: Bilingual) =>
  Response.json({ errors: [{ message: inRequestLanguage(req, message) }] }, { status })

export const curriculumSearchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) {
      return refuse(req, 401, { es: 'Inicia sesión para buscar en el currículo.', en: 'Log in to search the curriculum.' })
    }
    if (!canReadDrafts(req.user as never)) {
      return refuse(req, 403, {
        es: 'La búsqueda en el currículo es para el equipo del currículo (diseño, capacitación, revisión, administración).',
        en: 'Curriculum search is for the curriculum team (designers, trainers, reviewers, admins).',
      })
    }
    const query = String(req.searchParams.get('q') ?? '').trim()
    if (query.length < 2) {
      return refuse(req, 400, { es: 'Escribe al menos dos caracteres para buscar (?q=…).', en: 'Give at least two characters to search for (?q=…).' })
    }
    if (query.length > 200) {
      return refuse(req, 400, {
        es: `El texto de búsqueda es demasiado largo (${query.length} caracteres; como mucho 200).`,
        en: `The search text is too long (${query.length} characters; at most 200).`,
      })
    }
    const locales = localeCodes()
    const locale = req.searchParams.get('locale') || undefined
    if (locale && !locales.includes(locale)) {
      return refuse(req, 400, {
        es: `Idioma desconocido «${locale}»: usa uno de ${locales.join(', ')}.`,
        en: `Unknown locale «${locale}»: use one of ${locales.join(', ')}.`,
      })
    }

    // Every curriculum-team role reads all of it (collections/access/readCurriculum.ts), so one
    // index serves them all; it is read with their access all the same.
    const index = await readSearchIndex(req)
    // `hits`: the best 50 places, one per session text, activity or resource and language;
    // `groups`: the same results gathered per session (with track and number) or resource.
    const hits = index.search(query, { locale, limit: 1000 })
    return Response.json({ query, hits: hits.slice(0, 50), groups: groupSearchHits(hits, 50) })
  },
}
