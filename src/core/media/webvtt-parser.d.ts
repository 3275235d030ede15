// webvtt-parser ships no types; only what captions.ts uses is declared.
declare module 'webvtt-parser' {
  export interface WebVTTError {
    message: string
    line: number
    col?: number
  }
  export interface WebVTTCue {
    id: string
    startTime: number
    endTime: number
    text: string
  }
  export class WebVTTParser {
    parse(input: string, mode?: 'metadata' | 'chapters'): { cues: WebVTTCue[]; errors: WebVTTError[] }
  }
  const webvtt: { WebVTTParser: typeof WebVTTParser }
  export default webvtt
}
