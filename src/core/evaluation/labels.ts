/**
 * The evaluation table's column headings, shared by the admin dashboard and the CSV (which the
 * Payload ring writes, and which may not import the interface's strings).
 */
import type { EvaluationColumn } from './aggregate'

export const EVALUATION_HEADINGS: Record<'es' | 'en', Record<EvaluationColumn, string>> = {
  es: {
    quarter: 'Trimestre',
    state: 'Estado',
    track: 'Línea',
    groupsOpened: 'Grupos abiertos',
    groupsInPerson: 'Presenciales',
    groupsOnline: 'En línea',
    sessionsDelivered: 'Sesiones impartidas',
    attendances: 'Asistencias',
    groupsClosed: 'Grupos cerrados',
    attended1to12: 'Asistieron a 1–12 sesiones',
    attended13plus: 'Asistieron a 13 o más',
  },
  en: {
    quarter: 'Quarter',
    state: 'State',
    track: 'Track',
    groupsOpened: 'Groups opened',
    groupsInPerson: 'In person',
    groupsOnline: 'Online',
    sessionsDelivered: 'Sessions delivered',
    attendances: 'Attendances',
    groupsClosed: 'Groups closed',
    attended1to12: 'Attended 1–12 sessions',
    attended13plus: 'Attended 13 or more',
  },
}
