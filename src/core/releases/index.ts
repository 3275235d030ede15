/** Manual releases: the frozen snapshot, what changed, the participant projection, renderers. */
export * from './snapshot'
export { diffReleaseSnapshots, changedSessionFields, sameJson, stableStringify } from './changes'
export {
  toParticipantSnapshot,
  isParticipantSnapshot,
  type ParticipantSnapshot,
  type ParticipantSession,
  type ParticipantActivity,
  type ParticipantHandout,
  type ParticipantResource,
} from './participantProjection'
export { lexicalToRichDocument, richDocumentToPlainText, safeUrl, type RichDocument, type RichBlock, type RichInline } from '@/core/richtext/neutral'
export * from '@/core/releases/render'
