/** The printed editions of a release, one entry point for jobs, routes and benchmarks. */
export {
  facilitatorManualData,
  renderFacilitatorManual,
  type FacilitatorManualOptions,
} from './facilitatorManual'
export {
  participantWorkbookData,
  renderParticipantWorkbook,
  type ParticipantWorkbookOptions,
} from './participantWorkbook'
export { readFromMediaFolder, type ReadMediaFile } from './images'
export { COMPILER_NODE_FLAGS, compilerProcessEnv, compilerProcessScript, compilerRequest, TypstRenderError, typesettingStandbyEnabled, typstEngine } from './typst'
export type { Paper } from './common'
