/**
 * The manual's front matter: the kinds of chapter a designer may write before the sessions, with
 * their names in the content locales. Plain TypeScript, shared by the collection and the tests.
 */
export const MANUAL_CHAPTER_KINDS = [
  'introduction',
  'methodology',
  'facilitator-profile',
  'ground-rules',
  'session-conditions',
  'record-keeping',
  'partner-safety',
  'risk-referral',
  'other',
] as const

export type ManualChapterKind = (typeof MANUAL_CHAPTER_KINDS)[number]

const LABELS: Record<ManualChapterKind, { es: string; en: string }> = {
  introduction: { es: 'Introducción', en: 'Introduction' },
  methodology: { es: 'Metodología', en: 'Methodology' },
  'facilitator-profile': { es: 'Perfil de facilitación y equipo', en: 'Facilitator profile and team' },
  'ground-rules': { es: 'Encuadre y reglas del grupo', en: 'Ground rules (encuadre)' },
  'session-conditions': { es: 'Condiciones antes de cada sesión', en: 'Conditions before each session' },
  'record-keeping': { es: 'Registros', en: 'Record keeping' },
  'partner-safety': { es: 'Contacto de seguridad con la pareja', en: 'Partner-safety contact' },
  'risk-referral': { es: 'Valoración de riesgo y canalización', en: 'Risk assessment and referral' },
  other: { es: 'Otro', en: 'Other' },
}

export function isManualChapterKind(value: unknown): value is ManualChapterKind {
  return typeof value === 'string' && (MANUAL_CHAPTER_KINDS as readonly string[]).includes(value)
}

/** The kind's name in `locale` (English for locales without their own names). */
export function manualChapterKindLabel(kind: ManualChapterKind, locale: string): string {
  return locale === 'es' ? LABELS[kind].es : LABELS[kind].en
}
