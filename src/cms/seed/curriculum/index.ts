/** The demo curriculum that `npm run seed` loads: themes, the three tracks, resources and services. */
import { facilitatorsTrack } from './facilitators'
import { menTrack } from './men'
import { womenTrack } from './women'

export * from './types'
export { themes } from './themes'
export { womenTrack } from './women'
export { menTrack } from './men'
// Support for the facilitation teams (issue 20, part 5): audience `facilitators`, never public.
export { facilitatorsTrack } from './facilitators'
export { services } from './services'
import { glossaryTerms as commonGlossary, manualChapters as commonChapters } from './manualMatter'
// The men's group run as an open group, Duluth style (issue 20, part 4), with the men's front matter.
import { menOpenGroupChapters, menOpenGroupGlossary, menOpenGroupTrack } from './menOpenGroup'
export const manualChapters = [...commonChapters, ...menOpenGroupChapters]
export const glossaryTerms = [...commonGlossary, ...menOpenGroupGlossary]
export type { SeedChapter, SeedGlossaryTerm } from './manualMatter'
export { demoResourceKeys, demoResources } from './resources'
export type { DemoResource, DemoResourceKey } from './resources'

export const tracks = [womenTrack, menTrack, facilitatorsTrack, menOpenGroupTrack]
