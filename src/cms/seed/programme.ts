import type { Localized } from '@/cms/seed/curriculum/types'

/** The demo programme: Mexico's national re-education programme (INSP, 2008–2011). */
export const demoProgramme = {
  slug: 'programa-reeducacion',
  institution: 'Instituto Nacional de Salud Pública (INSP)',
  states: ['Colima', 'Sonora', 'Yucatán', 'Zacatecas', 'Campeche', 'Querétaro', 'Tabasco', 'Veracruz'],
  title: {
    es: 'Programa de reeducación para víctimas y agresores de violencia de pareja',
    en: 'Re-education programme for victims and perpetrators of intimate partner violence',
  } satisfies Localized<string>,
  summary: {
    es: 'Trabajo grupal separado con mujeres que vivieron violencia de pareja (25 sesiones semanales de 2½ horas) y con hombres que la ejercieron (24 sesiones), con técnicas reflexivas y participativas sobre igualdad de género y empoderamiento de las mujeres.',
    en: 'Separate group work with women who survived intimate partner violence (25 weekly sessions of 2½ hours) and with men who used it (24 sessions), using reflective and participatory techniques on gender equality and women’s empowerment.',
  } satisfies Localized<string>,
  /** How to join, on the public home page (fictional demo number, like the directory's). */
  howToJoin: {
    phone: '800 000 0300',
    who: {
      es: 'Mujeres mayores de 18 años que viven o han vivido violencia en su relación de pareja, y, en grupos aparte, hombres que han ejercido violencia y quieren dejar de hacerlo. No hace falta denuncia ni referencia: basta con llamar. La participación es gratuita y voluntaria.',
      en: 'Women over 18 who live or have lived with violence in their relationship and, in separate groups, men who have used violence and want to stop. No police report or referral is needed: just call. Taking part is free and voluntary.',
    } satisfies Localized<string>,
    where: {
      es: 'En centros de salud de Colima, Sonora, Yucatán, Zacatecas, Campeche, Querétaro, Tabasco y Veracruz, una vez por semana. Al llamar te dicen el grupo más cercano y el horario; el lugar exacto se da solo a quienes se inscriben.',
      en: 'At health centres in Colima, Sonora, Yucatán, Zacatecas, Campeche, Querétaro, Tabasco and Veracruz, once a week. When you call you are told the nearest group and its times; the exact place is given only to those who sign up.',
    } satisfies Localized<string>,
    contact: {
      es: 'Llama al equipo estatal del programa, de lunes a viernes de 9:00 a 17:00. Si alguien revisa tu teléfono, puedes llamar desde el de una persona de confianza o desde un centro de salud.',
      en: 'Call the state programme team, Monday to Friday, 9:00 to 17:00. If someone checks your phone, you can call from a trusted person’s phone or from a health centre.',
    } satisfies Localized<string>,
  },
  overview: {
    es: [
      'La Ley General de Acceso de las Mujeres a una Vida Libre de Violencia (2007) pide a las instituciones, en particular al sector salud, reeducar a víctimas y agresores para romper los ciclos de violencia y revictimización.',
      'La reeducación es un proceso de aprendizaje en el que las personas desarrollan nuevas habilidades y conductas para relacionarse sin que la violencia sea la dinámica principal. El programa no promueve que las mujeres permanezcan con sus parejas.',
      'Equipos estatales multidisciplinarios facilitan los grupos, mantienen un directorio de servicios para quienes no son elegibles o están en crisis, acompañan a quienes facilitan y recogen datos de evaluación en forma agregada.',
    ],
    en: [
      'Mexico’s General Law on Women’s Access to a Life Free of Violence (2007) asks institutions, the health sector above all, to re-educate victims and perpetrators so that cycles of violence and re-victimisation are broken.',
      'Re-education is a learning process in which people develop new abilities and behaviours so that violence is not the main dynamic in their relationships. The programme in no way promotes the view that women should remain with their partners.',
      'State multidisciplinary teams run the groups, keep a directory of services for people who are not eligible or are in crisis, support the facilitators and collect evaluation data in aggregate.',
    ],
  } satisfies Localized<string[]>,
}

export type DemoRole = 'admin' | 'curriculum-designer' | 'trainer' | 'reviewer' | 'facilitator'

/**
 * One account per role (the contract), plus a facilitator scoped to the men's track (and to the
 * teams' own support track, which is for every facilitator).
 */
export const demoAccounts: Array<{ email: string; name: string; roles: DemoRole[]; trackKeys?: Array<'women' | 'men' | 'facilitators'> }> = [
  { email: 'admin@reeduca.test', name: 'Ana Administradora', roles: ['admin'] },
  { email: 'designer@reeduca.test', name: 'Diana Diseñadora', roles: ['curriculum-designer'] },
  { email: 'trainer@reeduca.test', name: 'Tomás Formador', roles: ['trainer'] },
  { email: 'reviewer@reeduca.test', name: 'Rosa Revisora', roles: ['reviewer'] },
  { email: 'facilitator@reeduca.test', name: 'Fernanda Facilitadora', roles: ['facilitator'] },
  { email: 'facilitator.men@reeduca.test', name: 'Mario Facilitador', roles: ['facilitator'], trackKeys: ['men', 'facilitators'] },
]

export const DEFAULT_SEED_PASSWORD = 'reeduca-demo'
