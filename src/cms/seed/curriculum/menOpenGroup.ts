/**
 * Demo curriculum (issue 20, part 4): the men's programme run as an **open group** in the manner
 * of the Duluth model (*Creating a Process of Change for Men Who Batter*): a man may join at any
 * session; the curriculum is organised in themes of three weekly sessions; the first session of
 * each theme opens with a short video vignette the group analyses with the control log; every
 * session opens with the action-plan check-in. Three of the Duluth themes (non-violence, respect,
 * negotiation and fairness) make a nine-week cycle that then starts again.
 *
 * A separate track, not the seeded men's track: that one is the Mexican programme's closed course
 * of 24 sessions in six modules of different lengths, written to be taken in order; regrouping it
 * into three-session themes would misrepresent it. The vignettes use the demo's one generated,
 * captioned video (`video-grounding`) as a stand-in for each theme's film: the facilitator
 * instructions give each vignette's scene, to be read with volunteers when there is no film.
 * Written for the Reeduca demo in the spirit of the Duluth curriculum, not a copy of it.
 */
import { act, handout, L, P, type Pair } from './builders'
import { glossaryTerms, manualChapters } from './manualMatter'
import type { Localized, SeedActivity, SeedSession, SeedTrack } from './types'

const KEY = 'menOpen' as const
const VIGNETTE_VIDEO = 'video-grounding'

/** Every session opens with it: the steps of each man's action plan, out loud, in concrete facts. */
function actionPlanCheckIn(): SeedActivity {
  return act(
    'checkIn',
    25,
    L('Ronda del plan de acción', 'Action plan check-in'),
    P(
      [
        'Círculo de sillas, acuerdos del grupo a la vista. Si hoy entra un hombre nuevo, preséntelo primero por su nombre, recuerde en voz alta los acuerdos y pida a un participante con más semanas que explique en dos frases qué es el plan de acción.',
        'Chairs in a circle, group agreements in view. If a new man joins today, introduce him first by name, read the agreements aloud and ask a participant with more weeks in the group to explain in two sentences what the action plan is.',
      ],
      [
        'Ronda con la hoja «Plan de acción: registro semanal»: cada participante dice qué paso concreto de su plan dio esta semana, si usó violencia, intimidación o control, y qué paso dará la semana que viene. Hechos, no intenciones: «le pregunté qué quería hacer el domingo y lo hicimos», no «estuve tranquilo». El hombre nuevo escucha y al final dice solo por qué está aquí, en una frase.',
        'Round with the sheet “Action plan: weekly check-in”: each participant says what concrete step of his plan he took this week, whether he used violence, intimidation or control, and what step he will take next week. Facts, not intentions: “I asked her what she wanted to do on Sunday and we did it”, not “I stayed calm”. The new man listens and at the end says only why he is here, in one sentence.',
      ],
      [
        'Si alguien minimiza («solo le grité un poco») o culpa a su pareja («ella empezó»), no discuta en la ronda: pregunte «¿y tú qué hiciste?» y anótelo para la bitácora de control.',
        'If someone minimises (“I only shouted a little”) or blames his partner (“she started it”), do not argue during the round: ask “and what did you do?” and note it for the control log.',
      ],
    ),
    P(
      [
        'Di al grupo qué paso concreto de tu plan de acción diste esta semana y si usaste violencia, intimidación o control. Habla de lo que tú hiciste, no de lo que hizo ella.',
        'Tell the group what concrete step of your action plan you took this week and whether you used violence, intimidation or control. Talk about what you did, not about what she did.',
      ],
      [
        'Si es tu primera sesión, escucha. Al final solo te pediremos una frase: por qué estás aquí.',
        'If this is your first session, listen. At the end we will only ask you for one sentence: why you are here.',
      ],
    ),
  )
}

/** The first week of a theme: the vignette, analysed with the columns of the control log. */
function vignette(title: Pair, scene: Pair, questions: Pair): SeedActivity {
  return {
    ...act(
      'videoVignette',
      35,
      L(`Viñeta: «${title[0]}»`, `Vignette: “${title[1]}”`),
      P(
        [`Presente la viñeta que abre el tema (unos cuatro minutos, con subtítulos). Escena: ${scene[0]}`, `Introduce the vignette that opens the theme (about four minutes, captioned). Scene: ${scene[1]}`],
        [
          `Proyéctela completa una vez; sin proyector, lea la escena con dos voluntarios. Después analícela en el rotafolio con las columnas de la bitácora de control: qué pasó, qué hizo él, su intención, sus creencias, sus sentimientos, cómo minimiza, niega o culpa, el efecto en ella y en los hijos, y qué pudo hacer sin controlar. Preguntas: ${questions[0]}`,
          `Play it once all the way through; without a projector, read the scene with two volunteers. Then analyse it on the flipchart with the columns of the control log: what happened, what he did, his intent, his beliefs, his feelings, how he minimises, denies or blames, the effect on her and on the children, and what he could have done without controlling. Questions: ${questions[1]}`,
        ],
        [
          'Los hombres nuevos suelen defender al personaje («ella lo provocó»). No lo corrija usted: pregunte al grupo qué ve en lo que hizo él.',
          'New men often defend the character (“she provoked him”). Do not correct him yourself: ask the group what they see in what he did.',
        ],
      ),
      P([`Mira la escena con atención. Después piensa: ${questions[0]}`, `Watch the scene carefully. Then think: ${questions[1]}`]),
    ),
    resourceKey: VIGNETTE_VIDEO,
  }
}

function themeWork(title: Pair, steps: Pair, participant: Pair, minutes = 35): SeedActivity {
  return act(
    'themeWork',
    minutes,
    L(title[0], title[1]),
    P(steps, [
      'Escriba en el rotafolio las frases del grupo tal como las dicen; al final subraye las que ponen la responsabilidad en quien actúa.',
      'Write the group’s phrases on the flipchart as they are said; at the end, underline the ones that place responsibility on the man who acts.',
    ]),
    P(participant),
  )
}

/** A man presents one situation of his week with the control log; the group asks, he answers. */
function controlLogWork(minutes: number, focus: Pair): SeedActivity {
  return act(
    'groupDiscussion',
    minutes,
    L('Bitácora de control de la semana', 'This week’s control log'),
    P(
      [
        `Un voluntario presenta una situación de su semana con la hoja «Bitácora de control», columna por columna. Enfoque de hoy: ${focus[0]}`,
        `A volunteer presents one situation from his week with the sheet “Control log”, column by column. Today’s focus: ${focus[1]}`,
      ],
      [
        'El grupo pregunta para entender, no para juzgar. Si el relato se centra en ella, vuelva a la columna «qué hice yo». Cierre preguntando por la alternativa sin control y cómo entra en su plan de acción.',
        'The group asks questions to understand, not to judge. If the account centres on her, go back to the column “what I did”. Close by asking for the non-controlling alternative and how it goes into his action plan.',
      ],
    ),
    P(
      [
        'Escucha la bitácora de un compañero y pregunta para entender lo que hizo. Después piensa en una situación tuya y llena las columnas.',
        'Listen to a fellow participant’s log and ask questions to understand what he did. Then think of a situation of your own and fill in the columns.',
      ],
      [
        'La bitácora no es para confesarse ni para castigarse: es para ver el control con claridad y encontrar otra forma de actuar.',
        'The log is not for confessing or punishing yourself: it is for seeing control clearly and finding another way to act.',
      ],
    ),
  )
}

function pause(): SeedActivity {
  return act(
    'break',
    15,
    L('Pausa', 'Break'),
    P(
      ['Pausa de 15 minutos con hora exacta de regreso. Sin alcohol.', 'A 15-minute break with an exact time to return. No alcohol.'],
      [
        'Quédese cerca del grupo: en la pausa salen comentarios que no se dicen en la sesión. Escuche y anote lo que requiera seguimiento de riesgo.',
        'Stay near the group: remarks that are not made in the session come out during the break. Listen and note anything that needs risk follow-up.',
      ],
    ),
    P(['Descansa 15 minutos: toma agua o sal a tomar aire.', 'Rest for 15 minutes: have some water or get some fresh air.']),
  )
}

function practice(kind: 'rolePlay' | 'reflection', title: Pair, steps: Pair, participant: Pair): SeedActivity {
  return act(
    kind,
    30,
    L(title[0], title[1]),
    P(steps, [
      kind === 'rolePlay'
        ? 'Nadie representa violencia física ni amenazas, ni se toca. Al terminar, cada uno sale del papel diciendo su nombre.'
        : 'Deje silencio; quien no escriba puede pensarlo. Invite a tres o cuatro a compartir una frase en primera persona.',
      kind === 'rolePlay'
        ? 'Nobody acts out physical violence or threats, and nobody touches anyone. At the end, each man steps out of role by saying his name.'
        : 'Allow silence; anyone who does not write can just think. Invite three or four men to share one sentence in the first person.',
    ]),
    P(participant),
  )
}

/** Closing with the step for the action plan; "{next}" becomes the next session in the rotation. */
function closing(prompt: Pair): SeedActivity {
  return act(
    'closing',
    15,
    L('Cierre y paso del plan de acción', 'Closing and action plan step'),
    P(
      [
        `Círculo de cierre: cada uno dice ${prompt[0]} y anota en su hoja del plan de acción el paso de esta semana.`,
        `Closing circle: each man says ${prompt[1]} and writes this week’s step on his action plan sheet.`,
      ],
      [
        'Anuncie la próxima sesión, «{next}», y recuerde el retiro: si siente que va a usar violencia, sale sin amenazar y regresa en calma. Registre asistencia y, fuera de los materiales compartidos, cualquier señal de riesgo.',
        'Announce the next session, “{next}”, and remind them of the time-out: if he feels he is about to use violence, he leaves without threatening and comes back when calm. Record attendance and, outside shared materials, any risk sign.',
      ],
    ),
    P(
      [`Para cerrar: ${prompt[0]} Anota en tu plan de acción el paso concreto de esta semana.`, `To close: ${prompt[1]} Write the concrete step for this week on your action plan.`],
      ['Próxima sesión: «{next}».', 'Next session: “{next}”.'],
    ),
  )
}

/** The weekly check-in sheet: filled before each session, read out in the opening round. */
const ACTION_PLAN_CHECK_IN = handout(
  ['Plan de acción: registro semanal', 'Action plan: weekly check-in'],
  [
    'Llena esta hoja antes de cada sesión y tráela: con ella hablas en la ronda de inicio. Si acabas de entrar al grupo, llénala con el equipo en tu primera sesión.',
    'Fill in this sheet before each session and bring it: you speak from it in the opening round. If you have just joined the group, fill it in with the team at your first session.',
  ],
  ['- Mi meta en el plan de acción (lo que quiero dejar de hacer y lo que quiero hacer en su lugar):', '- My action plan goal (what I want to stop doing and what I want to do instead):'],
  ['- El paso concreto que me propuse la semana pasada:', '- The concrete step I set myself last week:'],
  ['- ¿Lo di? ¿Qué hice exactamente, qué día?', '- Did I take it? What exactly did I do, on which day?'],
  ['- ¿Usé violencia, intimidación o control esta semana? ¿Cuándo? (se trabaja en la bitácora de control)', '- Did I use violence, intimidation or control this week? When? (worked through in the control log)'],
  ['- ¿Usé el retiro? ¿Cómo salió?', '- Did I take a time-out? How did it go?'],
  ['- El paso concreto de la semana que viene (una acción que otra persona podría ver):', '- Next week’s concrete step (an action someone else could see):'],
)

/** The core participant tool of the Duluth curriculum, column by column. */
const CONTROL_LOG = handout(
  ['Bitácora de control', 'Control log'],
  [
    'Elige una situación de esta semana en la que usaste violencia, intimidación o control, o estuviste a punto. Contesta con honestidad y en primera persona:',
    'Choose a situation this week in which you used violence, intimidation or control, or came close to it. Answer honestly, in the first person:',
  ],
  ['- Qué pasó: la situación en dos o tres frases, sin juzgar.', '- What happened: the situation in two or three sentences, without judging.'],
  ['- Qué hice: mis palabras, mi tono, mis gestos, mis movimientos.', '- What I did: my words, my tone, my gestures, my movements.'],
  ['- Mi intención: ¿qué quería lograr? (que se callara, ganar, que hiciera lo que yo quería)', '- My intent: what did I want to achieve? (for her to be quiet, to win, for her to do what I wanted)'],
  ['- Mis creencias: ¿qué pensaba que me daba derecho a actuar así?', '- My beliefs: what did I think gave me the right to act that way?'],
  ['- Mis sentimientos: ¿qué sentía yo?', '- My feelings: what was I feeling?'],
  ['- Minimizar, negar, culpar: ¿cómo le quité importancia, lo negué o la culpé a ella?', '- Minimising, denying, blaming: how did I play it down, deny it or blame her?'],
  ['- El efecto: ¿cómo la afectó a ella, a las niñas y niños y a mí?', '- The effect: how did it affect her, the children and me?'],
  ['- Mi violencia pasada: ¿cómo pesó lo que ya hice antes en lo que pasó esta vez?', '- My past violence: how did what I have done before weigh on what happened this time?'],
  ['- La alternativa sin control: ¿qué pude hacer sin controlar ni lastimar? ¿Cómo la pongo en mi plan de acción?', '- The non-controlling alternative: what could I have done without controlling or hurting? How do I put it into my action plan?'],
)

const PROTOCOL: Pair = [
  'Protocolo: si un participante amenaza a su pareja o ex pareja, menciona armas, dice que la sigue o la vigila, o describe violencia reciente grave, no lo confronte frente al grupo. Detenga el tema con calma, hable con él en privado al terminar, informe a la coordinación el mismo día y active el contacto de seguridad con la pareja a través del servicio de apoyo a mujeres. La seguridad de las mujeres y de las niñas y niños está por encima de la confidencialidad del grupo.',
  'Protocol: if a participant threatens his partner or ex-partner, mentions weapons, says he follows or watches her, or describes serious recent violence, do not confront him in front of the group. Calmly stop the topic, talk to him privately at the end, inform the coordinator the same day and activate the partner-safety contact through the women’s support service. The safety of women and children comes before group confidentiality.',
]

const NEWCOMER_NOTE: Pair = [
  'Grupo abierto: puede entrar un hombre nuevo en esta sesión. Antes de la sesión, confirme que tuvo la entrevista de ingreso y la valoración de riesgo, y que conoce los acuerdos. Siéntelo junto a un participante con más semanas, no junto al equipo.',
  'Open group: a new man may join at this session. Before the session, make sure he has had the intake interview and the risk assessment and knows the agreements. Seat him beside a participant with more weeks in the group, not beside the team.',
]

interface ThemeSpec {
  key: string
  order: number
  title: Pair
  summary: Pair
  themeKey: string
  vignette: { title: Pair; scene: Pair; questions: Pair }
  sessions: [SessionSpec, SessionSpec, SessionSpec]
}

interface SessionSpec {
  title: Pair
  summary: Pair
  objectives: Pair[]
  work: { title: Pair; steps: Pair; participant: Pair }
  logFocus: Pair
  practice: { kind: 'rolePlay' | 'reflection'; title: Pair; steps: Pair; participant: Pair }
  closing: Pair
  /** Cross-track themes (themes.ts) the session works on besides its Duluth theme's own. */
  alsoThemes: string[]
  facilitatorNote: Pair
  safety: Pair
  contentNotes?: Pair
}

const THEMES: ThemeSpec[] = [
  {
    key: 'no-violencia',
    order: 1,
    title: ['No violencia', 'Non-violence'],
    summary: [
      'Reconocer la violencia física, sexual y las amenazas como elecciones, y vivir sin usarlas ni usar la intimidación.',
      'Recognising physical and sexual violence and threats as choices, and living without using them or intimidation.',
    ],
    themeKey: 'non-violence',
    vignette: {
      title: ['La cena', 'Dinner'],
      scene: [
        'Ella llega tarde del trabajo; la cena no está lista. Él golpea la mesa, avienta un plato contra la pared y le dice: «Para la próxima, ya sabes». Ella se queda callada; el niño mira desde la puerta.',
        'She comes home late from work; dinner is not ready. He bangs the table, throws a plate against the wall and says: “Next time, you know what’s coming.” She stays silent; the boy watches from the doorway.',
      ],
      questions: [
        '¿Qué quería lograr él? ¿Lo logró? ¿Qué aprendió ella? ¿Qué aprendió el niño?',
        'What did he want to achieve? Did he achieve it? What did she learn? What did the boy learn?',
      ],
    },
    sessions: [
      {
        title: ['Lo que hice y para qué', 'What I did and what for'],
        summary: [
          'Vemos una escena de violencia y la analizamos con la bitácora de control. Hablamos de la violencia como algo que se elige, no como un arrebato.',
          'We watch a scene of violence and analyse it with the control log. We talk about violence as something chosen, not an outburst.',
        ],
        objectives: [
          ['Identificar en la viñeta las acciones, la intención y el efecto de la violencia.', 'Identify the actions, intent and effect of violence in the vignette.'],
          ['Reconocer que la violencia sirve para controlar.', 'Recognise that violence serves to control.'],
        ],
        work: {
          title: ['¿Arrebato o elección?', 'Outburst or choice?'],
          steps: [
            'Pregunte: «¿Él perdió el control?». Pida pruebas de lo contrario en la escena: aventó el plato a la pared, no a ella; eligió las palabras; se detuvo cuando ella calló.',
            'Ask: “Did he lose control?”. Ask for evidence to the contrary in the scene: he threw the plate at the wall, not at her; he chose his words; he stopped when she fell silent.',
          ],
          participant: [
            'Piensa en una vez que dijiste «perdí el control». ¿Qué decidiste en ese momento, aunque fuera rápido?',
            'Think of a time you said “I lost control”. What did you decide in that moment, even if quickly?',
          ],
        },
        logFocus: ['la columna «mi intención».', 'the column “my intent”.'],
        practice: {
          kind: 'reflection',
          title: ['Lo que mi violencia consigue', 'What my violence gets me'],
          steps: ['Lea despacio: «¿Qué consigo cuando uso violencia? ¿Qué pierdo?».', 'Read slowly: “What do I get when I use violence? What do I lose?”.'],
          participant: ['Escribe o piensa: ¿qué consigo cuando uso violencia? ¿Qué pierdo yo, qué pierde ella, qué pierden mis hijos?', 'Write or think: what do I get when I use violence? What do I lose, what does she lose, what do my children lose?'],
        },
        closing: ['una cosa que entendió hoy sobre su propia violencia.', 'one thing he understood today about his own violence.'],
        alsoThemes: ['types-of-violence', 'myths-and-realities', 'parenting-without-violence'],
        facilitatorNote: [
          'Primera semana del tema: es la mejor sesión para que entren hombres nuevos. Tenga hojas del plan de acción y de la bitácora para ellos.',
          'First week of the theme: the best session for new men to join. Have action plan and control log sheets ready for them.',
        ],
        safety: ['La escena puede recordar hechos recientes: observe quién se queda callado o se justifica con enojo.', 'The scene may recall recent events: watch for who goes silent or justifies himself angrily.'],
        contentNotes: ['La viñeta muestra violencia contra objetos y una amenaza frente a un niño.', 'The vignette shows violence against objects and a threat in front of a child.'],
      },
      {
        title: ['Amenazas e intimidación', 'Threats and intimidation'],
        summary: [
          'Vemos que no hace falta golpear para dar miedo: miradas, gritos, romper cosas y amenazas también son violencia.',
          'We see that you do not need to hit to frighten: looks, shouting, breaking things and threats are violence too.',
        ],
        objectives: [
          ['Nombrar las formas de intimidación que cada uno ha usado.', 'Name the forms of intimidation each man has used.'],
          ['Reconocer el efecto del miedo en la pareja y en los hijos.', 'Recognise the effect of fear on the partner and the children.'],
        ],
        work: {
          title: ['La lista de la intimidación', 'The intimidation list'],
          steps: [
            'Con la rueda del poder y control a la vista, haga con el grupo la lista de lo que da miedo sin tocar: levantar la voz, bloquear la puerta, manejar rápido, golpear la pared, mostrar un arma.',
            'With the power and control wheel in view, make a list with the group of what frightens without touching: raising the voice, blocking the door, driving fast, punching the wall, showing a weapon.',
          ],
          participant: ['Marca en la lista lo que tú has hecho. Nadie más la ve.', 'Mark on the list what you have done. Nobody else sees it.'],
        },
        logFocus: ['las columnas «qué hice» y «el efecto».', 'the columns “what I did” and “the effect”.'],
        practice: {
          kind: 'rolePlay',
          title: ['Decir que no estoy de acuerdo sin intimidar', 'Disagreeing without intimidating'],
          steps: [
            'En tríos: uno dice que no está de acuerdo con un gasto, sentado, con voz normal, sin acercarse; otro hace de pareja; el tercero observa tono, distancia y manos.',
            'In threes: one says he disagrees about an expense, seated, in a normal voice, without moving closer; another plays the partner; the third observes tone, distance and hands.',
          ],
          participant: ['Practica decir que no estás de acuerdo sin levantar la voz ni acercarte.', 'Practise saying you disagree without raising your voice or moving closer.'],
        },
        closing: ['una forma de intimidación que va a dejar de usar.', 'one form of intimidation he will stop using.'],
        alsoThemes: ['types-of-violence', 'safety-and-risk'],
        facilitatorNote: [
          'Si un hombre nuevo entra hoy, pídale que observe en el juego de roles antes de actuar.',
          'If a new man joins today, ask him to observe the role-play before taking part.',
        ],
        safety: ['Mencionar armas es señal de riesgo alto: pregunte en privado si tiene acceso a alguna.', 'Mentioning weapons is a high-risk sign: ask privately whether he has access to one.'],
      },
      {
        title: ['Mi plan para no usar violencia', 'My plan for not using violence'],
        summary: [
          'Cerramos el tema con un plan concreto: mis señales de alerta, el retiro y a quién llamar.',
          'We close the theme with a concrete plan: my warning signs, the time-out and whom to call.',
        ],
        objectives: [
          ['Identificar las propias señales de alerta.', 'Identify one’s own warning signs.'],
          ['Acordar un plan de retiro sin amenazas.', 'Agree a time-out plan without threats.'],
        ],
        work: {
          title: ['Mis señales de alerta', 'My warning signs'],
          steps: [
            'Dibuje una silueta; el grupo marca dónde siente el enojo y qué pensamientos lo anuncian («me está retando»). Explique el retiro: avisar sin amenazar, salir, calmarse, volver a hablar.',
            'Draw an outline of a body; the group marks where they feel anger and which thoughts announce it (“she’s challenging me”). Explain the time-out: say so without threatening, leave, calm down, come back to talk.',
          ],
          participant: ['Marca dónde sientes el enojo en tu cuerpo y qué pensamientos lo anuncian.', 'Mark where you feel anger in your body and which thoughts announce it.'],
        },
        logFocus: ['la columna «la alternativa sin control».', 'the column “the non-controlling alternative”.'],
        practice: {
          kind: 'reflection',
          title: ['Mi plan de retiro', 'My time-out plan'],
          steps: ['Pida que cada uno escriba su plan de retiro: qué dice, a dónde va, cuánto tiempo, qué hace para calmarse.', 'Ask each man to write his time-out plan: what he says, where he goes, for how long, what he does to calm down.'],
          participant: ['Escribe tu plan de retiro: qué dices, a dónde vas, cuánto tiempo y qué haces para calmarte. El retiro no es castigo ni amenaza.', 'Write your time-out plan: what you say, where you go, for how long and what you do to calm down. A time-out is not a punishment or a threat.'],
        },
        closing: ['el primer paso de su plan de retiro.', 'the first step of his time-out plan.'],
        alsoThemes: ['emotions-and-self-care', 'safety-and-risk'],
        facilitatorNote: [
          'Última semana del tema: quien entró en la primera ya tiene tres semanas de plan de acción; pídale que cuente su avance.',
          'Last week of the theme: a man who joined in its first week now has three weeks of action plan; ask him to tell his progress.',
        ],
        safety: ['El retiro no se usa para castigar con silencio ni para irse a beber: aclárelo.', 'The time-out is not used to punish with silence or to go drinking: make that clear.'],
      },
    ],
  },
  {
    key: 'respeto',
    order: 2,
    title: ['Respeto', 'Respect'],
    summary: [
      'Escuchar sin juzgar, valorar las opiniones de ella y no humillarla, ni en privado ni en público.',
      'Listening without judging, valuing her opinions and not humiliating her, in private or in public.',
    ],
    themeKey: 'respect',
    vignette: {
      title: ['La reunión familiar', 'The family gathering'],
      scene: [
        'En una reunión familiar, ella cuenta que quiere terminar la secundaria abierta. Él se ríe frente a todos: «¿Tú? Si no puedes ni con la casa». Los demás ríen; ella deja de hablar el resto de la tarde.',
        'At a family gathering, she says she wants to finish secondary school through an adult programme. He laughs in front of everyone: “You? You can’t even manage the house.” The others laugh; she does not speak for the rest of the afternoon.',
      ],
      questions: ['¿Qué le dijo él con esa broma? ¿Qué pasó con el sueño de ella?', 'What did he tell her with that joke? What happened to her dream?'],
    },
    sessions: [
      {
        title: ['Las bromas que humillan', 'Jokes that humiliate'],
        summary: ['Vemos una escena en la que una broma humilla, y hablamos de lo que el respeto pide de nosotros.', 'We watch a scene in which a joke humiliates, and talk about what respect asks of us.'],
        objectives: [
          ['Reconocer la humillación como forma de control.', 'Recognise humiliation as a form of control.'],
          ['Describir conductas concretas de respeto.', 'Describe concrete behaviours of respect.'],
        ],
        work: {
          title: ['Falta de respeto y respeto', 'Disrespect and respect'],
          steps: [
            'Dos columnas en el rotafolio: lo que el grupo hace cuando no respeta (burlarse, interrumpir, ignorar) y lo que haría si respetara (preguntar, escuchar hasta el final, apoyar).',
            'Two columns on the flipchart: what the group does when not respecting (mocking, interrupting, ignoring) and what they would do if respecting (asking, listening to the end, supporting).',
          ],
          participant: ['Piensa en una vez que te burlaste de tu pareja frente a otras personas. ¿Cómo crees que se sintió?', 'Think of a time you mocked your partner in front of other people. How do you think she felt?'],
        },
        logFocus: ['las columnas «mis creencias» y «minimizar, negar, culpar» («era broma»).', 'the columns “my beliefs” and “minimising, denying, blaming” (“it was a joke”).'],
        practice: {
          kind: 'rolePlay',
          title: ['Escuchar hasta el final', 'Listening to the end'],
          steps: ['En parejas: uno cuenta un plan suyo durante dos minutos; el otro solo escucha y después repite lo que entendió, sin opinar.', 'In pairs: one tells a plan of his for two minutes; the other only listens and then repeats what he understood, without giving an opinion.'],
          participant: ['Practica escuchar sin interrumpir y repetir lo que entendiste.', 'Practise listening without interrupting and repeating what you understood.'],
        },
        closing: ['una broma o frase que va a dejar de decir.', 'one joke or phrase he will stop saying.'],
        alsoThemes: ['gender-roles'],
        facilitatorNote: ['Primera semana del tema: buena sesión para que entren hombres nuevos.', 'First week of the theme: a good session for new men to join.'],
        safety: ['Si alguien habla de su pareja con desprecio, detenga la frase y pregunte qué hizo él.', 'If someone speaks of his partner with contempt, stop the sentence and ask what he did.'],
      },
      {
        title: ['Sus opiniones cuentan', 'Her opinions count'],
        summary: ['Hablamos de quién decide en casa y de cómo se siente no ser escuchada.', 'We talk about who decides at home and how it feels not to be listened to.'],
        objectives: [
          ['Reconocer cómo se descalifican las opiniones de la pareja.', 'Recognise how the partner’s opinions are dismissed.'],
          ['Practicar preguntar su opinión antes de decidir.', 'Practise asking her opinion before deciding.'],
        ],
        work: {
          title: ['¿Quién decide?', 'Who decides?'],
          steps: ['Lea una lista de decisiones de la casa (dinero, visitas, escuela de los hijos, salidas) y pida que cada uno diga quién decide en su casa y cómo.', 'Read a list of household decisions (money, visitors, the children’s school, going out) and ask each man who decides in his home and how.'],
          participant: ['Piensa quién decide en tu casa sobre el dinero, las visitas y la escuela de los hijos.', 'Think about who decides in your home about money, visitors and the children’s school.'],
        },
        logFocus: ['la columna «el efecto» en ella.', 'the column “the effect” on her.'],
        practice: {
          kind: 'reflection',
          title: ['Lo que ella piensa', 'What she thinks'],
          steps: ['Pregunte: «¿Qué opina tu pareja de algo importante para ella? ¿Lo sabes?».', 'Ask: “What does your partner think about something important to her? Do you know?”.'],
          participant: ['¿Sabes qué opina tu pareja de algo que es importante para ella? Si no lo sabes, ¿por qué?', 'Do you know what your partner thinks about something that matters to her? If not, why not?'],
        },
        closing: ['una decisión en la que va a preguntar antes de decidir.', 'one decision in which he will ask before deciding.'],
        alsoThemes: ['gender-roles'],
        facilitatorNote: ['Si un hombre nuevo entra hoy, pídale a otro participante que le explique la bitácora en la pausa.', 'If a new man joins today, ask another participant to explain the control log to him during the break.'],
        safety: ['Si el ejercicio revela que ella tiene prohibido ver a su familia, trátelo como señal de aislamiento y riesgo.', 'If the exercise shows she is forbidden to see her family, treat it as a sign of isolation and risk.'],
      },
      {
        title: ['Respeto en lo de todos los días', 'Respect in everyday life'],
        summary: ['Cerramos el tema con acciones de respeto que se pueden ver, y las llevamos al plan de acción.', 'We close the theme with visible acts of respect, and put them into the action plan.'],
        objectives: [['Definir tres acciones concretas de respeto para la semana.', 'Define three concrete acts of respect for the week.']],
        work: {
          title: ['Acciones que se ven', 'Actions that can be seen'],
          steps: ['Pida ejemplos de respeto que otra persona podría observar: pedir su opinión, reconocer su trabajo frente a otros, respetar su tiempo y su dinero.', 'Ask for examples of respect someone else could observe: asking her opinion, acknowledging her work in front of others, respecting her time and her money.'],
          participant: ['Escribe tres acciones de respeto que tu pareja podría ver esta semana.', 'Write three acts of respect your partner could see this week.'],
        },
        logFocus: ['la alternativa sin control y cómo entra en el plan de acción.', 'the non-controlling alternative and how it goes into the action plan.'],
        practice: {
          kind: 'reflection',
          title: ['El respeto que recibí', 'The respect I received'],
          steps: ['Pregunte por una persona que los trató con respeto en su vida y qué hacía.', 'Ask about a person who treated them with respect in their life and what that person did.'],
          participant: ['Recuerda a alguien que te trató con respeto. ¿Qué hacía? ¿Cómo te sentías?', 'Remember someone who treated you with respect. What did they do? How did you feel?'],
        },
        closing: ['la acción de respeto que hará primero.', 'the act of respect he will do first.'],
        alsoThemes: ['new-masculinities'],
        facilitatorNote: ['Última semana del tema: pida a quien lleva las tres semanas que resuma lo aprendido para los que entraron después.', 'Last week of the theme: ask a man who has attended all three weeks to sum up what he learnt for those who joined later.'],
        safety: ['Vigile que «respeto» no se use para exigir obediencia («que ella me respete»).', 'Watch that “respect” is not used to demand obedience (“she should respect me”).'],
      },
    ],
  },
  {
    key: 'negociacion',
    order: 3,
    title: ['Negociación y equidad', 'Negotiation and fairness'],
    summary: [
      'Resolver los desacuerdos buscando soluciones justas para los dos, aceptar cambios y llegar a acuerdos sin imponerlos.',
      'Resolving disagreements by seeking solutions fair to both, accepting change and reaching agreements without imposing them.',
    ],
    themeKey: 'negotiation-and-fairness',
    vignette: {
      title: ['El dinero de la quincena', 'The fortnight’s pay'],
      scene: [
        'Ella pide dinero para los útiles de la escuela. Él dice que ya le dio suficiente, que ella no sabe administrar, y guarda la cartera. Ella insiste; él responde: «Aquí se hace lo que yo digo» y se va.',
        'She asks for money for school supplies. He says he already gave her enough, that she cannot manage money, and puts his wallet away. She insists; he answers: “In this house we do what I say” and leaves.',
      ],
      questions: ['¿Fue una negociación? ¿Quién tenía el poder de decidir y por qué?', 'Was it a negotiation? Who had the power to decide, and why?'],
    },
    sessions: [
      {
        title: ['¿Negociar o imponer?', 'Negotiating or imposing?'],
        summary: ['Vemos una discusión por dinero y hablamos de la diferencia entre negociar e imponer.', 'We watch an argument about money and talk about the difference between negotiating and imposing.'],
        objectives: [
          ['Distinguir entre negociar e imponer.', 'Distinguish between negotiating and imposing.'],
          ['Reconocer el control económico.', 'Recognise economic control.'],
        ],
        work: {
          title: ['Cuando el dinero es poder', 'When money is power'],
          steps: ['Pregunte quién maneja el dinero en cada casa y qué pasa cuando ella necesita algo. Nombre el control económico con ejemplos del grupo.', 'Ask who handles the money in each home and what happens when she needs something. Name economic control with the group’s own examples.'],
          participant: ['Piensa en cómo se decide el dinero en tu casa. ¿Ella tiene que pedirlo?', 'Think about how money is decided in your home. Does she have to ask for it?'],
        },
        logFocus: ['la columna «mis creencias» sobre quién decide.', 'the column “my beliefs” about who decides.'],
        practice: {
          kind: 'rolePlay',
          title: ['Los pasos de una negociación justa', 'The steps of a fair negotiation'],
          steps: ['En tríos, con un desacuerdo por dinero: cada uno dice lo que necesita, se buscan tres opciones y se elige una que sea justa para los dos.', 'In threes, with a disagreement about money: each says what he or she needs, three options are found and one fair to both is chosen.'],
          participant: ['Practica: di lo que necesitas, escucha lo que ella necesita y busquen juntos tres opciones.', 'Practise: say what you need, listen to what she needs and look for three options together.'],
        },
        closing: ['algo del dinero de la casa que va a decidir junto con su pareja.', 'something about the household money he will decide together with his partner.'],
        alsoThemes: ['types-of-violence'],
        facilitatorNote: ['Primera semana del tema: buena sesión para que entren hombres nuevos.', 'First week of the theme: a good session for new men to join.'],
        safety: ['Retener el dinero, quitar documentos o impedir trabajar es violencia económica: anótelo si aparece.', 'Withholding money, taking documents or preventing her from working is economic violence: note it if it comes up.'],
      },
      {
        title: ['Aceptar un cambio', 'Accepting a change'],
        summary: ['Hablamos de qué hacemos cuando ella quiere algo distinto: trabajar, estudiar o separarse.', 'We talk about what we do when she wants something different: to work, to study or to separate.'],
        objectives: [['Reconocer el derecho de la pareja a decidir sobre su vida, incluida la separación.', 'Recognise the partner’s right to decide about her life, including separation.']],
        work: {
          title: ['Su derecho a decidir', 'Her right to decide'],
          steps: ['Presente tres situaciones: ella quiere trabajar, estudiar o separarse. Para cada una, pregunte qué hace un hombre que controla y qué hace uno que respeta su decisión.', 'Present three situations: she wants to work, to study or to separate. For each, ask what a controlling man does and what a man who respects her decision does.'],
          participant: ['Piensa qué haces cuando tu pareja quiere algo que tú no quieres.', 'Think about what you do when your partner wants something you do not want.'],
        },
        logFocus: ['la columna «mis sentimientos» cuando ella decide algo distinto.', 'the column “my feelings” when she decides something different.'],
        practice: {
          kind: 'reflection',
          title: ['Lo que no depende de mí', 'What is not up to me'],
          steps: ['Pida que cada uno escriba una decisión de su pareja que le toca a ella, no a él.', 'Ask each man to write down one decision of his partner’s that is hers to make, not his.'],
          participant: ['Escribe una decisión que le toca a ella y no a ti.', 'Write down one decision that is hers to make, not yours.'],
        },
        closing: ['qué va a hacer cuando ella decida algo que a él no le gusta.', 'what he will do when she decides something he does not like.'],
        alsoThemes: ['rights'],
        facilitatorNote: ['Si un hombre nuevo entra hoy, siéntelo junto a un participante con más semanas.', 'If a new man joins today, seat him beside a participant with more weeks in the group.'],
        safety: [
          'La separación es el momento de mayor riesgo: cualquier comentario sobre «no dejarla ir», vigilarla o quitarle a los hijos se atiende el mismo día.',
          'Separation is the time of highest risk: any remark about “not letting her go”, watching her or taking the children away is acted on the same day.',
        ],
        contentNotes: ['Se habla de la separación de la pareja.', 'The session talks about separation from a partner.'],
      },
      {
        title: ['Acuerdos justos', 'Fair agreements'],
        summary: ['Cerramos el tema con un acuerdo justo sobre algo concreto de la casa, para el plan de acción.', 'We close the theme with a fair agreement about something concrete at home, for the action plan.'],
        objectives: [['Formular un acuerdo justo, concreto y revisable.', 'Formulate a fair, concrete agreement that can be reviewed.']],
        work: {
          title: ['Un acuerdo que se pueda cumplir', 'An agreement that can be kept'],
          steps: ['Revise con el grupo qué hace justo un acuerdo: los dos hablan, ninguno tiene miedo, se puede cambiar, se revisa en una fecha.', 'Go over with the group what makes an agreement fair: both speak, neither is afraid, it can change, it is reviewed on a set date.'],
          participant: ['Escribe un acuerdo que te gustaría proponer en casa y revisa: ¿ella podría decir que no sin miedo?', 'Write an agreement you would like to propose at home and check: could she say no without fear?'],
        },
        logFocus: ['la alternativa sin control en un desacuerdo de esta semana.', 'the non-controlling alternative in a disagreement this week.'],
        practice: {
          kind: 'reflection',
          title: ['Lo que me llevo del ciclo', 'What I take from the cycle'],
          steps: ['Pida que cada uno diga qué cambió en su plan de acción desde que entró al grupo.', 'Ask each man to say what has changed in his action plan since he joined the group.'],
          participant: ['¿Qué cambió en tu plan de acción desde que entraste al grupo?', 'What has changed in your action plan since you joined the group?'],
        },
        closing: ['el acuerdo que va a proponer, y cómo va a aceptar un no.', 'the agreement he will propose, and how he will accept a no.'],
        alsoThemes: ['life-project'],
        facilitatorNote: [
          'Última sesión del ciclo: la próxima semana empieza otra vez el tema 1. Quien ya lo cursó puede ayudar a recibir a los nuevos.',
          'Last session of the cycle: next week theme 1 starts again. Men who have already done it can help welcome the new ones.',
        ],
        safety: ['Un «acuerdo» conseguido con miedo no es acuerdo: pregunte cómo sabrá que ella aceptó libremente.', 'An “agreement” obtained through fear is no agreement: ask how he will know she agreed freely.'],
      },
    ],
  },
]

function sessionFrom(theme: ThemeSpec, index: number, number: number): SeedSession {
  const spec = theme.sessions[index]
  const opening = index === 0
  const activities: SeedActivity[] = [
    actionPlanCheckIn(),
    opening ? vignette(theme.vignette.title, theme.vignette.scene, theme.vignette.questions) : themeWork(spec.work.title, spec.work.steps, spec.work.participant),
    opening ? themeWork(spec.work.title, spec.work.steps, spec.work.participant, 15) : controlLogWork(30, spec.logFocus),
    pause(),
    opening ? controlLogWork(15, spec.logFocus) : practice(spec.practice.kind, spec.practice.title, spec.practice.steps, spec.practice.participant),
    opening ? practice(spec.practice.kind, spec.practice.title, spec.practice.steps, spec.practice.participant) : closing(spec.closing),
  ]
  // The opening session: 25 + 35 + 15 + 15 + 15 + 30 + 15; the others: 25 + 35 + 30 + 15 + 30 + 15.
  if (opening) activities.push(closing(spec.closing))
  return {
    number,
    moduleKey: theme.key,
    title: L(spec.title[0], spec.title[1]),
    summary: L(spec.summary[0], spec.summary[1]),
    objectives: spec.objectives.map((objective) => L(objective[0], objective[1])),
    ...(spec.contentNotes ? { contentNotes: L(spec.contentNotes[0], spec.contentNotes[1]) } : {}),
    activities,
    facilitatorNotes: P(spec.facilitatorNote, NEWCOMER_NOTE),
    safetyNotes: P(spec.safety, PROTOCOL),
    // The weekly check-in sheet every session; the control log in the sessions that work with it.
    handouts: opening ? [ACTION_PLAN_CHECK_IN, CONTROL_LOG] : [ACTION_PLAN_CHECK_IN],
    themeKeys: [theme.themeKey, ...spec.alsoThemes],
    ...(opening ? { resourceKeys: [VIGNETTE_VIDEO] } : {}),
  }
}

/** "{next}" becomes the next session's title; after the last session the cycle starts again at the first. */
function linkRotation(sessions: SeedSession[]): SeedSession[] {
  return sessions.map((session, index) => {
    const next = sessions[(index + 1) % sessions.length]
    const fill = (text: Localized<string[]>): Localized<string[]> => ({
      es: text.es.map((line) => line.split('{next}').join(next.title.es)),
      en: text.en.map((line) => line.split('{next}').join(next.title.en)),
    })
    return {
      ...session,
      activities: session.activities.map((activity) => ({
        ...activity,
        facilitatorInstructions: fill(activity.facilitatorInstructions),
        participantContent: fill(activity.participantContent),
      })),
    }
  })
}

const sessions = linkRotation(THEMES.flatMap((theme, t) => theme.sessions.map((_, index) => sessionFrom(theme, index, t * 3 + index + 1))))

export const menOpenGroupTrack: SeedTrack = {
  key: KEY,
  slug: 'hombres-grupo-abierto',
  audience: 'men',
  title: L('Hombres — grupo abierto (modelo Duluth)', 'Men — open group (Duluth model)'),
  description: L(
    'El programa para hombres que han ejercido violencia contra su pareja, organizado como grupo abierto a la manera del modelo Duluth: un hombre puede entrar en cualquier sesión; los temas de la rueda de la igualdad duran tres semanas y se repiten; cada tema abre con una viñeta en video; cada sesión empieza con la ronda del plan de acción y el grupo trabaja con la bitácora de control.',
    'The programme for men who have used violence against a partner, run as an open group in the manner of the Duluth model: a man may join at any session; the equality-wheel themes last three weeks and repeat; each theme opens with a video vignette; every session starts with the action-plan check-in and the group works with the control log.',
  ),
  plannedSessions: sessions.length,
  sessionMinutes: 150,
  groupFormat: 'open',
  openGroup: {
    sessionsPerTheme: 3,
    entryGuidance: L(
      'Antes de su primera sesión, cada hombre tiene la entrevista de ingreso y la valoración de riesgo, y recibe los acuerdos del grupo, la hoja del plan de acción y la bitácora de control. Entra en la sesión que toque, sea cual sea; de preferencia en la primera de un tema, la de la viñeta. Termina el ciclo cuando ha cursado todos los temas, es decir, al llegar otra vez a la sesión en que entró.',
      'Before his first session, each man has the intake interview and the risk assessment, and receives the group agreements, the action plan sheet and the control log. He joins at whichever session comes next; preferably at the first of a theme, the one with the vignette. He completes the cycle when he has attended every theme, that is, when the group reaches again the session at which he joined.',
    ),
  },
  modules: THEMES.map((theme) => ({ key: theme.key, order: theme.order, title: L(theme.title[0], theme.title[1]), summary: L(theme.summary[0], theme.summary[1]) })),
  sessions,
}

/** The men's group's own front matter and glossary (ground rules for open groups, partner safety, control log…), for this track too. */
export const menOpenGroupChapters = manualChapters.filter((chapter) => chapter.trackKey === 'men').map((chapter) => ({ ...chapter, trackKey: KEY }))
export const menOpenGroupGlossary = glossaryTerms.filter((entry) => entry.trackKey === 'men').map((entry) => ({ ...entry, trackKey: KEY }))
