import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetAnswers } from '@/cms/reads/answerCache'
import { forgetCurriculumCaches } from '@/cms/reads/curriculumCache'
import { announceChange } from '@/cms/reads/sharedChanges'
import { savedDraftOnly } from './draftOnlySaves'

// After-change hooks run before the request's transaction commits: a view built in that gap
// would read the old rows. Forgetting once more a moment later closes the gap.
export const COMMIT_GRACE_MS = 1_000

const forgetPublished = () => forgetAnswers('published')

function nowAndAfterCommit(forget: () => void) {
  forget()
  setTimeout(forget, COMMIT_GRACE_MS).unref()
}

/**
 * Programmes, tracks, modules, sessions, themes, resources and media: the views built from the
 * whole curriculum (search index, coverage report; src/cms/reads/curriculumCache.ts) must show
 * the change, drafts included; the kept answers to reads of published sessions, which embed all
 * of them at depth 1 (src/cms/reads/answerCache.ts), unless the save wrote a draft only
 * (collections/hooks/draftOnlySaves.ts). Other instances follow within 3 s
 * (src/cms/reads/sharedChanges.ts).
 */
export const forgetCurriculumCachesAfterChange: CollectionAfterChangeHook = ({ collection, context, doc, operation, req }) => {
  nowAndAfterCommit(forgetCurriculumCaches)
  announceChange(req.payload, 'curriculum')
  if (!savedDraftOnly({ collection, context, doc, operation })) {
    nowAndAfterCommit(forgetPublished)
    announceChange(req.payload, 'published')
  }
  return doc
}

export const forgetCurriculumCachesAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  nowAndAfterCommit(forgetCurriculumCaches)
  nowAndAfterCommit(forgetPublished)
  announceChange(req.payload, 'curriculum')
  announceChange(req.payload, 'published')
  return doc
}
