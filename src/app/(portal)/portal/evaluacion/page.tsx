import type { Metadata } from 'next'

import { EvaluationRecorder } from '@/ui/portal/EvaluationRecorder'
import { PortalShell } from '@/ui/portal/PortalShell'
import { evaluationGroupsOf } from '@/portal/evaluationData'
import { tracksFor } from '@/portal/data'
import { currentLanguage, payloadClient, requireFacilitator } from '@/portal/server'
import { canRecordEvaluation } from '@/core/rules/roles'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  return { title: `${t.evaluation.heading} · Reeduca` }
}

/** /portal/evaluacion: a facilitator opens groups, records sessions delivered and closes groups. */
export default async function EvaluationPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireFacilitator('/portal/evaluacion')
  const { lang, t } = await currentLanguage()
  const payload = await payloadClient()
  const query = await searchParams
  const allowed = canRecordEvaluation(user)
  const [tracks, groups] = allowed ? await Promise.all([tracksFor(payload, user, lang), evaluationGroupsOf(payload, user)]) : [[], []]
  return (
    <PortalShell lang={lang} t={t} here="/portal/evaluacion" user={user}>
      <h1>{t.evaluation.heading}</h1>
      {!allowed ? (
        <p>{t.evaluation.notAllowed}</p>
      ) : (
        <EvaluationRecorder lang={lang} t={t} tracks={tracks.map((track) => ({ id: String(track.id), title: String(track.title ?? '') }))} groups={groups} saved={query.saved === '1'} refused={query.error === '1'} />
      )}
    </PortalShell>
  )
}
