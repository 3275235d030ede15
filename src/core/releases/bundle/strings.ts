/**
 * The words of the offline bundle's own controls (index labels, captions, the session timer), in
 * the content locales. Plain TypeScript like the rest of the bundle: the pages are written on the
 * server and opened from disk, where src/ui/strings.ts (the web interface's words) is not at hand.
 * Locales without their own words read English.
 */
export interface BundleStrings {
  manualPdf: string
  workbookPdf: string
  sessions: string
  session: string
  module: string
  otherSessions: string
  captionsOff: string
  captionLine: string
  captionsFile: string
  timer: string
  start: string
  pause: string
  resume: string
  next: string
  previous: string
  reset: string
  resetConfirm: string
  now: string
  total: string
  done: string
  over: string
  noScript: string
  languages: string
}

const ES: BundleStrings = {
  manualPdf: 'Manual para facilitación (PDF)',
  workbookPdf: 'Cuaderno de trabajo (PDF)',
  sessions: 'Sesiones',
  session: 'Sesión',
  module: 'Módulo',
  otherSessions: 'Otras sesiones',
  captionsOff: 'Sin subtítulos en este idioma',
  captionLine: 'Subtítulos',
  captionsFile: 'Archivo de subtítulos',
  timer: 'Cronómetro de la sesión',
  start: 'Iniciar',
  pause: 'Pausar',
  resume: 'Reanudar',
  next: 'Siguiente actividad',
  previous: 'Actividad anterior',
  reset: 'Reiniciar',
  resetConfirm: '¿Reiniciar el cronómetro de esta sesión?',
  now: 'Ahora',
  total: 'Sesión',
  done: 'Agenda terminada',
  over: 'min de más',
  noScript: 'El cronómetro y los subtítulos en vivo necesitan JavaScript; la agenda sigue abajo.',
  languages: 'Idiomas',
}

const EN: BundleStrings = {
  manualPdf: 'Facilitator manual (PDF)',
  workbookPdf: 'Participant workbook (PDF)',
  sessions: 'Sessions',
  session: 'Session',
  module: 'Module',
  otherSessions: 'Other sessions',
  captionsOff: 'No captions in this language',
  captionLine: 'Captions',
  captionsFile: 'Caption file',
  timer: 'Session timer',
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  next: 'Next activity',
  previous: 'Previous activity',
  reset: 'Reset',
  resetConfirm: 'Reset this session’s timer?',
  now: 'Now',
  total: 'Session',
  done: 'Agenda finished',
  over: 'min over',
  noScript: 'The timer and the live captions need JavaScript; the agenda is below.',
  languages: 'Languages',
}

export const bundleStrings = (locale: string): BundleStrings => (locale === 'es' || locale.startsWith('es-') ? ES : EN)
