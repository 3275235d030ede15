/** The demo curriculum that `npm run seed` loads: themes, both tracks, resources and services. */
import { menTrack } from './men'
import { womenTrack } from './women'

export * from './types'
export { themes } from './themes'
export { womenTrack } from './women'
export { menTrack } from './men'
export { services } from './services'
export { glossaryTerms, manualChapters } from './manualMatter'
export type { SeedChapter, SeedGlossaryTerm } from './manualMatter'
export { demoResourceKeys, demoResources } from './resources'
export type { DemoResource, DemoResourceKey } from './resources'

export const tracks = [womenTrack, menTrack]
