import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetAnswers } from '@/cms/reads/answerCache'
import { announceChange } from '@/cms/reads/sharedChanges'
import { savedDraftOnly } from './draftOnlySaves'
import { COMMIT_GRACE_MS } from './forgetCurriculumCaches'

// After-change hooks run before the request's transaction commits: a page built in that gap
// would show the old directory. Forgetting once more a moment later closes the gap.

function forgetNowAndAfterCommit() {
  forgetAnswers('services')
  setTimeout(() => forgetAnswers('services'), COMMIT_GRACE_MS).unref()
}

/**
 * Services: the public pages kept whole (the directory and the home page's help lines,
 * src/cms/reads/answerCache.ts) must show the change, here at once and on other instances
 * within 3 s (src/cms/reads/sharedChanges.ts). A save that wrote a draft only shows nowhere public
 * (collections/hooks/draftOnlySaves.ts).
 */
export const forgetPublicPagesAfterChange: CollectionAfterChangeHook = ({ collection, context, doc, operation, req }) => {
  if (savedDraftOnly({ collection, context, doc, operation })) return doc
  forgetNowAndAfterCommit()
  announceChange(req.payload, 'services')
  return doc
}

export const forgetPublicPagesAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  forgetNowAndAfterCommit()
  announceChange(req.payload, 'services')
  return doc
}
