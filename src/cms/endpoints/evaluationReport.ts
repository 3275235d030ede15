/**
 * GET /api/evaluation/report.csv?state=…&track=…&from=2026-T1&to=2026-T4&lang=es|en: the
 * evaluation table as CSV for coordinators (admins and reviewers), with the same suppression as
 * the dashboard (src/core/evaluation/aggregate.ts): a count of people under 5 is written "<5".
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { evaluationCsv } from '@/core/evaluation/csv'
import { EVALUATION_HEADINGS } from '@/core/evaluation/labels'
import { canSeeEvaluationReport } from '@/core/rules/roles'
import { evaluationFilterFrom, readEvaluationReport } from '@/cms/reads/evaluation'
import type { Bilingual } from '@/core/language'
import { inRequestLanguage } from '@collections/hooks/language'

const refuse = (req: PayloadRequest, status: number, message: Bilingual) =>
  Response.json({ errors: [{ message: inRequestLanguage(req, message) }] }, { status })

export const evaluationReportEndpoint: Endpoint = {
  path: '/evaluation/report.csv',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return refuse(req, 401, { es: 'Inicia sesión para descargar el informe de evaluación.', en: 'Log in to download the evaluation report.' })
    if (!canSeeEvaluationReport(req.user as never)) {
      return refuse(req, 403, {
        es: 'El informe de evaluación es para la coordinación (personas administradoras y revisoras).',
        en: 'The evaluation report is for coordinators (admins and reviewers).',
      })
    }
    const lang = req.searchParams.get('lang') === 'en' ? 'en' : 'es'
    const report = await readEvaluationReport(req.payload, evaluationFilterFrom(req.searchParams), lang)
    const csv = evaluationCsv(report.rows, { headings: EVALUATION_HEADINGS[lang], state: report.stateName, track: report.trackName })
    return new Response(csv, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${lang === 'en' ? 'evaluation' : 'evaluacion'}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
