import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetCurriculumIndex } from '../../src/search/indexCache'

// After-change hooks run before the request's transaction commits: a search in that gap would
// rebuild the index from the old rows. Forgetting once more a moment later closes the gap.
const COMMIT_GRACE_MS = 1_000

function forgetNowAndAfterCommit() {
  forgetCurriculumIndex()
  setTimeout(forgetCurriculumIndex, COMMIT_GRACE_MS).unref()
}

/** Sessions and resources: the curriculum search (src/endpoints/curriculumSearch.ts) must see the change. */
export const forgetSearchIndexAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  forgetNowAndAfterCommit()
  return doc
}

export const forgetSearchIndexAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  forgetNowAndAfterCommit()
  return doc
}
