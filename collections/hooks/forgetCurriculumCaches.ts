import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetAnswers } from '@/cms/reads/answerCache'
import { forgetCurriculumCaches } from '@/cms/reads/curriculumCache'
import { announceChange } from '@/cms/reads/sharedChanges'

// After-change hooks run before the request's transaction commits: a view built in that gap
// would read the old rows. Forgetting once more a moment later closes the gap.
const COMMIT_GRACE_MS = 1_000

function forgetEverything() {
  forgetCurriculumCaches()
  forgetAnswers('curriculum')
}

function forgetNowAndAfterCommit() {
  forgetEverything()
  setTimeout(forgetEverything, COMMIT_GRACE_MS).unref()
}

/**
 * Programmes, tracks, modules, sessions, themes, resources and media: the views built from the
 * whole curriculum (search index, coverage report; src/cms/reads/curriculumCache.ts) and the kept
 * answers to reads of published sessions, which embed all of them at depth 1
 * (src/cms/reads/answerCache.ts), must show the change.
 */
export const forgetCurriculumCachesAfterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  forgetNowAndAfterCommit()
  // Other instances too, within 3 s (src/cms/reads/sharedChanges.ts).
  announceChange(req.payload, 'curriculum')
  return doc
}

export const forgetCurriculumCachesAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  forgetNowAndAfterCommit()
  announceChange(req.payload, 'curriculum')
  return doc
}
