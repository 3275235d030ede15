/**
 * Release snapshots for renderer tests: a small realistic release of the women's track, a rich
 * text showcase, hostile strings, and a seeded generator of many random sessions with unique
 * marker strings planted in every facilitator-only place.
 */
import { ACTIVITY_KIND_VALUES, type ActivityKind } from '@/core/vocabulary'
import { type LexicalState, type ReleaseSnapshot, type SnapshotActivity, type SnapshotFile, type SnapshotResource, type SnapshotService, type SnapshotSession } from '@/core/releases/snapshot'

import { br, doc, FORMAT, h, hr, link, list, type Node, p, paragraphs, quote, rtl, table, text, upload } from './lexical'
import { makePng } from './png'

// --- media ------------------------------------------------------------------------------------

export const IMAGES = {
  wheel: { id: 'm1', filename: 'rueda-igualdad.png', mimeType: 'image/png', path: 'images/rueda-igualdad.png', width: 120, height: 80, alt: { es: 'Rueda de la igualdad', en: 'Equality wheel' }, caption: { es: 'La rueda de la igualdad', en: 'The equality wheel' } },
  plan: { id: 'm2', filename: 'plan-accion.png', mimeType: 'image/png', path: 'images/plan-accion.png', width: 60, height: 90, alt: { es: 'Plan de acción', en: 'Action plan' } },
  missing: { id: 'm3', filename: 'perdida.png', mimeType: 'image/png', path: 'images/no-existe.png', alt: { es: 'Imagen que ya no está', en: 'An image that is gone' }, caption: { es: 'Pie de una imagen perdida', en: 'Caption of a lost image' } },
  corrupt: { id: 'm4', filename: 'rota.png', mimeType: 'image/png', path: 'images/rota.png', alt: { es: 'Imagen dañada', en: 'Damaged image' } },
  video: { id: 'm5', filename: 'vineta-1.mp4', mimeType: 'video/mp4', path: 'video/vineta-1.mp4' },
  worksheet: { id: 'm6', filename: 'hoja-derechos.pdf', mimeType: 'application/pdf', path: 'docs/hoja-derechos.pdf' },
} satisfies Record<string, SnapshotFile>

/** The media folder the fixtures refer to, as a `readFile`. */
export function fixtureMedia(): Map<string, Uint8Array> {
  const corruptPng = makePng(10, 10).slice(0, 40) // a PNG header with its data cut off
  return new Map([
    [IMAGES.wheel.path, makePng(120, 80, [31, 78, 121])],
    [IMAGES.plan.path, makePng(60, 90, [164, 22, 26])],
    [IMAGES.corrupt.path, corruptPng],
  ])
}
export const readFixtureFile = (media = fixtureMedia()) => (path: string) => media.get(path)

// --- hostile text -----------------------------------------------------------------------------

/** Text users might type that would be markup if it were ever spliced into Typst source. */
export const HOSTILE = {
  importLine: '#import "x": *',
  readPasswd: '#read("/etc/passwd")',
  evalCall: '#eval("1 + 1") #panic("boom")',
  script: '<script>alert("x")</script>',
  backslashes: 'C:\\Users\\ana\\notas \\n \\\\ fin\\',
  brackets: 'abre [[ y } sin cerrar { ] $x^2$ $',
  markup: '= no es título *no negrita* _no cursiva_ @no-ref <no-label> // no comentario',
  emoji: 'Emoji 😀 ✊ 👍',
  arabic: 'مرحبا بالعالم',
  hebrew: 'שלום עולם',
} as const

/** The parts of each hostile string that must be found literally in extracted PDF text. */
export const HOSTILE_EXPECTED: string[] = [
  HOSTILE.importLine,
  HOSTILE.readPasswd,
  HOSTILE.evalCall,
  HOSTILE.script,
  HOSTILE.backslashes,
  HOSTILE.brackets,
  HOSTILE.markup,
  '😀',
  '👍',
  'مرحبا',
  'بالعالم',
  'שלום',
  'עולם',
]

// --- rich text showcase -----------------------------------------------------------------------

/** Every node the curriculum editor makes, with recognisable words in each. */
export function richTextShowcase(): LexicalState {
  return doc(
    h(2, 'Encabezado del taller'),
    p('Texto ', text('negrita', FORMAT.bold), ', ', text('cursiva', FORMAT.italic), ', ', text('subrayado', FORMAT.underline), ', ', text('tachado', FORMAT.strike), ' y ', text('todoJunto', FORMAT.bold | FORMAT.italic | FORMAT.underline | FORMAT.strike), '.'),
    p('Primera línea', br(), 'Segunda línea tras salto'),
    list({
      items: [
        'Viñeta uno',
        { text: 'Viñeta dos', children: { ordered: true, items: ['Anidado numerado A', { text: 'Anidado numerado B', children: { items: ['Tercer nivel'] } }] } },
        'Viñeta tres',
      ],
    }),
    list({ ordered: true, items: ['Paso uno', 'Paso dos'] }),
    list({ check: true, items: ['Tarea hecha', 'Tarea pendiente'] }),
    p('Visita ', link('https://www.gob.mx/inmujeres', 'el sitio de Inmujeres'), ' y ', link('javascript:alert(1)', 'enlace inseguro'), '.'),
    quote('Cita textual: nadie merece violencia.'),
    table([
      ['Conducta', 'Alternativa'],
      ['Gritar', 'Pedir una pausa'],
      ['Controlar el dinero', 'Decidir juntos'],
    ]),
    upload(IMAGES.wheel, { caption: 'Pie: la rueda de la igualdad' }),
    hr(),
    h(3, 'Subencabezado final'),
    p(text('código()', FORMAT.code), ' H', text('2', FORMAT.sub), 'O x', text('2', FORMAT.sup)),
  )
}

// --- the small realistic release -------------------------------------------------------------

const l = (es: string, en: string) => ({ es, en })
const rich = (es: LexicalState | null, en: LexicalState | null) => ({ es, en })

function activity(
  id: string,
  kind: ActivityKind,
  minutes: number,
  title: [string, string],
  instructions: [string[], string[]],
  participant: [string[], string[]] | null,
  resourceId?: string,
): SnapshotActivity {
  return {
    id,
    kind,
    minutes,
    title: l(...title),
    facilitatorInstructions: rich(paragraphs(...instructions[0]), paragraphs(...instructions[1])),
    participantContent: participant ? rich(paragraphs(...participant[0]), paragraphs(...participant[1])) : { es: null, en: null },
    ...(resourceId ? { resourceId } : {}),
  }
}

const RESOURCES: SnapshotResource[] = [
  {
    id: 'r1',
    kind: 'video',
    audience: 'participant',
    title: l('Viñeta: la discusión del gasto', 'Vignette: the argument about money'),
    description: l('Una pareja discute el gasto de la semana.', 'A couple argues about the weekly budget.'),
    captionLanguages: ['es', 'en', 'yua'],
    durationSeconds: 200,
    licence: 'CC BY-NC 4.0',
    credit: 'INSP',
    file: IMAGES.video,
  },
  {
    id: 'r2',
    kind: 'document',
    audience: 'facilitator',
    title: l('Protocolo de riesgo para facilitación', 'Risk protocol for facilitators'),
    description: l('Cómo valorar el riesgo y canalizar.', 'How to assess risk and refer.'),
    captionLanguages: [],
    licence: 'Uso interno',
    credit: 'Equipo estatal',
  },
  {
    id: 'r3',
    kind: 'image',
    audience: 'participant',
    title: l('Rueda de la igualdad', 'Equality wheel'),
    description: l('Ocho formas de relacionarse sin violencia.', 'Eight ways of relating without violence.'),
    captionLanguages: [],
    licence: 'CC BY 4.0',
    credit: 'Domestic Abuse Intervention Programs',
    file: IMAGES.wheel,
  },
]

const SERVICES: SnapshotService[] = [
  {
    id: 's1',
    name: 'Línea Mujeres',
    kind: 'hotline',
    state: 'national',
    phone: '800 108 4053',
    hours: l('Las 24 horas', '24 hours a day'),
    description: l('Orientación psicológica y jurídica gratuita.', 'Free psychological and legal guidance.'),
    languages: ['es', 'en'],
    ruralCoverage: true,
  },
  {
    id: 's2',
    name: 'Refugio Casa Amiga Yucatán',
    kind: 'shelter',
    state: 'yucatan',
    municipality: 'Mérida',
    phone: '+52 999 000 0000',
    hours: l('Lunes a viernes, 9 a 18 h', 'Monday to Friday, 9 am to 6 pm'),
    description: l('Refugio temporal para mujeres, hijas e hijos.', 'Temporary shelter for women and their children.'),
    languages: ['es', 'yua'],
    ruralCoverage: false,
  },
  {
    id: 's3',
    name: 'Centro de Justicia para las Mujeres de Querétaro',
    kind: 'justice-centre',
    state: 'queretaro',
    phone: '442 000 0000',
    website: 'https://example.org/cjm-queretaro',
    hours: l('Todos los días', 'Every day'),
    description: l('Atención jurídica, médica y psicológica en un solo lugar.', 'Legal, medical and psychological care in one place.'),
    languages: ['es'],
    ruralCoverage: true,
  },
]

export const SMALL_TITLES = {
  es: ['Bienvenida y encuadre', 'Mitos y realidades de la violencia', 'Mis derechos'],
  en: ['Welcome and ground rules', 'Myths and realities about violence', 'My rights'],
}

export const SMALL_MARKERS = {
  safety: 'Si una participante relata violencia reciente, detén la actividad y aplica el protocolo de riesgo.',
  facilitatorNote: 'Observa quién no habla y ofrécele la palabra sin presionar.',
  participant: 'Escribe tres derechos que quieres ejercer esta semana.',
}

function smallSessions(): SnapshotSession[] {
  const safety = rich(
    doc(p(SMALL_MARKERS.safety), list({ items: ['Señales: miedo, lesiones visibles, amenazas.', 'Canaliza a Línea Mujeres 800 108 4053.'] })),
    doc(p('If a participant reports recent violence, stop the activity and apply the risk protocol.'), list({ items: ['Cues: fear, visible injuries, threats.', 'Refer to Línea Mujeres 800 108 4053.'] })),
  )
  const base = (
    n: number,
    activities: SnapshotActivity[],
    extra: Partial<SnapshotSession> = {},
  ): SnapshotSession => ({
    id: `sess-${n}`,
    number: n,
    moduleId: n === 1 ? 'mod-1' : 'mod-2',
    duration: 150,
    title: l(SMALL_TITLES.es[n - 1], SMALL_TITLES.en[n - 1]),
    summary: l(`Resumen sencillo de la sesión ${n}: hablamos con respeto y aprendemos juntas.`, `Plain summary of session ${n}: we speak with respect and learn together.`),
    contentNotes: l('Se habla de violencia física y sexual.', 'Physical and sexual violence are discussed.'),
    materials: l('Rotafolio, plumones, copias de la hoja de trabajo.', 'Flipchart, markers, copies of the handout.'),
    objectives: { es: ['Conocer el encuadre del grupo.', 'Reconocer los tipos de violencia.'], en: ['Know the group ground rules.', 'Recognise the types of violence.'] },
    activities,
    facilitatorNotes: rich(paragraphs(SMALL_MARKERS.facilitatorNote), paragraphs('Notice who does not speak and offer them the floor without pressure.')),
    safetyNotes: safety,
    handouts: [],
    resourceIds: [],
    themeIds: ['t1'],
    ...extra,
  })
  return [
    base(1, [
      activity('a1', 'checkIn', 20, ['Registro de entrada', 'Check-in'], [['Da la bienvenida y presenta al equipo.'], ['Welcome everyone and introduce the team.']], [['¿Cómo llegas hoy?'], ['How are you arriving today?']]),
      activity('a2', 'themeWork', 60, ['Encuadre del grupo', 'Group ground rules'], [['Construye las reglas con el grupo.'], ['Build the rules with the group.']], [['Confidencialidad, respeto, puntualidad.'], ['Confidentiality, respect, punctuality.']]),
      activity('a3', 'break', 15, ['Receso', 'Break'], [['Ofrece agua.'], ['Offer water.']], null),
      activity('a4', 'reflection', 35, ['Reflexión personal', 'Personal reflection'], [['Acompaña en silencio.'], ['Accompany in silence.']], [['¿Qué esperas de este grupo?'], ['What do you expect from this group?']]),
      activity('a5', 'closing', 20, ['Cierre', 'Closing'], [['Agradece la participación.'], ['Thank everyone for taking part.']], [['Una palabra para despedirnos.'], ['One word to say goodbye.']]),
    ]),
    base(
      2,
      [
        activity('b1', 'checkIn', 15, ['Registro de entrada', 'Check-in'], [['Revisa el plan de acción.'], ['Review the action plan.']], [['Comparte un paso de tu plan.'], ['Share one step of your plan.']]),
        activity('b2', 'videoVignette', 45, ['Viñeta en video', 'Video vignette'], [['Proyecta la viñeta y pausa en el minuto 2.'], ['Play the vignette and pause at minute 2.']], [['¿Qué viste? ¿Qué sintió ella?'], ['What did you see? How did she feel?']], 'r1'),
        activity('b3', 'groupDiscussion', 50, ['Mitos y realidades', 'Myths and realities'], [['Lee cada mito y pide ejemplos.'], ['Read each myth and ask for examples.']], [['Mito: «Si no hay golpes no es violencia».'], ['Myth: “If there are no blows it is not violence”.']]),
        activity('b4', 'homework', 25, ['Tarea', 'Homework'], [['Explica la tarea.'], ['Explain the homework.']], [['Anota una situación de la semana y qué hiciste.'], ['Note one situation this week and what you did.']]),
        activity('b5', 'closing', 15, ['Cierre', 'Closing'], [['Cierra con respiración.'], ['Close with breathing.']], [['Respira tres veces.'], ['Breathe three times.']]),
      ],
      {
        resourceIds: ['r1', 'r2', 'r3'],
        handouts: [
          { id: 'h1', title: l('Hoja: mitos y realidades', 'Handout: myths and realities'), body: rich(paragraphs('Mito o realidad: marca cada frase.'), paragraphs('Myth or reality: mark each sentence.')), file: IMAGES.plan },
          { id: 'h2', title: l('Hoja: derechos', 'Handout: rights'), body: rich(paragraphs('Lee tus derechos.'), paragraphs('Read your rights.')), file: IMAGES.worksheet },
        ],
      },
    ),
    base(3, [
      activity('c1', 'checkIn', 20, ['Registro de entrada', 'Check-in'], [['Pregunta por la tarea.'], ['Ask about the homework.']], [['¿Cómo te fue con la tarea?'], ['How did the homework go?']]),
      activity('c2', 'themeWork', 70, ['Mis derechos', 'My rights'], [['Presenta la ley de acceso.'], ['Present the access law.']], [['Tienes derecho a vivir sin violencia.'], ['You have the right to live free of violence.']]),
      activity('c3', 'homework', 40, ['Tarea', 'Homework'], [['Acompaña la escritura.'], ['Support the writing.']], [[SMALL_MARKERS.participant], ['Write three rights you want to exercise this week.']]),
      activity('c4', 'closing', 20, ['Cierre', 'Closing'], [['Cierra el módulo.'], ['Close the module.']], [['Gracias por venir.'], ['Thank you for coming.']]),
    ]),
  ]
}

/** A release 1.1.0 of the women's track: 3 sessions, es + en, all kinds of attachments. */
export function smallSnapshot(): ReleaseSnapshot {
  const sessions = smallSessions()
  return {
    schemaVersion: 1,
    release: {
      version: '1.1.0',
      locales: ['es', 'en'],
      publishedAt: '2026-03-08T15:00:00.000Z',
      notes: rich(paragraphs('Versión revisada tras el piloto en Yucatán.'), paragraphs('Revised after the Yucatán pilot.')),
      previousVersion: '1.0.0',
    },
    programme: { title: l('Programa de reeducación para víctimas y agresores de violencia de pareja', 'Re-education programme for victims and perpetrators of intimate partner violence'), institution: 'Instituto Nacional de Salud Pública (INSP)' },
    track: { slug: 'mujeres', audience: 'women', title: l('Línea de mujeres', "Women's track"), sessionMinutes: 150, plannedSessions: 25 },
    modules: [
      { id: 'mod-1', order: 1, title: l('Encuadre', 'Ground rules') },
      { id: 'mod-2', order: 2, title: l('Reconocer la violencia', 'Recognising violence') },
    ],
    sessions,
    themes: [{ id: 't1', slug: 'tipos-de-violencia', title: l('Tipos de violencia', 'Types of violence') }],
    resources: RESOURCES,
    services: SERVICES,
    chapters: [
      { id: 'ch-intro', kind: 'introduction', title: l('Introducción al programa', 'Introduction to the programme'), body: rich(paragraphs('Este manual acompaña a quien facilita los grupos de mujeres.'), paragraphs('This manual accompanies whoever facilitates the women’s groups.')) },
      { id: 'ch-encuadre', kind: 'ground-rules', title: l('Encuadre del grupo', 'Group ground rules'), body: rich(paragraphs('Confidencialidad, puntualidad y respeto.'), paragraphs('Confidentiality, punctuality and respect.')) },
      { id: 'ch-risk', kind: 'risk-referral', title: l('Valoración de riesgo y canalización', 'Risk assessment and referral'), body: rich(paragraphs('Ante riesgo alto, detén la sesión y canaliza el mismo día.'), paragraphs('At high risk, stop the session and refer the same day.')) },
    ],
    glossary: {
      es: [
        { term: 'Violencia económica', definition: 'Controlar el dinero o los bienes de la pareja.', participantDefinition: 'Cuando alguien te quita o controla tu dinero.' },
        { term: 'Encuadre', definition: 'Acuerdos del grupo para trabajar con seguridad.', participantDefinition: 'Las reglas que acordamos en el grupo.' },
        { term: 'Ñañaras', definition: 'Palabra de prueba con eñe para el orden alfabético.' },
      ],
      en: [
        { term: 'Economic violence', definition: "Controlling a partner's money or property.", participantDefinition: 'When someone takes or controls your money.' },
        { term: 'Ground rules', definition: 'The group’s agreements for working safely.' },
      ],
    },
    changes: {
      previousVersion: '1.0.0',
      sessionsAdded: [{ id: 'sess-3', number: 3, title: l(SMALL_TITLES.es[2], SMALL_TITLES.en[2]) }],
      sessionsRemoved: [{ id: 'sess-old', number: 4, title: l('Sesión retirada', 'Withdrawn session') }],
      sessionsChanged: [{ id: 'sess-2', number: 2, title: l(SMALL_TITLES.es[1], SMALL_TITLES.en[1]), fields: [{ field: 'safetyNotes' }, { field: 'title', locales: ['en'] }] }],
    },
  }
}

// --- random releases with planted markers ----------------------------------------------------

/** Deterministic PRNG (mulberry32): a failing seed can be replayed. */
export function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]
  return { next, int, pick, chance: (p: number) => next() < p }
}

const WORDS = [
  'violencia', 'pareja', 'derechos', 'mujeres', 'niñas', 'acción', 'reflexión', 'compañía', 'respeto', 'igualdad',
  'negociación', 'señales', 'confianza', 'año', 'corazón', 'también', 'según', 'público', 'diálogo', 'emoción',
  'grupo', 'plan', 'escucha', 'límites', 'cuidado', 'apoyo', 'decisión', 'pausa', 'enojo', 'miedo',
]

/** Any facilitator-only marker the generator can plant (they all start with QX). */
export const FACILITATOR_MARKER_PATTERN = /QX[A-Z]{2}\d+N\d+[A-Z]{5}/g

export interface PlantedMarker {
  value: string
  /** F: facilitator-only place; P: participant content. */
  kind: 'F' | 'P'
  /** Where: FN facilitator notes, SN safety notes, FI instructions, CN content notes, MT materials,
   * OB objectives, RT/RD/RC facilitator resource, XA/XS unknown extra keys; PC, SM, HO participant. */
  place: string
  locale: string
}

export interface RandomRelease {
  snapshot: ReleaseSnapshot
  markers: PlantedMarker[]
  /** Strings planted only in facilitator-only places: none may reach participant materials. */
  facilitatorMarkers: string[]
  /** Strings planted in participant content: all must reach the workbook. */
  participantMarkers: string[]
}

/**
 * A release with `sessionCount` random sessions. Every facilitator-only place (facilitator
 * notes, safety notes, each activity's instructions, content notes, materials, objectives,
 * facilitator resources, even unknown extra keys) holds a unique marker; so does participant
 * content, so a test can check both what must and what must not be printed.
 */
export function randomRelease(seed: number, sessionCount = 50): RandomRelease {
  const r = prng(seed)
  const markers: PlantedMarker[] = []
  let serial = 0
  const token = () => Array.from({ length: 5 }, () => 'BCDFGHJKLMNPQRSTVWXZ'[r.int(0, 19)]).join('')
  // Uppercase consonants and digits: no word a hyphenation pattern would split.
  const marker = (kind: 'F' | 'P', place: string, locale = 'es') => {
    const value = `${kind === 'F' ? 'QX' : 'PK'}${place}${seed}N${serial++}${token()}`
    markers.push({ value, kind, place, locale })
    return value
  }
  const words = (n: number) => Array.from({ length: n }, () => r.pick(WORDS)).join(' ')
  const hostile = Object.values(HOSTILE)

  /** Random rich text with `plant` somewhere inside (maybe deep in a list or a table). */
  const randomRich = (plant: string | null, maxBlocks = 4): LexicalState => {
    const blocks: Node[] = []
    const count = r.int(1, maxBlocks)
    const plantAt = r.int(0, count - 1)
    for (let i = 0; i < count; i++) {
      const here = i === plantAt && plant ? plant : null
      const sentence = () => `${words(r.int(3, 9))}${r.chance(0.15) ? ` ${r.pick(hostile)}` : ''}`
      const run = (extra: string | null) =>
        [text(sentence() + ' ', r.chance(0.3) ? r.pick([FORMAT.bold, FORMAT.italic, FORMAT.underline, FORMAT.strike]) : 0), ...(extra ? [text(extra, r.chance(0.5) ? FORMAT.bold : 0), text(' ' + words(2))] : [])]
      switch (r.int(0, 5)) {
        case 0:
          blocks.push(h(r.pick([2, 3, 4] as const), ...run(here)))
          break
        case 1:
          blocks.push(list({ ordered: r.chance(0.5), items: [{ text: run(null) }, { text: run(here), children: { items: [sentence(), sentence()] } }] }))
          break
        case 2:
          blocks.push(quote(...run(here)))
          break
        case 3:
          blocks.push(table([[words(1), words(1)], [sentence(), here ?? sentence()]]))
          break
        default:
          blocks.push(p(...run(here), br(), text(sentence())))
      }
    }
    return doc(...blocks)
  }

  const resources: SnapshotResource[] = []
  for (let i = 0; i < 6; i++) {
    const facilitatorOnly = i % 2 === 1
    resources.push({
      id: `res-${seed}-${i}`,
      kind: r.pick(['video', 'audio', 'document'] as const),
      audience: facilitatorOnly ? 'facilitator' : 'participant',
      title: facilitatorOnly ? { es: marker('F', 'RT'), en: marker('F', 'RT', 'en') } : { es: `Recurso ${i} ${words(2)}`, en: `Resource ${i}` },
      description: facilitatorOnly ? { es: marker('F', 'RD'), en: marker('F', 'RD', 'en') } : { es: words(6), en: words(6) },
      captionLanguages: r.chance(0.7) ? ['es', 'en'] : ['es'],
      durationSeconds: r.int(30, 900),
      licence: 'CC BY 4.0',
      credit: facilitatorOnly ? marker('F', 'RC') : 'INSP',
    })
  }
  const participantResources = resources.filter((res) => res.audience === 'participant')

  const sessions: SnapshotSession[] = []
  for (let n = 1; n <= sessionCount; n++) {
    const kinds: ActivityKind[] = ['checkIn']
    const middle = r.int(3, 6)
    for (let i = 0; i < middle; i++) kinds.push(r.pick(ACTIVITY_KIND_VALUES.filter((k) => k !== 'checkIn' && k !== 'closing')))
    kinds.push('closing')
    // 150 minutes in 5-minute units, at least one unit each.
    const units = kinds.map(() => 1)
    for (let left = 30 - kinds.length; left > 0; left--) units[r.int(0, units.length - 1)]++
    const activities: SnapshotActivity[] = kinds.map((kind, i) => {
      const act: SnapshotActivity & Record<string, unknown> = {
        id: `act-${seed}-${n}-${i}`,
        kind,
        minutes: units[i] * 5,
        title: { es: `Actividad ${i + 1} ${words(2)}`, en: `Activity ${i + 1}` },
        facilitatorInstructions: { es: randomRich(marker('F', 'FI')), en: randomRich(marker('F', 'FI', 'en')) },
        participantContent: { es: randomRich(marker('P', 'PC'), 2), en: randomRich(null, 2) },
        // A vignette may point at a facilitator-only resource: the projection must drop it.
        ...(kind === 'videoVignette' ? { resourceId: r.pick(resources).id } : {}),
      }
      // A key the projection has never heard of must not slip through either.
      act.privateNotes = marker('F', 'XA')
      return act
    })
    const session: SnapshotSession & Record<string, unknown> = {
      id: `ses-${seed}-${n}`,
      number: n,
      moduleId: null,
      duration: 150,
      title: { es: `Sesión aleatoria ${n} ${words(2)}`, en: `Random session ${n}` },
      summary: { es: `${words(8)} ${marker('P', 'SM')}`, en: words(8) },
      contentNotes: { es: marker('F', 'CN'), en: marker('F', 'CN', 'en') },
      materials: { es: marker('F', 'MT'), en: marker('F', 'MT', 'en') },
      objectives: { es: [marker('F', 'OB'), words(5)], en: [marker('F', 'OB', 'en')] },
      activities,
      facilitatorNotes: { es: randomRich(marker('F', 'FN')), en: randomRich(marker('F', 'FN', 'en')) },
      safetyNotes: { es: randomRich(marker('F', 'SN')), en: randomRich(marker('F', 'SN', 'en')) },
      handouts: r.chance(0.5) ? [{ id: `ho-${n}`, title: { es: `Hoja ${n}`, en: `Handout ${n}` }, body: { es: randomRich(marker('P', 'HO'), 2), en: randomRich(null, 2) } }] : [],
      resourceIds: [r.pick(resources).id, r.pick(participantResources).id],
      themeIds: [],
    }
    session.riskCues = { es: marker('F', 'XS') }
    sessions.push(session)
  }

  const snapshot: ReleaseSnapshot = {
    schemaVersion: 1,
    release: { version: `2.${seed % 10}.0`, locales: ['es', 'en'], publishedAt: '2026-05-01T12:00:00.000Z', notes: { es: paragraphs(words(10)), en: null }, previousVersion: null },
    programme: { title: { es: 'Programa aleatorio', en: 'Random programme' } },
    track: { slug: 'hombres', audience: 'men', title: { es: 'Línea de hombres', en: "Men's track" }, sessionMinutes: 150, plannedSessions: sessionCount },
    modules: [],
    sessions,
    themes: [],
    resources,
    services: [{ name: `Servicio ${words(1)}`, kind: 'health', state: 'sonora', phone: '662 000 0000', hours: { es: 'Siempre' }, description: { es: words(5) }, languages: ['es'], ruralCoverage: false }],
    glossary: { es: [{ term: 'Bitácora de control', definition: words(6), participantDefinition: words(4) }] },
    changes: { previousVersion: null, sessionsAdded: [], sessionsRemoved: [], sessionsChanged: [] },
  }
  return {
    snapshot,
    markers,
    facilitatorMarkers: markers.filter((m) => m.kind === 'F').map((m) => m.value),
    participantMarkers: markers.filter((m) => m.kind === 'P').map((m) => m.value),
  }
}

/** A snapshot whose every user-written string is hostile, for the "prints literally" test. */
export function hostileSnapshot(): ReleaseSnapshot {
  const base = smallSnapshot()
  const all = Object.values(HOSTILE)
  const s = base.sessions[0]
  s.title = { es: HOSTILE.readPasswd, en: HOSTILE.readPasswd }
  s.summary = { es: HOSTILE.importLine, en: HOSTILE.importLine }
  s.activities[1].participantContent = { es: doc(...all.map((line) => p(line))), en: doc(...all.map((line) => p(line))) }
  s.activities[1].title = { es: HOSTILE.brackets, en: HOSTILE.brackets }
  s.safetyNotes = { es: doc(p(HOSTILE.script), rtl(p(HOSTILE.arabic)), rtl(p(HOSTILE.hebrew))), en: doc(p(HOSTILE.script)) }
  s.handouts = [{ id: 'hx', title: { es: HOSTILE.backslashes, en: HOSTILE.backslashes }, body: { es: doc(p(HOSTILE.markup), p(HOSTILE.emoji)), en: null } }]
  base.glossary = { es: [{ term: HOSTILE.evalCall, definition: HOSTILE.emoji, participantDefinition: HOSTILE.readPasswd }], en: [] }
  base.chapters = [{ id: 'chx', kind: 'other', title: { es: HOSTILE.importLine, en: HOSTILE.importLine }, body: { es: doc(p(HOSTILE.evalCall)), en: null } }]
  base.services[0] = { ...base.services[0], name: HOSTILE.brackets, description: { es: HOSTILE.backslashes, en: '' } }
  base.programme.title = { es: HOSTILE.markup, en: HOSTILE.markup }
  return base
}
