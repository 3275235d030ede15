/**
 * Demo curriculum: the track for men who have used violence against a partner (24 weekly group
 * sessions of 150 minutes). Written for the Reeduca demo in the spirit of the INSP re-education
 * manual (2010) and the Duluth model’s themes (action plan check-in, video vignettes, control log);
 * it is not a copy of either. Facilitator instructions and safety notes are facilitator-only;
 * participant content and handouts are written for the men in the group.
 */
import type { Localized, SeedActivity, SeedHandout, SeedSession, SeedTrack } from './types'
import { act, handout, L, linkNext, P, type Pair } from './builders'


/** Opening round: each man names the concrete steps of his action plan, plus a session-specific question. */
function actionPlanCheckIn(minutes: number, question: Pair): SeedActivity {
  return act(
    'checkIn',
    minutes,
    L('Ronda del plan de acción', 'Action plan check-in'),
    P(
      [
        'Acomode las sillas en círculo y pegue a la vista los acuerdos del grupo. Reciba a cada participante y pídale que tenga a la mano su plan de acción de la semana.',
        'Set the chairs in a circle and put the group agreements up where everyone can see them. Greet each participant and ask him to have his action plan for the week to hand.',
      ],
      [
        `Ronda: cada participante dice, en no más de dos minutos, qué paso concreto de su plan de acción dio esta semana, si usó alguna forma de violencia o control, y responde: «${question[0]}». Pida hechos concretos («le pregunté a mi pareja qué quería hacer el domingo y lo hicimos»), no intenciones generales («estuve tranquilo»). Cuide que la ronda no pase de ${minutes} minutos.`,
        `Round: each participant says, in no more than two minutes, what concrete step of his action plan he took this week, whether he used any form of violence or control, and answers: “${question[1]}”. Ask for concrete facts (“I asked my partner what she wanted to do on Sunday and we did it”), not general intentions (“I stayed calm”). Keep the round within ${minutes} minutes.`,
      ],
      [
        'Si un participante minimiza («solo le grité un poquito»), culpa a su pareja («ella empezó») o habla de ella con desprecio, no discuta en la ronda: pregunte «¿y tú qué hiciste?» y anótelo para retomarlo en la bitácora de control o en privado.',
        'If a participant minimises (“I only shouted a little”), blames his partner (“she started it”) or speaks of her with contempt, do not argue during the round: ask “and what did you do?” and note it to take up in the control log or privately.',
      ],
    ),
    P(
      [
        `Comparte con el grupo qué paso concreto de tu plan de acción diste esta semana y si usaste alguna forma de violencia o control. Después responde: ${question[0]}`,
        `Tell the group what concrete step of your action plan you took this week and whether you used any form of violence or control. Then answer: ${question[1]}`,
      ],
      [
        'Habla de lo que tú hiciste, no de lo que hizo ella. Ser concreto y honesto es parte del trabajo de este grupo.',
        'Talk about what you did, not about what she did. Being concrete and honest is part of the work of this group.',
      ],
    ),
  )
}

function pause(minutes: number): SeedActivity {
  return act(
    'break',
    minutes,
    L('Pausa', 'Break'),
    P(
      [
        `Anuncie una pausa de ${minutes} minutos y la hora exacta de regreso. Tenga agua y café. Recuerde que no se permite consumir alcohol ni llegar bajo sus efectos.`,
        `Announce a ${minutes}-minute break and the exact time to return. Have water and coffee ready. Remind them that alcohol is not allowed and nobody may attend under its influence.`,
      ],
      [
        'Quédese cerca del grupo. En la pausa suelen salir comentarios que no se dicen en la sesión («ella me tiene harto», «ya verá cuando salga la audiencia»). Escuche, no discuta, y anote lo que requiera seguimiento de riesgo.',
        'Stay near the group. Remarks that are not made in the session often come out during the break (“she has driven me up the wall”, “she’ll see when the hearing comes”). Listen, do not argue, and note anything that needs risk follow-up.',
      ],
    ),
    P([
      `Tómate un descanso de ${minutes} minutos: estira las piernas, toma agua o sal a tomar aire. Regresamos a la hora que indique el equipo facilitador.`,
      `Take a ${minutes}-minute break: stretch your legs, have some water or get some fresh air. We return at the time the facilitators give.`,
    ]),
  )
}

function reflection(minutes: number, title: Pair, prompt: Pair, share?: Pair): SeedActivity {
  return act(
    'reflection',
    minutes,
    L(title[0], title[1]),
    P(
      [
        'Pida unos minutos de silencio y lea la pregunta de reflexión dos veces, despacio. Reparta hojas y lápices; quien no escriba puede dibujar o pensarlo.',
        'Ask for a few minutes of silence and read the reflection question slowly, twice. Hand out paper and pencils; anyone who does not write can draw or just think.',
      ],
      share ?? [
        'Invite a tres o cuatro participantes a compartir una frase. Reconozca las respuestas que hablan en primera persona y de acciones propias; si alguien habla de su pareja, pregunte con calma: «¿y qué te toca a ti?».',
        'Invite three or four participants to share one sentence. Acknowledge answers that speak in the first person about their own actions; if someone talks about his partner, ask calmly: “and what is your part?”.',
      ],
    ),
    P(prompt, [
      'Piensa en lo que tú haces y decides. Puedes escribir, dibujar o solo pensarlo.',
      'Think about what you do and decide. You can write, draw or just think about it.',
    ]),
  )
}

function homework(minutes: number, sheet: Pair, task: Pair): SeedActivity {
  return act(
    'homework',
    minutes,
    L('Tarea para la semana', 'Task for the week'),
    P(
      [
        `Entregue la hoja «${sheet[0]}» y explique la tarea con un ejemplo. Pida que la traigan la próxima sesión: se revisará en la ronda del plan de acción.`,
        `Hand out the sheet “${sheet[1]}” and explain the task with an example. Ask them to bring it to the next session: it will be reviewed in the action plan check-in.`,
      ],
      [
        'Recuerde que las tareas son para el trabajo personal de cada participante: no se le muestran a la pareja como «prueba» de cambio ni se usan para discutir con ella.',
        'Remind them that the tasks are for each participant’s own work: they are not shown to the partner as “proof” of change or used to argue with her.',
      ],
    ),
    P(task, [
      'Esta hoja es para tu trabajo personal. No se la muestres a tu pareja como prueba de que cambiaste ni la uses para discutir con ella.',
      'This sheet is for your own work. Do not show it to your partner as proof that you have changed or use it to argue with her.',
    ]),
  )
}

/** Closing round with a commitment for the week. "{next}" becomes the next session’s title. */
function closing(minutes: number, prompt: Pair): SeedActivity {
  return act(
    'closing',
    minutes,
    L('Cierre y compromiso de la semana', 'Closing and commitment for the week'),
    P(
      [
        `Forme el círculo de cierre. Cada participante dice en una frase ${prompt[0]} y nombra un paso concreto que dará esta semana para su plan de acción.`,
        `Form the closing circle. Each participant says in one sentence ${prompt[1]} and names one concrete step he will take this week for his action plan.`,
      ],
      [
        'Anuncie la próxima sesión, «{next}». Recuerde el retiro (tiempo fuera): si sienten que van a usar violencia, salen del lugar, sin amenazar, y regresan solo cuando estén en calma.',
        'Announce the next session, “{next}”. Remind them of the time-out: if they feel they are about to use violence, they leave the place, without threatening, and return only when they are calm.',
      ],
      [
        'Al terminar, registre la asistencia y anote en el expediente de riesgo (no en materiales compartidos) cualquier señal observada. Si hubo señales de riesgo, informe a la coordinación el mismo día.',
        'Afterwards, record attendance and note any risk signs observed in the risk file (not in shared materials). If there were risk signs, inform the coordinator the same day.',
      ],
    ),
    P(
      [`Para cerrar, cada uno dirá en una frase ${prompt[0]} y nombrará un paso concreto para su plan de acción de esta semana. Piensa en el tuyo.`, `To close, each man will say in one sentence ${prompt[1]} and name one concrete step for his action plan this week. Think about yours.`],
      ['La próxima sesión: «{next}». Si sientes que vas a usar violencia, usa el retiro.', 'Next session: “{next}”. If you feel you are about to use violence, take a time-out.'],
    ),
  )
}

/** Video vignette analysed with the control log, as in the first week of a Duluth theme. */
function vignette(minutes: number, title: Pair, scene: Pair, questions: Pair, tip: Pair): SeedActivity {
  return act(
    'videoVignette',
    minutes,
    L(`Viñeta: «${title[0]}»`, `Vignette: “${title[1]}”`),
    P(
      [`Presente la viñeta (unos cuatro minutos). ${scene[0]}`, `Introduce the vignette (about four minutes). ${scene[1]}`],
      [
        `Proyéctela una vez completa; si no hay proyector, lea el guion con dos voluntarios. Analícela con las columnas de la bitácora de control (acciones, intenciones, creencias, minimización, efectos, alternativas) y haga estas preguntas: ${questions[0]}`,
        `Play it once all the way through; if there is no projector, read the script with two volunteers. Analyse it using the columns of the control log (actions, intentions, beliefs, minimising, effects, alternatives) and ask these questions: ${questions[1]}`,
      ],
      tip,
    ),
    P([`Mira el video con atención. Después piensa: ${questions[0]}`, `Watch the video carefully. Then think: ${questions[1]}`]),
  )
}

function rolePlay(minutes: number, title: Pair, scenes: Pair, focus: Pair, participant: Pair): SeedActivity {
  return act(
    'rolePlay',
    minutes,
    L(title[0], title[1]),
    P(
      [`Forme tríos: uno practica la conducta nueva, otro hace el papel de la otra persona y el tercero observa con la lista de la hoja. Escenas: ${scenes[0]}`, `Form groups of three: one practises the new behaviour, another plays the other person and the third observes using the checklist on the sheet. Scenes: ${scenes[1]}`],
      [
        'Cada escena dura cuatro minutos; rote los papeles. Nadie representa violencia física ni amenazas, ni se toca. Al terminar, cada uno «sale del papel» diciendo su nombre y algo que hará hoy en la tarde.',
        'Each scene lasts four minutes; rotate roles. Nobody acts out physical violence or threats, and nobody touches anyone. At the end, each man “steps out of role” by saying his name and something he will do this afternoon.',
      ],
      focus,
    ),
    P(participant, [
      'Es una práctica: puedes detenerte y volver a empezar. Lo que cuenta es ensayar la conducta nueva.',
      'This is practice: you can stop and start again. What counts is rehearsing the new behaviour.',
    ]),
  )
}

/** The referral and partner-safety protocol every safety note ends with. */
const PROTOCOL: Pair = [
  'Protocolo: si un participante amenaza a su pareja o ex pareja, menciona armas, dice que la sigue o la vigila, habla de represalias por una denuncia o una separación, o describe violencia reciente grave, no lo confronte frente al grupo. Detenga el tema con calma, hable con él en privado al terminar, informe a la coordinación el mismo día y active el contacto de seguridad con la pareja a través del servicio de apoyo a mujeres, según el protocolo. La seguridad de las mujeres y de las niñas y niños está por encima de la confidencialidad del grupo, y los participantes lo saben desde el encuadre. Registre hechos, no opiniones, en el expediente de riesgo.',
  'Protocol: if a participant threatens his partner or ex-partner, mentions weapons, says he follows or watches her, talks of reprisals for a police report or a separation, or describes serious recent violence, do not confront him in front of the group. Calmly stop the topic, talk to him privately at the end, inform the coordinator the same day and activate the partner-safety contact through the women’s support service, according to the protocol. The safety of women and children comes before group confidentiality, and participants know this from the first session. Record facts, not opinions, in the risk file.',
]

function safety(...specific: Pair[]): Localized<string[]> {
  return P(...specific, PROTOCOL)
}

/** The core participant tool, handed out in several sessions. */
const CONTROL_LOG: SeedHandout = handout(
  ['Bitácora de control', 'Control log'],
  ['Elige una situación de esta semana en la que usaste violencia, control o intimidación, o estuviste a punto de hacerlo. Contesta con honestidad:', 'Choose a situation this week in which you used violence, control or intimidation, or came close to it. Answer honestly:'],
  ['- Acciones: ¿qué hice y qué dije, exactamente? (palabras, tono, gestos, movimientos)', '- Actions: what exactly did I do and say? (words, tone, gestures, movements)'],
  ['- Intenciones: ¿qué quería lograr? (que se callara, ganar, que hiciera lo que yo quería)', '- Intentions: what did I want to achieve? (for her to be quiet, to win, for her to do what I wanted)'],
  ['- Creencias: ¿qué pensaba que me daba derecho a actuar así?', '- Beliefs: what did I think gave me the right to act that way?'],
  ['- Sentimientos: ¿qué sentía yo?', '- Feelings: what was I feeling?'],
  ['- Minimizar, negar, culpar: ¿cómo le quité importancia o culpé a ella?', '- Minimising, denying, blaming: how did I play it down or blame her?'],
  ['- Efectos: ¿cómo la afectó a ella, a mis hijas e hijos y a mí?', '- Effects: how did it affect her, my children and me?'],
  ['- Violencia anterior: ¿cómo influyó mi violencia pasada en lo que pasó?', '- Past violence: how did my past violence influence what happened?'],
  ['- Alternativas: ¿qué pude haber hecho sin controlar ni lastimar?', '- Alternatives: what could I have done without controlling or hurting?'],
)

const ACTION_PLAN: SeedHandout = handout(
  ['Mi plan de acción', 'My action plan'],
  ['El plan de acción son pasos concretos y observables que das cada semana para dejar de usar violencia y construir una relación de respeto. Se revisa en cada ronda de inicio.', 'The action plan is concrete, observable steps you take each week to stop using violence and build a relationship of respect. It is reviewed at every opening round.'],
  ['- Lo que voy a dejar de hacer esta semana:', '- What I will stop doing this week:'],
  ['- Lo que voy a hacer en su lugar (una acción concreta, con día):', '- What I will do instead (a concrete action, with a day):'],
  ['- Mis señales de alerta (cuerpo, pensamientos, situaciones):', '- My warning signs (body, thoughts, situations):'],
  ['- Mi plan de retiro: a dónde voy, cuánto tiempo, qué hago para calmarme:', '- My time-out plan: where I go, for how long, what I do to calm down:'],
  ['- Persona a la que puedo llamar (que no sea mi pareja):', '- Someone I can call (not my partner):'],
)

const sessions: SeedSession[] = [
  // ───────────── Module 1: Encuadre, plan de acción y bitácora ─────────────
  {
    number: 1,
    moduleKey: 'inicio',
    title: L('Bienvenida y encuadre: por qué estamos aquí', 'Welcome and group agreements: why we are here'),
    summary: L(
      'Nos presentamos, conocemos cómo funciona el grupo y acordamos sus reglas. Hablamos con claridad del propósito: dejar de usar violencia contra la pareja y construir relaciones de igualdad.',
      'We introduce ourselves, learn how the group works and agree on its rules. We speak plainly about the purpose: to stop using violence against our partners and to build relationships of equality.',
    ),
    objectives: [
      L('Conocer el propósito, la duración y las reglas del programa.', 'Learn the programme’s purpose, length and rules.'),
      L('Acordar el encuadre, incluidos los límites de la confidencialidad y el contacto con la pareja.', 'Agree on the group rules, including the limits of confidentiality and contact with the partner.'),
      L('Nombrar, en primera persona, por qué cada participante está en el grupo.', 'Name, in the first person, why each participant is in the group.'),
    ],
    activities: [
      act(
        'checkIn',
        20,
        L('Presentación', 'Introductions'),
        P(
          [
            'Preséntese y presente al equipo facilitador. Pida a cada participante que diga su nombre, con quién vive y cómo llegó al programa (por decisión propia, por recomendación o por orden de una autoridad). No pida todavía detalles de la violencia.',
            'Introduce yourself and the facilitation team. Ask each participant to say his name, who he lives with and how he came to the programme (his own decision, a recommendation or an order from an authority). Do not ask for details of the violence yet.',
          ],
          [
            'Observe cómo se presentan: quién se muestra molesto por estar aquí, quién dice que «fue un malentendido», quién habla de su pareja como la culpable. Es información para las próximas sesiones, no para discutir hoy.',
            'Notice how they introduce themselves: who seems resentful at being here, who says it was “a misunderstanding”, who describes his partner as the one to blame. This is information for later sessions, not for arguing today.',
          ],
        ),
        P([
          'Di tu nombre, con quién vives y cómo llegaste a este grupo. Puedes ser breve.',
          'Say your name, who you live with and how you came to this group. You can keep it short.',
        ]),
      ),
      act(
        'themeWork',
        40,
        L('¿Qué es este programa y qué no es?', 'What this programme is and is not'),
        P(
          [
            'Explique: es un grupo de reeducación de 24 sesiones semanales de dos horas y media para hombres que han usado violencia contra su pareja. El objetivo es que dejen de usarla y aprendan formas de relacionarse con igualdad. No es terapia de pareja, no es un lugar para quejarse de la pareja y no sustituye ninguna sanción legal.',
            'Explain: this is a re-education group of 24 weekly sessions of two and a half hours for men who have used violence against their partners. The aim is for them to stop using it and to learn ways of relating as equals. It is not couples therapy, it is not a place to complain about one’s partner, and it does not replace any legal sanction.',
          ],
          [
            'Presente las herramientas del grupo: la ronda del plan de acción al inicio de cada sesión, la bitácora de control, las viñetas en video y las tareas. Explique que el grupo puede ser abierto: se suman compañeros en distintos momentos y los que llevan más tiempo ayudan a los nuevos.',
            'Present the group’s tools: the action plan check-in at the start of each session, the control log, the video vignettes and the tasks. Explain that the group may be open: new men join at different times and those who have been here longer help the newcomers.',
          ],
          [
            'Deje tiempo para preguntas. Si alguien pregunta si el programa «le va a servir para el juicio», responda con honestidad: la asistencia se informa solo como asistencia; lo que importa es que deje de usar violencia.',
            'Leave time for questions. If someone asks whether the programme “will help with the court case”, answer honestly: attendance is reported only as attendance; what matters is that he stops using violence.',
          ],
        ),
        P([
          'Este grupo es para hombres que han usado violencia contra su pareja y quieren dejar de hacerlo. Aquí vas a revisar tus actos, tus ideas sobre ser hombre y nuevas formas de relacionarte. Nadie te va a humillar, y tampoco vamos a justificar la violencia.',
          'This group is for men who have used violence against their partners and want to stop. Here you will look at your actions, your ideas about being a man and new ways of relating. Nobody will humiliate you, and we will not justify violence either.',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('Nuestro encuadre', 'Our group rules'),
        P(
          [
            'Construya el encuadre con el grupo y asegúrese de incluir: no usar violencia durante el programa; hablar en primera persona y de los propios actos; no culpar ni insultar a las parejas ausentes; confidencialidad; puntualidad; no llegar bajo efectos de alcohol o drogas; cumplir las tareas.',
            'Build the group rules with the group and make sure they include: not using violence during the programme; speaking in the first person about one’s own actions; not blaming or insulting absent partners; confidentiality; punctuality; not attending under the influence of alcohol or drugs; doing the tasks.',
          ],
          [
            'Explique con claridad los límites de la confidencialidad: si hay riesgo para la pareja, para las hijas e hijos o para otra persona, el equipo avisará a quien corresponda. Explique también que un servicio de apoyo a mujeres puede contactar a la pareja para ofrecerle información y apoyo, y que eso no depende de él. Pida que cada uno diga en voz alta si acepta el encuadre.',
            'Explain the limits of confidentiality clearly: if there is a risk to the partner, the children or anyone else, the team will inform whoever is appropriate. Explain too that a women’s support service may contact the partner to offer her information and support, and that this does not depend on him. Ask each man to say aloud whether he accepts the rules.',
          ],
        ),
        P([
          '¿Qué reglas necesita este grupo para funcionar con respeto y honestidad? Al final, cada uno dirá si acepta el encuadre.',
          'What rules does this group need in order to work with respect and honesty? At the end, each man will say whether he accepts the rules.',
        ]),
      ),
      reflection(15, ['¿Por qué estoy aquí?', 'Why am I here?'], [
        'Completa en silencio: «Estoy aquí porque yo…». Habla de lo que tú hiciste, no de lo que hizo ella ni de lo que dijo el juez.',
        'Complete silently: “I am here because I…”. Talk about what you did, not what she did or what the judge said.',
      ]),
      homework(10, ['Acuerdos del grupo', 'Group agreements'], [
        'Lee los acuerdos del grupo. Piensa en una situación reciente en la que tu pareja o tus hijos tuvieron miedo de ti. No tienes que escribirla; la retomaremos más adelante.',
        'Read the group agreements. Think of a recent situation in which your partner or children were afraid of you. You do not have to write it down; we will come back to it later.',
      ]),
      closing(15, ['qué espera de este grupo', 'what he hopes for from this group']),
    ],
    facilitatorNotes: P(
      [
        'Se recomienda un equipo facilitador mixto (un hombre y una mujer): modela una relación de igualdad y evita que el grupo se vuelva un espacio de complicidad masculina. Tenga listos los acuerdos impresos, la hoja de consentimiento informado y la información del servicio de apoyo a parejas.',
        'A mixed facilitation team (one man and one woman) is recommended: it models a relationship of equality and keeps the group from becoming a space of male complicity. Have the printed agreements ready, the informed-consent form and the information about the partner support service.',
      ],
      [
        'La resistencia es esperable en la primera sesión. No entre en debates sobre si «realmente» es violento; la tarea de hoy es que acepte el encuadre y vuelva la próxima semana.',
        'Resistance is to be expected at the first session. Do not get into debates about whether he is “really” violent; today’s task is for him to accept the rules and come back next week.',
      ],
    ),
    safetyNotes: safety([
      'En la entrevista inicial y en esta sesión, esté atento a: órdenes de protección vigentes que él no respeta, separación reciente, acceso a armas, consumo de alcohol asociado a los episodios y enojo intenso contra la pareja por la denuncia. El inicio del programa puede coincidir con momentos de alto riesgo para ella; confirme que el servicio de apoyo a mujeres ya tiene la información para el contacto de seguridad.',
      'In the intake interview and this session, watch for: protection orders in force that he is not respecting, recent separation, access to weapons, alcohol use linked to the episodes and intense anger at his partner for reporting him. The start of the programme may coincide with high-risk moments for her; confirm that the women’s support service already has the information for the partner-safety contact.',
    ]),
    handouts: [
      handout(
        ['Acuerdos del grupo', 'Group agreements'],
        ['Estos acuerdos nos permiten trabajar con respeto y honestidad:', 'These agreements allow us to work with respect and honesty:'],
        ['- No uso violencia durante el programa, de ningún tipo.', '- I do not use violence of any kind during the programme.'],
        ['- Hablo en primera persona y de mis propios actos.', '- I speak in the first person about my own actions.'],
        ['- No culpo, insulto ni ridiculizo a mi pareja ni a las mujeres.', '- I do not blame, insult or ridicule my partner or women.'],
        ['- Lo que se dice aquí se queda aquí, salvo cuando hay riesgo para alguien.', '- What is said here stays here, except when someone is at risk.'],
        ['- Llego a tiempo, sin alcohol ni drogas, y con mi tarea.', '- I arrive on time, without alcohol or drugs, and with my task.'],
        ['Un servicio de apoyo a mujeres puede contactar a mi pareja para ofrecerle información y apoyo. La seguridad de ella y de mis hijas e hijos va primero.', 'A women’s support service may contact my partner to offer her information and support. Her safety and my children’s safety come first.'],
      ),
    ],
    themeKeys: ['non-violence', 'safety-and-risk'],
    resourceKeys: ['illustration-risk-cues', 'video-grounding'],
  },
  {
    number: 2,
    moduleKey: 'inicio',
    title: L('Mi plan de acción y el retiro', 'My action plan and the time-out'),
    summary: L(
      'Aprendemos a hacer un plan de acción semanal con pasos concretos para no usar violencia, y practicamos el retiro (tiempo fuera): salir de la situación antes de lastimar, sin amenazar y regresar en calma.',
      'We learn to make a weekly action plan with concrete steps so as not to use violence, and we practise the time-out: leaving the situation before hurting anyone, without threatening, and coming back calm.',
    ),
    objectives: [
      L('Elaborar el primer plan de acción con pasos concretos y observables.', 'Make a first action plan with concrete, observable steps.'),
      L('Identificar las propias señales de alerta antes de usar violencia.', 'Identify one’s own warning signs before using violence.'),
      L('Aprender y practicar el retiro como medida inmediata de seguridad.', 'Learn and practise the time-out as an immediate safety measure.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿En qué situación reciente tu pareja o tus hijos tuvieron miedo de ti?', 'In what recent situation were your partner or children afraid of you?']),
      act(
        'themeWork',
        35,
        L('Mis señales de alerta', 'My warning signs'),
        P(
          [
            'Dibuje una silueta masculina. Pida ejemplos de lo que pasa en el cuerpo antes de usar violencia (calor en la cara, puños apretados, voz alta, corazón acelerado), en la cabeza (pensamientos como «me está faltando al respeto», «me las va a pagar») y en la situación (llegar tomado, hablar de dinero, cuando ella sale).',
            'Draw a male outline. Ask for examples of what happens in the body before using violence (hot face, clenched fists, raised voice, racing heart), in the head (thoughts such as “she is disrespecting me”, “she is going to pay”) and in the situation (arriving drunk, talking about money, when she goes out).',
          ],
          [
            'Aclare que reconocer las señales no significa que la violencia «se sale de control»: es una decisión, y las señales sirven precisamente para decidir otra cosa a tiempo.',
            'Make clear that recognising the signs does not mean violence “gets out of control”: it is a decision, and the signs are there precisely so that one can decide otherwise in time.',
          ],
        ),
        P([
          '¿Qué sientes en el cuerpo, qué piensas y en qué situaciones estás antes de usar violencia? Anota tus señales de alerta.',
          'What do you feel in your body, what do you think and what situations are you in before using violence? Write down your warning signs.',
        ]),
      ),
      pause(15),
      rolePlay(
        35,
        ['Practicar el retiro', 'Practising the time-out'],
        [
          'una discusión sobre el gasto de la semana; la pareja llega más tarde de lo acordado; el hijo adolescente le contesta mal. En cada escena, el participante nota sus señales, dice una frase acordada («me estoy enojando, voy a salir a caminar media hora y regreso») y sale sin azotar puertas.',
          'an argument about the week’s spending; the partner arrives later than agreed; the teenage son answers back. In each scene, the participant notices his signs, says an agreed sentence (“I am getting angry, I am going out for a half-hour walk and I will come back”) and leaves without slamming doors.',
        ],
        [
          'Explique las reglas del retiro: se avisa con la frase acordada, sin amenazas; se sale a un lugar donde no haya alcohol ni se maneje; se hace algo que calme (caminar, respirar); se regresa a la hora dicha. Advierta que el retiro no es castigar con el silencio ni irse días enteros: eso es control.',
          'Explain the rules of the time-out: announce it with the agreed sentence, without threats; go somewhere without alcohol and do not drive; do something calming (walk, breathe); come back at the time stated. Warn that the time-out is not punishing her with silence or disappearing for days: that is control.',
        ],
        [
          'Practica cómo notar tus señales, decir tu frase de retiro con calma y salir sin amenazar ni azotar puertas.',
          'Practise noticing your signs, saying your time-out sentence calmly and leaving without threatening or slamming doors.',
        ],
      ),
      reflection(15, ['Mi primer plan de acción', 'My first action plan'], [
        'Llena tu plan de acción: qué vas a dejar de hacer esta semana, qué harás en su lugar, tus señales de alerta y tu plan de retiro.',
        'Fill in your action plan: what you will stop doing this week, what you will do instead, your warning signs and your time-out plan.',
      ], [
        'Revise con cada participante que los pasos sean concretos («voy a preguntarle su opinión antes de decidir la compra del sábado»), no generales («voy a portarme bien»). Ayude a quien tenga dificultades para escribir.',
        'Check with each participant that the steps are concrete (“I will ask her opinion before deciding on Saturday’s purchase”), not general (“I will behave”). Help anyone who has trouble writing.',
      ]),
      homework(10, ['Mi plan de acción', 'My action plan'], [
        'Cumple los pasos de tu plan de acción. Si usas el retiro, anota qué pasó antes, a dónde fuiste y cómo regresaste.',
        'Carry out the steps of your action plan. If you use the time-out, note what happened before, where you went and how you came back.',
      ]),
      closing(20, ['qué señal de alerta va a vigilar', 'which warning sign he will watch for']),
    ],
    facilitatorNotes: P([
      'El retiro es una medida de seguridad inmediata, no una solución. Algunos hombres lo usan como forma de control (irse sin avisar, castigar con el silencio, salir a tomar). Revise en las próximas rondas cómo lo están usando.',
      'The time-out is an immediate safety measure, not a solution. Some men use it as a form of control (leaving without saying, punishing with silence, going out drinking). Check in the coming rounds how they are using it.',
    ]),
    safetyNotes: safety([
      'Si un participante dice que no puede identificar ninguna señal porque «ella lo provoca sin aviso», o que su única forma de calmarse es tomar, considérelo un indicador de riesgo y trabájelo en privado. Informe al servicio de apoyo a mujeres, según el protocolo, que el participante está aprendiendo el retiro, para que la pareja sepa qué esperar y no lo confunda con abandono o amenaza.',
      'If a participant says he cannot identify any sign because “she provokes him without warning”, or that drinking is his only way to calm down, treat it as a risk indicator and work on it privately. Let the women’s support service know, according to the protocol, that the participant is learning the time-out, so that the partner knows what to expect and does not mistake it for abandonment or a threat.',
    ]),
    handouts: [
      ACTION_PLAN,
      handout(
        ['El retiro (tiempo fuera)', 'The time-out'],
        ['El retiro sirve para no usar violencia en el momento. No resuelve el problema: solo evita hacer daño.', 'The time-out helps you not to use violence in the moment. It does not solve the problem: it only prevents harm.'],
        ['- Nota tus señales de alerta a tiempo.', '- Notice your warning signs in time.'],
        ['- Di con calma: «Me estoy enojando, voy a salir (tanto tiempo) y regreso».', '- Say calmly: “I am getting angry, I am going out for (this long) and I will come back”.'],
        ['- Sal sin azotar puertas, sin amenazar, sin manejar y sin tomar alcohol.', '- Leave without slamming doors, without threatening, without driving and without drinking alcohol.'],
        ['- Camina, respira, haz algo que te calme.', '- Walk, breathe, do something that calms you.'],
        ['- Regresa a la hora que dijiste. Si quieres volver a hablar del tema, pregunta si ella quiere hacerlo.', '- Come back at the time you said. If you want to talk about the issue again, ask whether she wants to.'],
      ),
    ],
    themeKeys: ['non-violence', 'safety-and-risk', 'emotions-and-self-care'],
    resourceKeys: ['audio-breathing-guide'],
  },
  {
    number: 3,
    moduleKey: 'inicio',
    title: L('La bitácora de control: mirar mis actos e intenciones', 'The control log: looking at my actions and intentions'),
    summary: L(
      'Conocemos la bitácora de control, la herramienta principal del grupo. Con ella revisamos paso a paso una situación: qué hicimos, qué queríamos lograr, cómo le quitamos importancia y qué pudimos haber hecho distinto.',
      'We learn about the control log, the group’s main tool. With it we go step by step through a situation: what we did, what we wanted to achieve, how we played it down and what we could have done differently.',
    ),
    objectives: [
      L('Conocer las partes de la bitácora de control.', 'Learn the parts of the control log.'),
      L('Analizar con la bitácora una situación de violencia en una viñeta.', 'Use the control log to analyse a situation of violence in a vignette.'),
      L('Reconocer que detrás de cada acto violento hay una intención de control.', 'Recognise that behind every violent act there is an intention to control.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Usaste el retiro esta semana? ¿Cómo lo hiciste?', 'Did you use the time-out this week? How did you do it?']),
      act(
        'themeWork',
        30,
        L('Las partes de la bitácora', 'The parts of the control log'),
        P(
          [
            'Pegue en la pared un papelógrafo grande con las columnas de la bitácora: acciones, intenciones, creencias, sentimientos, minimizar-negar-culpar, efectos, violencia anterior y alternativas. Explique cada una con un ejemplo sencillo que no sea de ningún participante.',
            'Put up a large flip chart with the columns of the control log: actions, intentions, beliefs, feelings, minimising-denying-blaming, effects, past violence and alternatives. Explain each with a simple example that is not any participant’s.',
          ],
          [
            'Subraye dos ideas: las acciones se describen con precisión, como si las grabara una cámara («le arrebaté el celular y lo aventé al sillón», no «discutimos»); y la columna de intenciones es la más importante, porque muestra el control detrás del acto.',
            'Stress two ideas: actions are described precisely, as a camera would record them (“I snatched her phone and threw it on the sofa”, not “we argued”); and the intentions column is the most important, because it shows the control behind the act.',
          ],
        ),
        P([
          'Escucha para qué sirve cada columna de la bitácora. Lo más importante es describir lo que hiciste como lo grabaría una cámara y preguntarte qué querías lograr.',
          'Listen to what each column of the log is for. The most important thing is to describe what you did as a camera would record it and to ask yourself what you wanted to achieve.',
        ]),
      ),
      vignette(
        30,
        ['La cena', 'Dinner'],
        [
          'Ramiro llega del trabajo y la cena no está lista porque Alma llevó a la niña al doctor. Él avienta su mochila, le dice «¿qué haces todo el día?», golpea la mesa y se sirve solo, sin hablar. Más tarde le dice a su compadre que «no pasó nada, solo se le subió un poco».',
          'Ramiro gets home from work and dinner is not ready because Alma took their daughter to the doctor. He throws down his bag, says “what do you do all day?”, bangs the table and serves himself without a word. Later he tells his friend that “nothing happened, he just got a bit worked up”.',
        ],
        [
          '¿Qué hizo Ramiro, exactamente? ¿Qué quería lograr? ¿Qué creencia le daba derecho? ¿Cómo minimizó? ¿Qué efecto tuvo en Alma y en la niña? ¿Qué pudo hacer distinto?',
          'What exactly did Ramiro do? What did he want to achieve? What belief gave him the right? How did he minimise? What effect did it have on Alma and the child? What could he have done differently?',
        ],
        [
          'Llene el papelógrafo de la bitácora con el grupo. Cuando digan «es que tenía hambre y venía cansado», anótelo en la columna de minimizar-culpar y pregunte si el cansancio obliga a golpear la mesa.',
          'Fill in the control-log flip chart with the group. When they say “he was hungry and tired”, write it in the minimising-blaming column and ask whether tiredness forces anyone to bang the table.',
        ],
      ),
      pause(15),
      act(
        'groupDiscussion',
        25,
        L('Lo que no se ve de la violencia', 'What cannot be seen of violence'),
        P(
          [
            'Pregunte: ¿por qué Ramiro dice que «no pasó nada»? ¿Qué pasaría si Alma contara la misma historia? Ayude al grupo a ver que quien usa violencia suele recordar la escena desde su propio enojo, mientras que la pareja la recuerda desde el miedo.',
            'Ask: why does Ramiro say “nothing happened”? What would happen if Alma told the same story? Help the group see that the one who uses violence tends to remember the scene from his own anger, while his partner remembers it from fear.',
          ],
          [
            'Cierre: la bitácora sirve para ver lo que normalmente no vemos de nosotros mismos. En la próxima sesión cada uno empezará a usarla con una situación propia.',
            'Close: the log helps us see what we usually do not see in ourselves. From the next session each man will start using it with a situation of his own.',
          ],
        ),
        P([
          '¿Por qué crees que Ramiro dice que «no pasó nada»? ¿Cómo contaría Alma esa misma tarde?',
          'Why do you think Ramiro says “nothing happened”? How would Alma tell the story of that same evening?',
        ]),
      ),
      reflection(10, ['Mi columna de intenciones', 'My intentions column'], [
        'Piensa en la última vez que le gritaste o amenazaste a tu pareja. ¿Qué querías lograr en ese momento?',
        'Think of the last time you shouted at or threatened your partner. What did you want to achieve at that moment?',
      ]),
      homework(10, ['Bitácora de control', 'Control log'], [
        'Llena tu primera bitácora de control con una situación de esta semana o reciente. Describe tus acciones como lo grabaría una cámara.',
        'Fill in your first control log with a situation from this week or recently. Describe your actions as a camera would record them.',
      ]),
      closing(10, ['qué descubrió hoy con la bitácora', 'what he discovered today with the control log']),
    ],
    facilitatorNotes: P([
      'La bitácora de control se retomará en muchas sesiones; dedique tiempo a que la entiendan bien. Para participantes con poca escritura, la bitácora puede hacerse de forma oral con un facilitador en los primeros minutos de la siguiente sesión.',
      'The control log will come up in many sessions; take time to make sure they understand it well. For participants with limited writing, the log can be done orally with a facilitator in the first minutes of the next session.',
    ]),
    safetyNotes: safety([
      'La columna de «violencia anterior» puede revelar hechos graves no conocidos (golpes durante el embarazo, uso de armas, violencia contra las hijas e hijos). Si ocurre en grupo, agradezca la honestidad, no pida detalles frente a todos y retómelo en privado para valorar el riesgo actual.',
      'The “past violence” column may bring to light serious facts not previously known (blows during pregnancy, use of weapons, violence against the children). If this happens in the group, thank him for his honesty, do not ask for details in front of everyone and take it up privately to assess the current danger.',
    ]),
    handouts: [CONTROL_LOG],
    themeKeys: ['non-violence', 'types-of-violence'],
  },
  // ───────────── Module 2: Deconstruir la violencia ─────────────
  {
    number: 4,
    moduleKey: 'deconstruir',
    title: L('¿Qué es la violencia? Deconstruir lo aprendido', 'What is violence? Taking apart what we learnt'),
    summary: L(
      'Revisamos qué entendemos por violencia y descubrimos que es mucho más que los golpes: también son los gritos, las amenazas, el control del dinero y la presión sexual. Vemos que la violencia se aprende y, por eso, se puede dejar.',
      'We look at what we mean by violence and discover that it is much more than blows: it is also shouting, threats, control of money and sexual pressure. We see that violence is learnt and can therefore be given up.',
    ),
    objectives: [
      L('Reconocer las formas de violencia: física, psicológica, sexual, económica y patrimonial.', 'Recognise the forms of violence: physical, psychological, sexual, economic and property-related.'),
      L('Entender la violencia como una decisión para controlar, no como pérdida de control.', 'Understand violence as a decision made in order to control, not as a loss of control.'),
      L('Identificar las formas de violencia que cada uno ha usado.', 'Identify the forms of violence each man has used.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Qué descubriste al llenar tu primera bitácora?', 'What did you discover when you filled in your first control log?']),
      act(
        'themeWork',
        40,
        L('Más allá de los golpes', 'Beyond the blows'),
        P(
          [
            'Pida al grupo que diga todo lo que un hombre puede hacer para que su pareja haga lo que él quiere o tenga miedo. Escriba sin filtrar en un papelógrafo. Luego, con el grupo, agrupe las respuestas en cinco columnas: física, psicológica, sexual, económica y patrimonial. Agregue la violencia digital (revisar el celular, rastrear su ubicación, difundir fotos).',
            'Ask the group to name everything a man can do to make his partner do what he wants or be afraid. Write it all down unfiltered on a flip chart. Then, with the group, sort the answers into five columns: physical, psychological, sexual, economic and property-related. Add digital violence (checking her phone, tracking her location, sharing photos).',
          ],
          [
            'Pregunte: ¿cuál de estas formas la ley considera violencia? Respuesta: todas. Explique que la Ley General de Acceso de las Mujeres a una Vida Libre de Violencia las reconoce y que muchas son delitos. Cierre con la idea central: la violencia es una conducta aprendida y elegida para controlar; lo aprendido se puede desaprender.',
            'Ask: which of these forms does the law consider violence? Answer: all of them. Explain that the General Law on Women’s Access to a Life Free of Violence recognises them and that many are crimes. Close with the central idea: violence is learnt behaviour chosen in order to control; what is learnt can be unlearnt.',
          ],
        ),
        P([
          '¿Qué puede hacer un hombre para que su pareja haga lo que él quiere o le tenga miedo? Después, ¿en qué tipo de violencia entra cada cosa?',
          'What can a man do to make his partner do what he wants or be afraid of him? Then: which type of violence does each belong to?',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('¿Pérdida de control o decisión?', 'Loss of control, or a decision?'),
        P(
          [
            'Plantee la pregunta: «Cuando un hombre golpea a su pareja, ¿pierde el control?». Escuche argumentos. Luego pregunte: ¿le pegaría igual a su jefe?, ¿elige dónde golpear para que no se note?, ¿se detiene cuando llega un vecino? Guíe al grupo a ver que hay decisiones incluso en el momento más enojado.',
            'Pose the question: “When a man hits his partner, does he lose control?”. Listen to the arguments. Then ask: would he hit his boss the same way? Does he choose where to hit so it will not show? Does he stop when a neighbour arrives? Guide the group to see that there are decisions even at the angriest moment.',
          ],
          [
            'Cierre: si la violencia es una decisión, también lo es dejar de usarla. Esa es una buena noticia: depende de cada uno.',
            'Close: if violence is a decision, so is stopping it. That is good news: it depends on each man.',
          ],
        ),
        P([
          'Cuando un hombre usa violencia, ¿pierde el control o toma decisiones? Piensa en ejemplos de tu propia vida.',
          'When a man uses violence, does he lose control or does he make decisions? Think of examples from your own life.',
        ]),
      ),
      reflection(15, ['Las formas que he usado', 'The forms I have used'], [
        'Mira las cinco columnas. ¿Qué formas de violencia has usado tú? Márcalas en tu hoja con honestidad; nadie más la verá.',
        'Look at the five columns. Which forms of violence have you used? Mark them honestly on your sheet; nobody else will see it.',
      ]),
      homework(10, ['Bitácora de control', 'Control log'], [
        'Llena una bitácora de control sobre una situación en la que usaste violencia psicológica o económica (gritos, amenazas, control del dinero).',
        'Fill in a control log about a situation in which you used psychological or economic violence (shouting, threats, controlling money).',
      ]),
      closing(15, ['qué forma de violencia no había reconocido', 'which form of violence he had not recognised before']),
    ],
    facilitatorNotes: P([
      'Es frecuente que el grupo se ría o haga bromas al listar formas de violencia: no lo deje pasar, pero tampoco regañe. Pregunte qué función tiene la broma («¿nos ayuda a no sentir vergüenza?»).',
      'The group often laughs or jokes when listing forms of violence: do not let it pass, but do not scold either. Ask what the joke is for (“does it help us not feel ashamed?”).',
    ]),
    safetyNotes: safety([
      'Cuando un participante insiste en que lo suyo «no es violencia» porque no hubo golpes, o dice que su pareja «también es violenta», registre el patrón de negación y minimización. Si además menciona que está separado y que quiere «arreglar las cosas» aunque ella no quiera, trate esa insistencia como posible acoso y valórelo en privado.',
      'When a participant insists that what he did “is not violence” because there were no blows, or says his partner “is violent too”, note the pattern of denial and minimising. If he also mentions that he is separated and wants to “sort things out” although she does not, treat that insistence as possible harassment and assess it privately.',
    ]),
    handouts: [
      handout(
        ['Las formas de la violencia', 'The forms of violence'],
        ['La violencia es cualquier acción que busca controlar, someter o causar miedo o daño a otra persona. La ley reconoce estas formas:', 'Violence is any action that seeks to control, dominate, or cause fear or harm to another person. The law recognises these forms:'],
        ['- Física: empujar, jalonear, golpear, patear, ahorcar, usar objetos o armas.', '- Physical: pushing, yanking, hitting, kicking, choking, using objects or weapons.'],
        ['- Psicológica: gritar, insultar, humillar, amenazar, celar, ignorar como castigo.', '- Psychological: shouting, insulting, humiliating, threatening, jealousy, ignoring as punishment.'],
        ['- Sexual: presionar, chantajear u obligar a tener relaciones sexuales.', '- Sexual: pressuring, blackmailing or forcing someone into sex.'],
        ['- Económica: controlar el dinero, no dar gasto, impedirle trabajar.', '- Economic: controlling money, withholding housekeeping money, stopping her from working.'],
        ['- Patrimonial: romper sus cosas, esconder sus documentos, vender sus bienes.', '- Property-related: breaking her things, hiding her documents, selling her belongings.'],
        ['La violencia se aprende y se elige. También se puede dejar.', 'Violence is learnt and chosen. It can also be given up.'],
      ),
    ],
    themeKeys: ['types-of-violence', 'non-violence'],
  },
  {
    number: 5,
    moduleKey: 'deconstruir',
    title: L('Mitos que justifican la violencia', 'Myths that justify violence'),
    summary: L(
      'Revisamos las frases que usamos para justificar la violencia: «ella me provocó», «fue el alcohol», «así me educaron», «si no me hace caso, ¿qué quiere?». Vemos qué esconden y a quién protegen.',
      'We look at the phrases we use to justify violence: “she provoked me”, “it was the drink”, “that is how I was raised”, “if she will not listen, what does she expect?”. We see what they hide and whom they protect.',
    ),
    objectives: [
      L('Identificar los mitos que justifican la violencia contra las mujeres.', 'Identify the myths that justify violence against women.'),
      L('Reconocer cómo cada uno usa esos mitos para minimizar, negar o culpar.', 'Recognise how each man uses those myths to minimise, deny or blame.'),
      L('Sustituir las justificaciones por frases de responsabilidad.', 'Replace justifications with statements of responsibility.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Qué justificación te diste la última vez que usaste violencia?', 'What justification did you give yourself the last time you used violence?']),
      act(
        'themeWork',
        35,
        L('El juicio de los mitos', 'Putting the myths on trial'),
        P(
          [
            'Forme cuatro equipos y entregue a cada uno un mito: «ella me provoca», «el alcohol tiene la culpa», «los hombres somos así por naturaleza», «a las mujeres les gusta que las dominen». Dos equipos «defienden» el mito y dos lo «acusan»; cada equipo tiene 8 minutos para preparar tres argumentos.',
            'Form four groups and give each one a myth: “she provokes me”, “alcohol is to blame”, “men are like that by nature”, “women like to be dominated”. Two groups “defend” the myth and two “prosecute” it; each group has 8 minutes to prepare three arguments.',
          ],
          [
            'En el «juicio», el equipo facilitador funciona como juez: después de los argumentos, da la «sentencia» con información: muchos hombres toman y no golpean; nadie provoca a otra persona a golpearla, cada quien decide su respuesta; la violencia se aprende, no es naturaleza.',
            'At the “trial”, the facilitation team acts as judge: after the arguments, it gives the “verdict” with information: many men drink and do not hit; nobody makes another person hit them, each person decides how to respond; violence is learnt, not nature.',
          ],
        ),
        P([
          'Con tu equipo, preparen tres argumentos para defender o acusar el mito que les tocó. Después escucharemos la «sentencia».',
          'With your group, prepare three arguments to defend or prosecute your myth. Then we will hear the “verdict”.',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('De la excusa a la responsabilidad', 'From excuse to responsibility'),
        P(
          [
            'Escriba en una columna frases de excusa que aparecieron en las rondas (sin decir quién las dijo): «es que ella empezó», «solo la empujé», «estaba tomado». Pida que el grupo las transforme en frases de responsabilidad: «yo decidí gritarle», «la empujé y la lastimé», «tomé y decidí golpear».',
            'Write in one column excuses that came up in the rounds (without saying who said them): “she started it”, “I only pushed her”, “I was drunk”. Ask the group to turn them into statements of responsibility: “I decided to shout at her”, “I pushed her and hurt her”, “I drank and chose to hit”.',
          ],
          [
            'Pregunte cómo se siente decir la frase de responsabilidad y qué cambia. Reconozca que cuesta y que es el primer paso para cambiar.',
            'Ask how it feels to say the statement of responsibility and what changes. Acknowledge that it is hard and that it is the first step towards change.',
          ],
        ),
        P([
          'Convierte cada excusa en una frase de responsabilidad que empiece con «yo». ¿Cómo se siente decirla?',
          'Turn each excuse into a statement of responsibility beginning with “I”. How does it feel to say it?',
        ]),
      ),
      reflection(15, ['Mi mito favorito', 'My favourite myth'], [
        '¿Cuál de estos mitos has usado más para justificarte? ¿Qué te protegía de ver?',
        'Which of these myths have you used most to justify yourself? What did it keep you from seeing?',
      ]),
      homework(10, ['Bitácora de control', 'Control log'], [
        'Llena una bitácora de control y pon especial atención a la columna de minimizar, negar y culpar. Escribe la frase de responsabilidad que la reemplaza.',
        'Fill in a control log and pay special attention to the minimising, denying and blaming column. Write the statement of responsibility that replaces it.',
      ]),
      closing(20, ['qué excusa va a dejar de usar', 'which excuse he will stop using']),
    ],
    facilitatorNotes: P([
      'El «juicio» debe ser dinámico pero no convertirse en burla contra las mujeres. Si los argumentos de defensa se vuelven misóginos, deténgalos y pregunte al grupo qué efecto tendría esa frase si la escuchara su hija.',
      'The “trial” should be lively but must not become mockery of women. If the defence arguments turn misogynistic, stop them and ask the group what effect that phrase would have if their daughter heard it.',
    ]),
    safetyNotes: safety([
      'Preste atención a participantes que defienden el mito con convicción creciente o que dicen frases como «si me deja, no respondo». Es una amenaza velada: no la deje pasar; retómela en privado, valore el riesgo y active el contacto de seguridad con la pareja.',
      'Pay attention to participants who defend a myth with growing conviction or say things like “if she leaves me, I will not be responsible for what I do”. That is a veiled threat: do not let it pass; take it up privately, assess the danger and activate the partner-safety contact.',
    ]),
    handouts: [
      handout(
        ['Mitos y realidades', 'Myths and realities'],
        ['- Mito: «Ella me provoca». Realidad: nadie obliga a otra persona a usar violencia; cada quien decide su respuesta.', '- Myth: “She provokes me”. Reality: nobody forces another person to use violence; each person decides how to respond.'],
        ['- Mito: «Fue el alcohol». Realidad: el alcohol puede empeorarla, pero muchos hombres toman sin golpear.', '- Myth: “It was the drink”. Reality: alcohol can make it worse, but many men drink without hitting.'],
        ['- Mito: «Los hombres somos así por naturaleza». Realidad: la violencia se aprende y se puede dejar.', '- Myth: “Men are just like that by nature”. Reality: violence is learnt and can be given up.'],
        ['- Mito: «Lo que pasa en la casa es privado». Realidad: la violencia es un delito y afecta a toda la familia.', '- Myth: “What happens at home is private”. Reality: violence is a crime and affects the whole family.'],
        ['- Mito: «Solo fue un empujón». Realidad: minimizar es una forma de no hacerse responsable.', '- Myth: “It was only a push”. Reality: minimising is a way of avoiding responsibility.'],
      ),
    ],
    themeKeys: ['myths-and-realities', 'non-violence'],
  },
  {
    number: 6,
    moduleKey: 'deconstruir',
    title: L('Poder y control: la rueda del poder', 'Power and control: the power wheel'),
    summary: L(
      'Conocemos la rueda del poder y control, hecha a partir de los testimonios de mujeres que vivieron violencia. Vemos que la violencia física es solo una parte: se sostiene con intimidación, aislamiento, control del dinero y uso de los hijos.',
      'We learn about the power and control wheel, built from the testimonies of women who lived with violence. We see that physical violence is only one part: it is held in place by intimidation, isolation, control of money and using the children.',
    ),
    objectives: [
      L('Conocer las tácticas de control de la rueda del poder.', 'Learn the control tactics of the power wheel.'),
      L('Reconocer en la propia conducta las tácticas que ha usado.', 'Recognise in one’s own behaviour the tactics one has used.'),
      L('Entender qué privilegios da el control a quien lo ejerce.', 'Understand what privileges control gives to the one who exercises it.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Qué frase de responsabilidad escribiste en tu bitácora?', 'What statement of responsibility did you write in your control log?']),
      act(
        'themeWork',
        30,
        L('Los rayos de la rueda', 'The spokes of the wheel'),
        P(
          [
            'Muestre la ilustración de la rueda del poder y control. Explique que fue creada en Duluth, Minnesota, a partir de lo que contaron mujeres que vivían violencia: el centro es el poder y el control; los rayos son las tácticas; el borde es la violencia física y sexual que da fuerza a todo lo demás.',
            'Show the illustration of the power and control wheel. Explain that it was created in Duluth, Minnesota, from what women living with violence said: the centre is power and control; the spokes are the tactics; the rim is the physical and sexual violence that gives force to everything else.',
          ],
          [
            'Asigne un rayo a cada pareja de participantes y pida un ejemplo de cómo lo usa un hombre en la vida diaria. Cuando presenten, pregunte: ¿qué logra el hombre con esa táctica?',
            'Assign a spoke to each pair of participants and ask for an example of how a man uses it in daily life. When they present, ask: what does the man achieve with that tactic?',
          ],
        ),
        P([
          'Observa la rueda. ¿Qué tácticas has visto usar a otros hombres? ¿Cuáles has usado tú?',
          'Look at the wheel. Which tactics have you seen other men use? Which have you used?',
        ]),
      ),
      vignette(
        25,
        ['El celular', 'The phone'],
        [
          'Luis revisa todas las noches el celular de Karina. Cuando ve un mensaje de un compañero de trabajo, le prohíbe ir a la convivencia de la oficina, le dice que «ya todos saben cómo es» y amenaza con llevarse a los niños con su mamá si ella insiste.',
          'Every night Luis checks Karina’s phone. When he sees a message from a work colleague, he forbids her to go to the office party, tells her that “everyone knows what she is like” and threatens to take the children to his mother’s if she insists.',
        ],
        [
          '¿Qué rayos de la rueda usa Luis? ¿Qué quiere lograr? ¿Qué efecto tiene en Karina y en los niños? ¿Qué alternativa de respeto tenía?',
          'Which spokes of the wheel does Luis use? What does he want to achieve? What effect does it have on Karina and the children? What respectful alternative did he have?',
        ],
        [
          'Muchos participantes defenderán a Luis («es que ella le da motivos»). Pregunte: si Luis tiene dudas, ¿qué le da derecho a revisar el celular y a amenazar con los niños? Anote la respuesta en la columna de creencias.',
          'Many participants will defend Luis (“she gives him reasons”). Ask: if Luis has doubts, what gives him the right to check her phone and threaten to take the children? Write the answer in the beliefs column.',
        ],
      ),
      pause(15),
      act(
        'groupDiscussion',
        30,
        L('¿Qué gano con el control?', 'What do I gain from control?'),
        P(
          [
            'Pregunte con franqueza: ¿qué ganan los hombres con el control? Anote sin juzgar: que le sirvan, tener la última palabra, no tener que negociar, libertad para salir, manejar el dinero. Luego pregunte: ¿qué pierden? (la confianza, el cariño de los hijos, la tranquilidad, la relación, la libertad por un proceso legal).',
            'Ask frankly: what do men gain from control? Write it down without judging: being served, having the last word, not having to negotiate, freedom to go out, managing the money. Then ask: what do they lose? (trust, the children’s affection, peace of mind, the relationship, freedom through a legal process).',
          ],
          [
            'Cierre: el control da privilegios a corto plazo y destruye las relaciones a largo plazo. Dejar el control implica renunciar a privilegios; el grupo acompaña ese proceso.',
            'Close: control brings privileges in the short term and destroys relationships in the long term. Giving up control means giving up privileges; the group supports that process.',
          ],
        ),
        P([
          '¿Qué ganan los hombres con el control? ¿Qué pierden? Piensa en tu propia vida.',
          'What do men gain from control? What do they lose? Think about your own life.',
        ]),
      ),
      reflection(10, ['Mi rayo', 'My spoke'], [
        '¿Qué rayo de la rueda usas más? ¿Qué buscas conseguir con él?',
        'Which spoke of the wheel do you use most? What are you trying to get with it?',
      ]),
      homework(10, ['Bitácora de control', 'Control log'], [
        'Llena una bitácora de control sobre una situación en la que usaste uno de los rayos de la rueda que no sea violencia física.',
        'Fill in a control log about a situation in which you used one of the wheel’s spokes other than physical violence.',
      ]),
      closing(10, ['qué táctica de control reconoce en sí mismo', 'which control tactic he recognises in himself']),
    ],
    facilitatorNotes: P([
      'Imprima la rueda en tamaño grande y una copia para cada participante. Recuerde que la rueda se construyó con la voz de las mujeres: úsela para que los participantes vean su conducta desde la experiencia de ellas.',
      'Print the wheel in a large size and one copy per participant. Remember that the wheel was built from women’s voices: use it so that participants see their behaviour from the women’s experience.',
    ]),
    safetyNotes: safety([
      'Los rayos de aislamiento, uso de los hijos y amenazas suelen revelar control activo: revisar el celular, rastrear la ubicación, amenazar con quitarle a los hijos. Si un participante describe que sigue vigilando a su pareja o ex pareja, considérelo riesgo actual: valore en privado y active el contacto de seguridad con la pareja.',
      'The isolation, using-the-children and threats spokes often reveal active control: checking her phone, tracking her location, threatening to take the children. If a participant describes still watching his partner or ex-partner, treat it as current danger: assess privately and activate the partner-safety contact.',
    ]),
    handouts: [
      handout(
        ['La rueda del poder y control', 'The power and control wheel'],
        ['La violencia física y sexual no está sola: se sostiene con otras tácticas de control.', 'Physical and sexual violence does not stand alone: it is held in place by other control tactics.'],
        ['- Intimidación: miradas, gestos, gritos, romper cosas, mostrar armas.', '- Intimidation: looks, gestures, shouting, breaking things, displaying weapons.'],
        ['- Abuso emocional: insultar, humillar, hacerla sentir culpable o loca.', '- Emotional abuse: insulting, humiliating, making her feel guilty or crazy.'],
        ['- Aislamiento: controlar con quién habla, a dónde va, qué hace.', '- Isolation: controlling whom she talks to, where she goes, what she does.'],
        ['- Minimizar, negar y culpar: «no fue para tanto», «tú te lo buscaste».', '- Minimising, denying and blaming: “it was not that bad”, “you asked for it”.'],
        ['- Usar a los hijos: amenazar con quitárselos, usarlos para mandar mensajes.', '- Using the children: threatening to take them, using them to pass messages.'],
        ['- Privilegio masculino: tratarla como sirvienta, decidir todo solo.', '- Male privilege: treating her like a servant, making every decision alone.'],
        ['- Abuso económico: controlar el dinero, impedirle trabajar.', '- Economic abuse: controlling the money, preventing her from working.'],
        ['- Coerción y amenazas: amenazar con dejarla, matarse o denunciarla.', '- Coercion and threats: threatening to leave her, to kill himself or to report her.'],
      ),
    ],
    themeKeys: ['types-of-violence', 'gender-roles'],
    resourceKeys: ['illustration-power-wheel'],
  },
  {
    number: 7,
    moduleKey: 'deconstruir',
    title: L('Ser hombre: la caja de la masculinidad tradicional', 'Being a man: the box of traditional masculinity'),
    summary: L(
      'Revisamos lo que nos enseñaron sobre cómo debe ser un «hombre de verdad»: fuerte, proveedor, que no llora y que manda. Vemos el costo de esos mandatos para las mujeres, para los niños y para nosotros mismos.',
      'We look at what we were taught about how a “real man” should be: strong, the provider, never crying, in charge. We see what those expectations cost women, children and ourselves.',
    ),
    objectives: [
      L('Identificar los mandatos de la masculinidad tradicional.', 'Identify the expectations of traditional masculinity.'),
      L('Relacionar esos mandatos con el uso de la violencia y del control.', 'Link those expectations to the use of violence and control.'),
      L('Reconocer el costo de los mandatos para la salud y las relaciones de los hombres.', 'Recognise what those expectations cost men’s health and relationships.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Qué te enseñó tu papá, o el hombre que te crió, sobre cómo debe ser un hombre?', 'What did your father, or the man who raised you, teach you about how a man should be?']),
      act(
        'themeWork',
        40,
        L('La caja del «hombre de verdad»', 'The “real man” box'),
        P(
          [
            'Dibuje una caja grande. Pida al grupo que diga cómo debe ser un «hombre de verdad» según lo que escucharon de niños y escríbalo dentro: fuerte, no llora, proveedor, manda en su casa, no se deja, tiene muchas mujeres, aguanta el alcohol. Afuera, escriba lo que le dicen al que se sale de la caja: «mandilón», «maricón», «poco hombre».',
            'Draw a large box. Ask the group how a “real man” should be, according to what they heard as boys, and write it inside: strong, does not cry, provider, rules his house, does not back down, has many women, holds his drink. Outside, write what is said to the one who steps out of the box: “henpecked”, homophobic slurs, “not man enough”.',
          ],
          [
            'Pregunte: ¿cómo se aprende la caja? (el papá, los amigos, la escuela, la televisión, el futbol) ¿Qué pasa cuando un hombre siente que su pareja lo «saca» de la caja (no lo obedece, gana más que él, lo deja)? Relacione: muchas veces la violencia es una forma de volver a «demostrar» que se es hombre.',
            'Ask: how is the box learnt? (father, friends, school, television, football) What happens when a man feels his partner is pushing him “out” of the box (she does not obey, earns more than him, leaves him)? Make the link: violence is often a way to “prove” one is a man again.',
          ],
        ),
        P([
          '¿Cómo debe ser un «hombre de verdad» según lo que te enseñaron? ¿Qué le dicen al que no cumple? ¿Quién te lo enseñó?',
          'How should a “real man” be, according to what you were taught? What do people say to the one who does not measure up? Who taught you this?',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('Lo que nos cuesta la caja', 'What the box costs us'),
        P(
          [
            'Forme tres equipos. Cada uno hace una lista de lo que la caja le cuesta a: 1) las mujeres, 2) las niñas y los niños, 3) los propios hombres (accidentes, alcoholismo, no ir al médico, soledad, no poder llorar, no conocer a sus hijos). Dé 12 minutos.',
            'Form three groups. Each lists what the box costs: 1) women, 2) children, 3) men themselves (accidents, alcoholism, not seeing a doctor, loneliness, not being able to cry, not knowing their children). Allow 12 minutes.',
          ],
          [
            'En plenaria, pregunte qué de la caja quisieran conservar y qué quisieran dejar. Aclare que ser responsable, trabajador o protector no es malo; lo que daña es usarlo para mandar y controlar. Anuncie que en el módulo de nuevas masculinidades construiremos otras formas de ser hombre.',
            'In plenary, ask what from the box they would like to keep and what they would like to leave. Make clear that being responsible, hard-working or protective is not bad; what harms is using it to dominate and control. Announce that in the new masculinities module we will build other ways of being a man.',
          ],
        ),
        P([
          '¿Qué le cuesta la caja del «hombre de verdad» a las mujeres, a los niños y a los mismos hombres?',
          'What does the “real man” box cost women, children and men themselves?',
        ]),
      ),
      reflection(15, ['Mi caja', 'My box'], [
        '¿Qué mandato de la caja te ha llevado a usar violencia o control? ¿Cuál te ha hecho daño a ti?',
        'Which expectation from the box has led you to use violence or control? Which has harmed you?',
      ]),
      homework(10, ['La caja del hombre de verdad', 'The real man box'], [
        'Esta semana, haz una cosa «fuera de la caja» que sea respetuosa: preparar la comida, pedir ayuda, decir cómo te sientes, jugar con tus hijos. Anota cómo te sentiste.',
        'This week, do one respectful thing “outside the box”: cook a meal, ask for help, say how you feel, play with your children. Note how you felt.',
      ]),
      closing(15, ['un mandato que quiere dejar', 'one expectation he wants to let go of']),
    ],
    facilitatorNotes: P([
      'Cuide que las burlas homofóbicas que aparezcan al escribir «lo que le dicen al que se sale de la caja» se analicen como parte del control entre hombres, no se repitan como chiste. Si un participante comparte dolor por lo que vivió con su padre, reconózcalo sin que eso se vuelva justificación.',
      'Make sure the homophobic taunts that appear when writing “what is said to the one who steps out of the box” are analysed as part of men’s control over each other, not repeated as jokes. If a participant shares pain about what he lived through with his father, acknowledge it without letting it become a justification.',
    ]),
    safetyNotes: safety([
      'Un hombre que vive la separación, el desempleo o que su pareja gane más como una humillación a su hombría puede estar en un momento de mayor riesgo de violencia grave. Si lo menciona con resentimiento («me quiere ver la cara», «me quitó todo»), explore en privado y valore el riesgo.',
      'A man who experiences separation, unemployment or his partner earning more as a humiliation to his manhood may be at a time of heightened risk of serious violence. If he mentions it with resentment (“she is making a fool of me”, “she took everything from me”), explore privately and assess the danger.',
    ]),
    handouts: [
      handout(
        ['La caja del hombre de verdad', 'The real man box'],
        ['Nos enseñaron que un «hombre de verdad» debe:', 'We were taught that a “real man” must:'],
        ['- Ser fuerte y no llorar.', '- Be strong and not cry.'],
        ['- Mandar en su casa y tener la última palabra.', '- Rule his house and have the last word.'],
        ['- Ser el único proveedor.', '- Be the only provider.'],
        ['- No dejarse de nadie, y menos de una mujer.', '- Not take anything from anyone, least of all a woman.'],
        ['Estos mandatos dañan a las mujeres, a los niños y a los mismos hombres. Ser hombre también puede ser cuidar, escuchar, pedir ayuda y compartir.', 'These expectations harm women, children and men themselves. Being a man can also mean caring, listening, asking for help and sharing.'],
      ),
    ],
    themeKeys: ['gender-roles', 'new-masculinities'],
  },
  {
    number: 8,
    moduleKey: 'deconstruir',
    title: L('Mi historia: la violencia que aprendí', 'My story: the violence I learnt'),
    summary: L(
      'Miramos hacia atrás para reconocer dónde y cómo aprendimos la violencia: en la casa, en la escuela, en la calle. Entender nuestra historia no justifica lo que hicimos, pero nos ayuda a decidir no repetirla.',
      'We look back to recognise where and how we learnt violence: at home, at school, in the street. Understanding our story does not justify what we did, but it helps us decide not to repeat it.',
    ),
    objectives: [
      L('Reconocer experiencias de violencia vividas o presenciadas en la infancia.', 'Recognise experiences of violence lived or witnessed in childhood.'),
      L('Distinguir entre comprender la propia historia y justificar la violencia actual.', 'Distinguish between understanding one’s own story and justifying present violence.'),
      L('Decidir qué no se quiere transmitir a las hijas e hijos.', 'Decide what one does not want to pass on to one’s children.'),
    ],
    contentNotes: L(
      'Recordamos la infancia, incluidas experiencias de violencia vividas o presenciadas en la familia. Nadie está obligado a contar su historia; puedes compartir solo lo que quieras.',
      'We remember childhood, including experiences of violence lived or witnessed in the family. Nobody has to tell his story; you can share only what you want to.',
    ),
    activities: [
      actionPlanCheckIn(15, ['¿Qué hiciste «fuera de la caja» esta semana?', 'What did you do “outside the box” this week?']),
      act(
        'themeWork',
        40,
        L('Mi línea de vida', 'My lifeline'),
        P(
          [
            'Entregue una hoja con una línea de tiempo desde el nacimiento hasta los 18 años. Pida que marquen, con símbolos, momentos en que vieron o vivieron violencia (en casa, en la escuela, en la calle) y momentos en que alguien los cuidó o protegió. Dé 15 minutos en silencio.',
            'Hand out a sheet with a timeline from birth to age 18. Ask them to mark with symbols moments when they saw or lived violence (at home, at school, in the street) and moments when someone looked after or protected them. Allow 15 minutes of silence.',
          ],
          [
            'En plenaria, pregunte en general: ¿qué aprendimos de niños sobre qué hacer cuando estamos enojados?, ¿sobre cómo se trata a una mujer?, ¿sobre qué hace un hombre cuando no lo obedecen? Anote los aprendizajes sin pedir relatos.',
            'In plenary, ask in general: What did we learn as boys about what to do when we are angry? About how a woman is treated? About what a man does when he is not obeyed? Write down the lessons without asking for stories.',
          ],
        ),
        P([
          'Marca en tu línea de vida momentos en que viste o viviste violencia, y momentos en que alguien te cuidó. No tienes que explicarla a nadie.',
          'Mark on your lifeline moments when you saw or lived violence, and moments when someone looked after you. You do not have to explain it to anyone.',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('Comprender no es justificar', 'Understanding is not justifying'),
        P(
          [
            'Plantee: «Muchos hombres que usan violencia la vivieron de niños. Pero muchos que la vivieron deciden no usarla». Pregunte: ¿qué hace la diferencia? Anote: darse cuenta, tener a alguien que enseñó otra forma, decidir romper la cadena.',
            'Pose: “Many men who use violence experienced it as boys. But many who experienced it decide not to use it”. Ask: what makes the difference? Write down: realising it, having someone who taught another way, deciding to break the chain.',
          ],
          [
            'Si algún participante usa su historia para justificar («a mí me pegaban y salí bien», «así me educaron, no puedo cambiar»), reconozca el dolor y regrese a la responsabilidad: «lo que viviste no fue tu culpa; lo que haces hoy sí es tu decisión».',
            'If a participant uses his story as a justification (“I was beaten and I turned out fine”, “that is how I was raised, I cannot change”), acknowledge the pain and return to responsibility: “what you lived through was not your fault; what you do today is your decision”.',
          ],
        ),
        P([
          'Muchos hombres vivieron violencia de niños. ¿Qué hace que algunos la repitan y otros no? ¿Qué decides tú?',
          'Many men lived with violence as boys. What makes some repeat it and others not? What do you decide?',
        ]),
      ),
      reflection(20, ['Lo que no quiero heredar', 'What I do not want to pass on'], [
        'Piensa en tus hijas e hijos, o en las niñas y niños cercanos. ¿Qué de lo que viviste no quieres que ellos vivan? ¿Qué harás distinto?',
        'Think of your children, or children close to you. What of what you lived through do you not want them to live? What will you do differently?',
      ], [
        'Guíe la reflexión con calma. Al final, pida solo a quien quiera que diga una frase sobre lo que hará distinto. Cierre reconociendo el valor de mirar la propia historia.',
        'Guide the reflection calmly. At the end, ask only those who wish to say one sentence about what they will do differently. Close by acknowledging the courage it takes to look at one’s own story.',
      ]),
      homework(10, ['Bitácora de control', 'Control log'], [
        'Llena una bitácora de control y, en la columna de violencia anterior, piensa también en lo que aprendiste de niño. ¿Qué estás repitiendo?',
        'Fill in a control log and, in the past-violence column, also think about what you learnt as a boy. What are you repeating?',
      ]),
      closing(15, ['qué cadena quiere romper', 'which chain he wants to break']),
    ],
    facilitatorNotes: P([
      'Esta sesión puede abrir dolor antiguo. Mantenga el equilibrio: validar la experiencia del niño que fue, sin que se convierta en una sesión sobre el participante como víctima. Tenga información de servicios de atención psicológica para hombres.',
      'This session may open old pain. Keep the balance: validate the experience of the boy he was, without letting the session become about the participant as a victim. Have information about psychological services for men.',
    ]),
    safetyNotes: safety([
      'Si un participante revela abuso sexual en su infancia, agradezca, no pida detalles y ofrezca canalización a atención psicológica especializada. Si revela que actualmente ejerce castigos físicos severos o cualquier forma de abuso contra sus hijas e hijos, explique su obligación de dar aviso a la procuraduría de protección de niñas, niños y adolescentes, y siga el protocolo.',
      'If a participant discloses childhood sexual abuse, thank him, do not ask for details and offer a referral to specialised psychological care. If he discloses that he currently uses severe physical punishment or any form of abuse against his children, explain your obligation to notify the child protection authority, and follow the protocol.',
    ]),
    handouts: [
      handout(
        ['Lo que aprendí y lo que decido', 'What I learnt and what I decide'],
        ['Lo que viviste de niño no fue tu culpa. Lo que haces hoy sí es tu decisión.', 'What you lived through as a boy was not your fault. What you do today is your decision.'],
        ['- Lo que aprendí de niño sobre el enojo:', '- What I learnt as a boy about anger:'],
        ['- Lo que aprendí sobre cómo se trata a una mujer:', '- What I learnt about how a woman is treated:'],
        ['- Lo que no quiero repetir con mis hijas e hijos:', '- What I do not want to repeat with my children:'],
        ['- Una persona que me enseñó otra forma de ser hombre:', '- Someone who taught me another way to be a man:'],
      ),
    ],
    themeKeys: ['parenting-without-violence', 'emotions-and-self-care', 'gender-roles'],
  },
  // ───────────── Module 3: Del control a la igualdad (temas de Duluth) ─────────────
  {
    number: 9,
    moduleKey: 'igualdad',
    title: L('No violencia: detener la violencia física', 'Non-violence: stopping physical violence'),
    summary: L(
      'Empezamos los temas de la rueda de la igualdad con el primero: la no violencia. Revisamos qué significa comprometerse a no usar la fuerza física ni la violencia sexual, y qué pasos concretos lo hacen posible.',
      'We begin the equality wheel themes with the first one: non-violence. We look at what it means to commit to never using physical force or sexual violence, and which concrete steps make it possible.',
    ),
    objectives: [
      L('Comprender la no violencia como la base de una relación de igualdad.', 'Understand non-violence as the foundation of a relationship of equality.'),
      L('Analizar con la bitácora una escena de violencia física.', 'Use the control log to analyse a scene of physical violence.'),
      L('Revisar el plan de acción con medidas de no violencia concretas.', 'Review the action plan with concrete non-violence measures.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Qué cadena de tu historia quieres romper y qué hiciste al respecto esta semana?', 'Which chain from your story do you want to break, and what did you do about it this week?']),
      vignette(
        30,
        ['El portazo', 'The slammed door'],
        [
          'Durante una discusión por el dinero de la renta, Óscar se para frente a la puerta para que Mariana no salga, la toma del brazo con fuerza y la empuja contra la pared. Luego dice: «no le pegué, solo la detuve para que me escuchara».',
          'During an argument about the rent money, Óscar stands in front of the door so Mariana cannot leave, grips her arm hard and pushes her against the wall. Later he says: “I did not hit her, I just held her so she would listen to me”.',
        ],
        [
          '¿Qué hizo Óscar? ¿Fue violencia física? ¿Qué quería lograr? ¿Cómo minimiza? ¿Qué sintió Mariana? ¿Qué pudo hacer en lugar de bloquear la puerta?',
          'What did Óscar do? Was it physical violence? What did he want to achieve? How does he minimise it? What did Mariana feel? What could he have done instead of blocking the door?',
        ],
        [
          'Subraye que impedir la salida, sujetar o empujar es violencia física aunque no haya golpes, y que bloquear la puerta es también una forma de privar de la libertad. Pregunte qué alternativa tenía Óscar: usar el retiro, dejarla salir, hablar después.',
          'Stress that preventing someone from leaving, holding or pushing them is physical violence even without blows, and that blocking the door is also a way of depriving her of her freedom. Ask what alternative Óscar had: take a time-out, let her go, talk later.',
        ],
      ),
      act(
        'themeWork',
        30,
        L('El compromiso de no violencia', 'The commitment to non-violence'),
        P(
          [
            'Presente el rayo de no violencia de la rueda de la igualdad: hablar y actuar de manera que ella se sienta segura y cómoda al expresarse y al hacer cosas. Pregunte: ¿cómo sabe un hombre que su pareja se siente segura con él? (lo contradice sin miedo, sale sin pedir permiso, no cuida cada palabra).',
            'Present the non-violence spoke of the equality wheel: talking and acting so that she feels safe and comfortable expressing herself and doing things. Ask: how does a man know his partner feels safe with him? (she contradicts him without fear, goes out without asking permission, does not weigh every word).',
          ],
          [
            'Pida que cada participante escriba tres medidas concretas de no violencia para su plan de acción: por ejemplo, «si discutimos, no me paro frente a la puerta», «no tomo cuando hay problemas», «uso el retiro antes de alzar la voz».',
            'Ask each participant to write three concrete non-violence measures for his action plan: for example, “if we argue, I do not stand in front of the door”, “I do not drink when there are problems”, “I take a time-out before raising my voice”.',
          ],
        ),
        P([
          '¿Cómo sabes si tu pareja se siente segura contigo? Escribe tres medidas concretas de no violencia para tu plan de acción.',
          'How do you know whether your partner feels safe with you? Write three concrete non-violence measures for your action plan.',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        25,
        L('¿Qué hace falta para dejar de usar violencia?', 'What does it take to stop using violence?'),
        P(
          [
            'Pregunte a los participantes que llevan más tiempo en el grupo qué les ha ayudado a no usar violencia física. Anote lo concreto: el retiro, dejar el alcohol, reconocer las señales, dejar de pensar que ella «tiene que» obedecer.',
            'Ask the participants who have been in the group longest what has helped them not to use physical violence. Write down the concrete things: the time-out, giving up alcohol, recognising the signs, no longer thinking she “has to” obey.',
          ],
          [
            'Pregunte también qué les resulta difícil. Cierre: la no violencia no es solo «no pegar», es que ella pueda vivir sin miedo.',
            'Ask also what makes it hard. Close: non-violence is not just “not hitting”; it is her being able to live without fear.',
          ],
        ),
        P([
          '¿Qué te ha ayudado, o te podría ayudar, a dejar de usar violencia física? ¿Qué te lo hace difícil?',
          'What has helped you, or could help you, stop using physical violence? What makes it hard?',
        ]),
      ),
      reflection(10, ['Vivir sin miedo', 'Living without fear'], [
        '¿Tu pareja o tus hijos viven hoy sin miedo de ti? ¿Cómo lo sabes?',
        'Do your partner and children live without fear of you today? How do you know?',
      ]),
      homework(10, ['Mi plan de acción', 'My action plan'], [
        'Cumple las tres medidas de no violencia que escribiste y anota en tu plan de acción cuándo las aplicaste.',
        'Carry out the three non-violence measures you wrote and note in your action plan when you applied them.',
      ]),
      closing(10, ['su compromiso de no violencia', 'his commitment to non-violence']),
    ],
    facilitatorNotes: P([
      'Es la primera sesión del bloque de temas de la igualdad. Si el grupo es abierto, aproveche para explicar a los nuevos la rueda de la igualdad y su relación con la rueda del poder.',
      'This is the first session of the equality themes block. If the group is open, use it to explain the equality wheel and its relation to the power wheel to newcomers.',
    ]),
    safetyNotes: safety([
      'Escenas como la de la viñeta pueden llevar a un participante a reconocer violencia física reciente que no había contado. Si describe sujetar, empujar o impedir la salida en los últimos días, o cualquier intento de ahorcar, trátelo como riesgo alto: valore en privado y active el contacto de seguridad con la pareja.',
      'Scenes like the vignette may lead a participant to acknowledge recent physical violence he had not mentioned. If he describes holding, pushing or preventing her from leaving in recent days, or any attempt at choking, treat it as high risk: assess privately and activate the partner-safety contact.',
    ]),
    handouts: [ACTION_PLAN],
    themeKeys: ['non-violence'],
    resourceKeys: ['illustration-equality-wheel'],
  },
  {
    number: 10,
    moduleKey: 'igualdad',
    title: L('Conducta no amenazante: dejar de intimidar', 'Non-threatening behaviour: no more intimidation'),
    summary: L(
      'Hablamos de la intimidación: miradas, gestos, tono de voz, azotar cosas, manejar rápido para asustar. Aunque no toquemos a nadie, estas conductas producen miedo. Aprendemos a reconocerlas y a reemplazarlas.',
      'We talk about intimidation: looks, gestures, tone of voice, slamming things, driving fast to frighten. Even if we touch nobody, these behaviours cause fear. We learn to recognise them and replace them.',
    ),
    objectives: [
      L('Reconocer conductas de intimidación que no implican contacto físico.', 'Recognise intimidating behaviours that involve no physical contact.'),
      L('Entender el efecto del miedo en la pareja y en los hijos.', 'Understand the effect of fear on the partner and the children.'),
      L('Practicar formas de expresar el desacuerdo sin amenazar.', 'Practise ways of expressing disagreement without threatening.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Cuál de tus tres medidas de no violencia te costó más?', 'Which of your three non-violence measures was hardest?']),
      act(
        'themeWork',
        35,
        L('El lenguaje del miedo', 'The language of fear'),
        P(
          [
            'Pida voluntarios para mostrar, sin palabras, cómo un hombre intimida: la mirada fija, el dedo que señala, acercarse demasiado, el puño en la mesa, el silencio pesado. Después de cada gesto, pregunte: ¿qué mensaje manda?, ¿qué siente quien lo recibe?',
            'Ask for volunteers to show, without words, how a man intimidates: the fixed stare, the pointing finger, getting too close, the fist on the table, the heavy silence. After each gesture, ask: what message does it send? What does the person receiving it feel?',
          ],
          [
            'Explique que la intimidación funciona porque recuerda la violencia anterior: basta una mirada para que ella sepa lo que puede venir. Presente el rayo de conducta no amenazante: que ella pueda expresarse y actuar sin miedo.',
            'Explain that intimidation works because it recalls previous violence: a look is enough for her to know what may come. Present the non-threatening behaviour spoke: that she can express herself and act without fear.',
          ],
        ),
        P([
          '¿Qué gestos, miradas o tonos usa un hombre para intimidar? ¿Qué mensaje mandan? ¿Qué siente quien los recibe?',
          'What gestures, looks or tones does a man use to intimidate? What message do they send? What does the person receiving them feel?',
        ]),
      ),
      pause(15),
      rolePlay(
        35,
        ['Estar en desacuerdo sin amenazar', 'Disagreeing without threatening'],
        [
          'ella quiere visitar a su familia el fin de semana y él no; ella compró algo sin consultarle; ella quiere trabajar fuera de casa. El participante expresa su desacuerdo sentado, con voz normal, a distancia respetuosa, y acepta que ella puede decidir distinto.',
          'she wants to visit her family at the weekend and he does not; she bought something without consulting him; she wants to work outside the home. The participant expresses his disagreement seated, in a normal voice, at a respectful distance, and accepts that she may decide differently.',
        ],
        [
          'El observador revisa: ¿la voz subió?, ¿se acercó demasiado?, ¿usó palabras como «ya verás» o «tú sabrás»?, ¿aceptó el desacuerdo? En plenaria, pregunte qué fue lo más difícil: casi siempre es aceptar que ella decida distinto.',
          'The observer checks: Did his voice rise? Did he get too close? Did he use phrases like “you’ll see” or “it’s on you”? Did he accept the disagreement? In plenary, ask what was hardest: it is almost always accepting that she may decide differently.',
        ],
        [
          'Practica decir que no estás de acuerdo sentado, con voz normal y a distancia, y aceptar que ella puede decidir distinto.',
          'Practise saying you disagree while seated, in a normal voice and at a distance, and accepting that she may decide differently.',
        ],
      ),
      act(
        'groupDiscussion',
        20,
        L('El miedo de los hijos', 'The children’s fear'),
        P(
          [
            'Pregunte: ¿cómo reaccionan sus hijos cuando ustedes se enojan? (se esconden, se callan, se ponen del lado de mamá, imitan). Deje que el silencio haga su trabajo.',
            'Ask: how do your children react when you get angry? (they hide, fall silent, side with mum, imitate). Let the silence do its work.',
          ],
          [
            'Cierre: la intimidación enseña a los hijos que el amor y el miedo van juntos. Invite a pensar qué quieren que sus hijos sientan cuando ellos llegan a casa.',
            'Close: intimidation teaches children that love and fear go together. Invite them to think about what they want their children to feel when they come home.',
          ],
        ),
        P([
          '¿Cómo reaccionan tus hijos cuando te enojas? ¿Qué quieres que sientan cuando llegas a casa?',
          'How do your children react when you get angry? What do you want them to feel when you come home?',
        ]),
      ),
      homework(10, ['Bitácora de control', 'Control log'], [
        'Llena una bitácora de control sobre una situación en la que intimidaste con gestos, tono o silencio. En alternativas, escribe qué harás la próxima vez.',
        'Fill in a control log about a situation in which you intimidated with gestures, tone or silence. Under alternatives, write what you will do next time.',
      ]),
      closing(15, ['qué gesto de intimidación va a dejar', 'which intimidating gesture he will give up']),
    ],
    facilitatorNotes: P([
      'Durante la demostración de gestos, cuide que nadie se acerque o señale a otro participante de forma real; la representación se hace hacia una silla vacía. Observe si algún participante usa esas conductas dentro del grupo (con el equipo facilitador, sobre todo con la facilitadora).',
      'During the demonstration of gestures, make sure nobody actually approaches or points at another participant; it is done towards an empty chair. Notice whether any participant uses these behaviours within the group (towards the facilitators, especially the woman facilitator).',
    ]),
    safetyNotes: safety([
      'Conductas de intimidación como manejar rápido con ella en el auto, limpiar o mostrar un arma, golpear paredes o romper objetos de ella son señales de alto riesgo. Si un participante las menciona como algo reciente, valore en privado y active el contacto de seguridad con la pareja. Si un participante intimida a la facilitadora dentro del grupo, deténgalo con calma y trátelo en privado.',
      'Intimidating behaviours such as driving fast with her in the car, cleaning or displaying a weapon, punching walls or breaking her belongings are high-risk signs. If a participant mentions them as recent, assess privately and activate the partner-safety contact. If a participant intimidates the woman facilitator within the group, stop him calmly and deal with it privately.',
    ]),
    handouts: [
      handout(
        ['Conducta no amenazante', 'Non-threatening behaviour'],
        ['Intimidar es causar miedo sin necesidad de tocar. Algunos ejemplos:', 'Intimidating means causing fear without needing to touch. Some examples:'],
        ['- Mirar fijamente, señalar con el dedo, acercarse demasiado.', '- Staring, pointing, getting too close.'],
        ['- Gritar, azotar puertas, golpear la mesa o la pared.', '- Shouting, slamming doors, banging the table or the wall.'],
        ['- Manejar rápido para asustar, mostrar un arma.', '- Driving fast to frighten, displaying a weapon.'],
        ['- Frases como «ya verás», «tú sabrás lo que haces».', '- Phrases like “you’ll see”, “it’s on you”.'],
        ['En su lugar: hablar sentado, con voz normal, a distancia, y aceptar que ella puede pensar y decidir distinto.', 'Instead: talk seated, in a normal voice, at a distance, and accept that she may think and decide differently.'],
      ),
    ],
    themeKeys: ['non-violence', 'safety-and-risk', 'parenting-without-violence'],
  },
  {
    number: 11,
    moduleKey: 'igualdad',
    title: L('Respeto: escuchar y valorar su opinión', 'Respect: listening to and valuing her opinion'),
    summary: L(
      'Hablamos del respeto como una práctica diaria: escuchar sin juzgar, valorar las opiniones de la pareja, reconocer su trabajo y no humillarla. Conocemos la rueda de la igualdad y la comparamos con la del poder.',
      'We talk about respect as a daily practice: listening without judging, valuing our partner’s opinions, acknowledging her work and not humiliating her. We learn about the equality wheel and compare it with the power wheel.',
    ),
    objectives: [
      L('Conocer la rueda de la igualdad y sus rayos.', 'Learn the equality wheel and its spokes.'),
      L('Reconocer conductas de falta de respeto (burla, desprecio, interrumpir) y sus efectos.', 'Recognise disrespectful behaviours (mockery, contempt, interrupting) and their effects.'),
      L('Practicar la escucha activa.', 'Practise active listening.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Qué hiciste esta semana cuando no estuviste de acuerdo con tu pareja?', 'What did you do this week when you disagreed with your partner?']),
      act(
        'themeWork',
        30,
        L('La rueda de la igualdad', 'The equality wheel'),
        P(
          [
            'Coloque juntas la rueda del poder y la de la igualdad. Explique cada rayo de la igualdad: no violencia, conducta no amenazante, respeto, apoyo y confianza, honestidad y responsabilidad, respeto sexual, pareja (responsabilidades compartidas), y negociación y equidad. Muestre cómo cada uno es lo contrario de un rayo del poder.',
            'Place the power wheel and the equality wheel side by side. Explain each equality spoke: non-violence, non-threatening behaviour, respect, support and trust, honesty and accountability, sexual respect, partnership (shared responsibilities), and negotiation and fairness. Show how each is the opposite of a power spoke.',
          ],
          [
            'Concéntrese en el respeto: escucharla sin juzgar, valorar su opinión, reconocer su trabajo, tratarla con dignidad en público y en privado. Pida ejemplos concretos de cómo se ve el respeto un día cualquiera.',
            'Focus on respect: listening without judging, valuing her opinion, acknowledging her work, treating her with dignity in public and in private. Ask for concrete examples of what respect looks like on an ordinary day.',
          ],
        ),
        P([
          'Compara las dos ruedas. ¿Qué es lo contrario de cada rayo del poder? ¿Cómo se ve el respeto un día cualquiera en tu casa?',
          'Compare the two wheels. What is the opposite of each power spoke? What does respect look like on an ordinary day in your home?',
        ]),
      ),
      vignette(
        25,
        ['La fiesta', 'The party'],
        [
          'En una fiesta familiar, Alejandro se burla de la forma en que Rocío cocina, la interrumpe cada vez que habla y le dice a su hermano «no le hagas caso, no sabe de esto». Rocío deja de hablar el resto de la noche.',
          'At a family party, Alejandro mocks the way Rocío cooks, interrupts her every time she speaks and tells his brother “don’t listen to her, she knows nothing about this”. Rocío stops talking for the rest of the evening.',
        ],
        [
          '¿Qué hizo Alejandro? ¿Qué quería lograr? ¿Qué creencia hay detrás? ¿Qué efecto tuvo en Rocío? ¿Cómo se vería el respeto en esa misma fiesta?',
          'What did Alejandro do? What did he want to achieve? What belief lies behind it? What effect did it have on Rocío? What would respect look like at the same party?',
        ],
        [
          'Algunos dirán que «era broma». Pregunte: ¿quién se rió y quién no? Si la broma solo le divierte a uno y lastima al otro, es desprecio.',
          'Some will say it was “a joke”. Ask: who laughed and who did not? If the joke amuses only one person and hurts the other, it is contempt.',
        ],
      ),
      pause(15),
      rolePlay(
        30,
        ['Escuchar de verdad', 'Really listening'],
        [
          'ella cuenta un problema en su trabajo; ella comenta que está cansada de hacer todo en la casa; ella expresa una opinión distinta sobre la escuela de los hijos. El participante escucha sin interrumpir, sin dar soluciones y sin defenderse, y al final repite con sus palabras lo que entendió.',
          'she talks about a problem at work; she says she is tired of doing everything at home; she expresses a different opinion about the children’s school. The participant listens without interrupting, without offering solutions and without defending himself, and at the end repeats in his own words what he understood.',
        ],
        [
          'El observador anota cuántas veces el participante interrumpió, se defendió o cambió de tema. Debrief: ¿por qué cuesta tanto escuchar sin responder? Relacione con el privilegio de tener siempre la última palabra.',
          'The observer notes how many times the participant interrupted, defended himself or changed the subject. Debrief: why is it so hard to listen without answering? Link it to the privilege of always having the last word.',
        ],
        [
          'Practica escuchar sin interrumpir, sin defenderte y sin dar soluciones. Al final, repite con tus palabras lo que entendiste.',
          'Practise listening without interrupting, defending yourself or offering solutions. At the end, repeat in your own words what you understood.',
        ],
      ),
      homework(10, ['La rueda de la igualdad', 'The equality wheel'], [
        'Esta semana, escucha a tu pareja (o a tus hijos) por lo menos una vez sin interrumpir y repite lo que entendiste. Anota qué pasó.',
        'This week, listen to your partner (or your children) at least once without interrupting and repeat what you understood. Note what happened.',
      ]),
      closing(20, ['cómo va a mostrar respeto esta semana', 'how he will show respect this week']),
    ],
    facilitatorNotes: P([
      'Prepare ambas ruedas impresas en grande. El ejercicio de escucha parece sencillo, pero muchos participantes lo viven como una pérdida de autoridad; nómbrelo con calma cuando aparezca.',
      'Prepare both wheels printed large. The listening exercise seems simple, but many participants experience it as a loss of authority; name this calmly when it appears.',
    ]),
    safetyNotes: safety([
      'Atienda las frases de desprecio hacia la pareja dentro del grupo («es que es bien tonta», «no sabe nada»): son indicador de que el control sigue activo. Si un participante usa el lenguaje de la rueda para acusar a su pareja («ella es la que no me respeta»), no lo valide; regrese a su conducta y registre el patrón.',
      'Pay attention to contemptuous remarks about partners within the group (“she is so stupid”, “she knows nothing”): they indicate that control is still active. If a participant uses the wheel’s language to accuse his partner (“she is the one who does not respect me”), do not validate it; bring him back to his own behaviour and note the pattern.',
    ]),
    handouts: [
      handout(
        ['La rueda de la igualdad', 'The equality wheel'],
        ['Cada rayo de la igualdad es lo contrario de una táctica de control:', 'Each equality spoke is the opposite of a control tactic:'],
        ['- No violencia y conducta no amenazante: que ella viva sin miedo.', '- Non-violence and non-threatening behaviour: she lives without fear.'],
        ['- Respeto: escucharla sin juzgar y valorar su opinión.', '- Respect: listening without judging and valuing her opinion.'],
        ['- Apoyo y confianza: apoyar sus metas, su familia y sus amistades.', '- Support and trust: supporting her goals, family and friends.'],
        ['- Honestidad y responsabilidad: reconocer lo que hice sin culparla.', '- Honesty and accountability: owning what I did without blaming her.'],
        ['- Respeto sexual: el sí de ella es libre, y su no se respeta.', '- Sexual respect: her yes is freely given, and her no is respected.'],
        ['- Pareja y negociación justa: compartir el trabajo de la casa, el dinero y las decisiones.', '- Partnership and fair negotiation: sharing housework, money and decisions.'],
      ),
    ],
    themeKeys: ['respect'],
    resourceKeys: ['illustration-equality-wheel', 'illustration-power-wheel'],
  },
  {
    number: 12,
    moduleKey: 'igualdad',
    title: L('Apoyo y confianza: dejar de aislar', 'Support and trust: no more isolating'),
    summary: L(
      'Vemos cómo los celos, la vigilancia y el aislamiento destruyen la confianza. Pensamos en cómo apoyar las metas, las amistades y la familia de la pareja, y en respetar su derecho a tener su propia vida.',
      'We see how jealousy, surveillance and isolation destroy trust. We think about how to support our partner’s goals, friendships and family, and respect her right to a life of her own.',
    ),
    objectives: [
      L('Reconocer las conductas de aislamiento y vigilancia como control.', 'Recognise isolating and monitoring behaviours as control.'),
      L('Identificar formas concretas de apoyar los proyectos y relaciones de la pareja.', 'Identify concrete ways of supporting one’s partner’s projects and relationships.'),
      L('Distinguir la confianza del control.', 'Distinguish trust from control.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Qué pasó cuando escuchaste sin interrumpir?', 'What happened when you listened without interrupting?']),
      act(
        'themeWork',
        35,
        L('El mapa de su vida', 'The map of her life'),
        P(
          [
            'Pida a cada participante que dibuje un círculo que representa a su pareja y, alrededor, las personas y actividades que ella tenía antes de la relación (familia, amigas, trabajo, estudios, iglesia, deporte) y las que tiene ahora. Dé 10 minutos.',
            'Ask each participant to draw a circle representing his partner and, around it, the people and activities she had before the relationship (family, friends, work, studies, church, sport) and those she has now. Allow 10 minutes.',
          ],
          [
            'Pregunte: ¿qué desapareció?, ¿por qué?, ¿qué tuviste tú que ver? Relacione con el rayo del aislamiento. Presente el rayo de apoyo y confianza: apoyar sus metas, respetar sus sentimientos, amistades y actividades, y su derecho a tener opiniones propias.',
            'Ask: What disappeared? Why? What did you have to do with it? Link it to the isolation spoke. Present the support and trust spoke: supporting her goals, respecting her feelings, friendships and activities, and her right to her own opinions.',
          ],
        ),
        P([
          'Dibuja a tu pareja en el centro y alrededor las personas y actividades que tenía antes y las que tiene ahora. ¿Qué desapareció? ¿Qué tuviste tú que ver?',
          'Draw your partner in the centre and around her the people and activities she had before and those she has now. What disappeared? What did you have to do with it?',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('¿Confianza o control?', 'Trust or control?'),
        P(
          [
            'Lea frases y pida al grupo que diga si son confianza o control: «le pido que me mande su ubicación todo el tiempo», «le pregunto cómo le fue con sus amigas y la escucho», «le digo que su familia la pone en mi contra», «la animo a terminar la prepa», «reviso su celular para estar tranquilo».',
            'Read out statements and ask the group whether each is trust or control: “I ask her to send me her location all the time”, “I ask how it went with her friends and I listen”, “I tell her that her family turns her against me”, “I encourage her to finish high school”, “I check her phone to put my mind at rest”.',
          ],
          [
            'Trabaje a fondo la última: la vigilancia nunca produce tranquilidad, porque siempre hay algo más que revisar. La confianza se construye dejando de vigilar y trabajando las propias inseguridades, no controlando a la otra persona.',
            'Work through the last one in depth: surveillance never brings peace of mind, because there is always something else to check. Trust is built by stopping surveillance and working on one’s own insecurities, not by controlling the other person.',
          ],
        ),
        P([
          'Escucha cada frase: ¿es confianza o es control? ¿Alguna vez has revisado el celular de tu pareja «para estar tranquilo»? ¿Funcionó?',
          'Listen to each statement: is it trust or control? Have you ever checked your partner’s phone “to put your mind at rest”? Did it work?',
        ]),
      ),
      reflection(15, ['Un apoyo concreto', 'A concrete act of support'], [
        '¿Qué meta o actividad de tu pareja podrías apoyar esta semana, sin pedirle nada a cambio?',
        'Which of your partner’s goals or activities could you support this week, without asking for anything in return?',
      ]),
      homework(15, ['Bitácora de control', 'Control log'], [
        'Deja de usar una forma de vigilancia esta semana (revisar su celular, pedir su ubicación, preguntar con quién estuvo). Llena una bitácora sobre lo que sentiste y lo que hiciste en su lugar.',
        'Stop one form of surveillance this week (checking her phone, asking for her location, asking who she was with). Fill in a control log about what you felt and what you did instead.',
      ]),
      closing(15, ['qué forma de vigilancia va a dejar', 'which form of surveillance he will give up']),
    ],
    facilitatorNotes: P([
      'El ejercicio del mapa suele provocar actitudes defensivas («yo nunca le prohibí nada»). Pregunte por lo que no se prohíbe pero se castiga: la mala cara cuando sale, las preguntas constantes, los comentarios sobre sus amigas.',
      'The map exercise often brings out defensiveness (“I never forbade her anything”). Ask about what is not forbidden but is punished: the sulk when she goes out, the constant questions, the remarks about her friends.',
    ]),
    safetyNotes: safety([
      'La vigilancia tecnológica (localizadores, acceso a sus cuentas, aplicaciones espía) y el acoso después de la separación son indicadores de alto riesgo. Si un participante describe que sigue controlando el celular o la ubicación de su ex pareja, valore en privado y active el contacto de seguridad con la pareja para que ella pueda revisar sus dispositivos.',
      'Technological surveillance (trackers, access to her accounts, spyware) and stalking after separation are high-risk indicators. If a participant describes still monitoring his ex-partner’s phone or location, assess privately and activate the partner-safety contact so that she can have her devices checked.',
    ]),
    handouts: [
      handout(
        ['Apoyo y confianza', 'Support and trust'],
        ['La confianza no se exige: se construye.', 'Trust cannot be demanded: it is built.'],
        ['- Apoyo sus metas, sus estudios y su trabajo.', '- I support her goals, her studies and her work.'],
        ['- Respeto su derecho a ver a su familia y a sus amistades.', '- I respect her right to see her family and friends.'],
        ['- No reviso su celular ni le pido su ubicación.', '- I do not check her phone or ask for her location.'],
        ['- Trabajo mis propias inseguridades en lugar de controlarla.', '- I work on my own insecurities instead of controlling her.'],
      ),
    ],
    themeKeys: ['respect', 'myths-and-realities'],
  },
  {
    number: 13,
    moduleKey: 'igualdad',
    title: L('Honestidad y responsabilidad: dejar de minimizar, negar y culpar', 'Honesty and accountability: no more minimising, denying and blaming'),
    summary: L(
      'Revisamos las formas en que evitamos hacernos responsables: «no fue para tanto», «yo no hice eso», «ella me provocó». Practicamos contar lo que hicimos con honestidad y reconocer el daño sin excusas.',
      'We look at the ways we avoid taking responsibility: “it was not that bad”, “I did not do that”, “she provoked me”. We practise telling what we did honestly and acknowledging the harm without excuses.',
    ),
    objectives: [
      L('Reconocer las formas de minimizar, negar y culpar en el propio discurso.', 'Recognise the ways of minimising, denying and blaming in one’s own words.'),
      L('Contar un episodio de violencia propia con honestidad y en primera persona.', 'Tell an episode of one’s own violence honestly and in the first person.'),
      L('Distinguir la responsabilidad de la culpa que paraliza.', 'Distinguish accountability from paralysing guilt.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Qué sentiste al dejar de vigilar a tu pareja?', 'What did you feel when you stopped monitoring your partner?']),
      act(
        'themeWork',
        30,
        L('Las tres puertas de escape', 'The three escape doors'),
        P(
          [
            'Dibuje tres puertas: «minimizar» («solo la empujé»), «negar» («yo no hice eso», «no me acuerdo») y «culpar» («ella empezó», «el alcohol», «el estrés»). Pida al grupo ejemplos de frases para cada puerta, incluidas las que ellos mismos han usado en las rondas.',
            'Draw three doors: “minimising” (“I only pushed her”), “denying” (“I did not do that”, “I do not remember”) and “blaming” (“she started it”, “the drink”, “stress”). Ask the group for example phrases for each door, including ones they themselves have used in the rounds.',
          ],
          [
            'Explique que las tres puertas sirven para no sentir vergüenza y para no cambiar. Presente el rayo de honestidad y responsabilidad: aceptar la responsabilidad de uno mismo, reconocer la violencia pasada, admitir haberse equivocado y comunicarse con honestidad.',
            'Explain that the three doors help one avoid shame and avoid change. Present the honesty and accountability spoke: accepting responsibility for oneself, acknowledging past violence, admitting being wrong and communicating openly and truthfully.',
          ],
        ),
        P([
          '¿Qué frases usamos para minimizar, negar o culpar? ¿Cuál de las tres puertas usas más?',
          'What phrases do we use to minimise, deny or blame? Which of the three doors do you use most?',
        ]),
      ),
      vignette(
        25,
        ['La versión de Ernesto', 'Ernesto’s version'],
        [
          'Ernesto cuenta en su grupo que el sábado «discutieron un poco» y ella «se cayó» porque se resbaló. Después, la viñeta muestra la misma escena desde la mirada de Patricia: él la jaloneó del cabello, ella cayó y se golpeó la cabeza con la mesa.',
          'Ernesto tells his group that on Saturday they “argued a bit” and she “fell” because she slipped. Then the vignette shows the same scene from Patricia’s point of view: he pulled her by the hair, she fell and hit her head on the table.',
        ],
        [
          '¿Qué puertas de escape usó Ernesto? ¿Por qué cuenta así la historia? ¿Qué necesitaría para contarla con honestidad? ¿Qué efecto tiene su versión en Patricia?',
          'Which escape doors did Ernesto use? Why does he tell the story that way? What would he need in order to tell it honestly? What effect does his version have on Patricia?',
        ],
        [
          'Pida al grupo que reescriba en voz alta la versión de Ernesto con honestidad: «el sábado la jaloneé del cabello y la tiré; se golpeó la cabeza». Pregunte qué se siente escucharlo así.',
          'Ask the group to rewrite Ernesto’s version aloud, honestly: “on Saturday I pulled her by the hair and threw her down; she hit her head”. Ask how it feels to hear it like that.',
        ],
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('Mi relato honesto', 'My honest account'),
        P(
          [
            'Invite a dos o tres participantes voluntarios (de preferencia quienes llevan más tiempo) a contar el episodio más reciente de violencia que usaron, en primera persona, describiendo sus actos como los grabaría una cámara, sin justificar. El grupo escucha y luego señala, con respeto, si apareció alguna puerta de escape.',
            'Invite two or three volunteers (preferably those who have been in the group longest) to tell the most recent episode of violence they used, in the first person, describing their actions as a camera would record them, without justifying. The group listens and then respectfully points out whether any escape door appeared.',
          ],
          [
            'Reconozca el esfuerzo de cada relato. Distinga responsabilidad de culpa: la culpa paraliza («soy una porquería»); la responsabilidad mueve a reparar y a cambiar («lo hice, dañé, y esto voy a hacer distinto»).',
            'Acknowledge the effort in each account. Distinguish accountability from guilt: guilt paralyses (“I am worthless”); accountability moves one to repair and change (“I did it, I caused harm, and this is what I will do differently”).',
          ],
        ),
        P([
          'Si quieres, cuenta al grupo el último episodio en que usaste violencia: en primera persona, con lo que hiciste exactamente y sin justificarte. Si escuchas, señala con respeto si aparece alguna puerta de escape.',
          'If you wish, tell the group about the last time you used violence: in the first person, with exactly what you did and without justifying yourself. If you are listening, respectfully point out any escape door that appears.',
        ]),
      ),
      reflection(10, ['Responsabilidad, no culpa', 'Accountability, not guilt'], [
        'Completa: «Yo hice…, eso causó…, y voy a…».',
        'Complete: “I did…, that caused…, and I am going to…”.',
      ]),
      homework(5, ['Bitácora de control', 'Control log'], [
        'Llena una bitácora de control contando la situación como la contaría tu pareja. ¿Qué cambia?',
        'Fill in a control log telling the situation as your partner would tell it. What changes?',
      ]),
      closing(10, ['qué puerta de escape va a cerrar', 'which escape door he will close']),
    ],
    facilitatorNotes: P([
      'Los relatos honestos son el corazón del trabajo con hombres, pero no deben convertirse en exhibición. Elija voluntarios que ya hayan mostrado capacidad de autocrítica y detenga cualquier relato que se vuelva justificación o que incluya detalles innecesarios.',
      'Honest accounts are the heart of the work with men, but they must not become a display. Choose volunteers who have already shown capacity for self-criticism and stop any account that turns into justification or includes unnecessary detail.',
    ]),
    safetyNotes: safety([
      'Un relato honesto puede revelar violencia más grave o más reciente de lo que se sabía. Registre los hechos y valore el riesgo actual. Esté atento también a la culpa extrema («no merezco vivir», «mejor me desaparezco»): puede indicar riesgo suicida y, en hombres que usan violencia, el riesgo suicida puede ir junto con riesgo homicida; valore ambos en privado y canalice.',
      'An honest account may reveal more serious or more recent violence than was known. Record the facts and assess the current danger. Watch too for extreme guilt (“I do not deserve to live”, “I’d better disappear”): it may indicate suicide risk and, in men who use violence, suicide risk can go together with homicide risk; assess both privately and refer.',
    ]),
    handouts: [
      handout(
        ['Las tres puertas de escape', 'The three escape doors'],
        ['Cuando usamos violencia, solemos escapar de la responsabilidad por tres puertas:', 'When we use violence, we tend to escape responsibility through three doors:'],
        ['- Minimizar: «solo fue un empujón», «no fue para tanto».', '- Minimising: “it was only a push”, “it was not that bad”.'],
        ['- Negar: «yo no hice eso», «no me acuerdo».', '- Denying: “I did not do that”, “I do not remember”.'],
        ['- Culpar: «ella empezó», «estaba tomado», «tenía mucho estrés».', '- Blaming: “she started it”, “I was drunk”, “I was under a lot of stress”.'],
        ['Hacerme responsable es decir: «Yo hice…, eso causó…, y voy a…».', 'Being accountable means saying: “I did…, that caused…, and I am going to…”.'],
      ),
    ],
    themeKeys: ['non-violence', 'myths-and-realities'],
  },
  {
    number: 14,
    moduleKey: 'igualdad',
    title: L('Respeto sexual: el consentimiento', 'Sexual respect: consent'),
    summary: L(
      'Hablamos de la violencia sexual dentro de la pareja, de la que casi no se habla. Aprendemos que el matrimonio o la relación no dan derecho al cuerpo de la otra persona, y que el consentimiento es libre, claro y puede retirarse.',
      'We talk about sexual violence within relationships, which is hardly ever discussed. We learn that marriage or a relationship gives no right to the other person’s body, and that consent is free, clear and can be withdrawn.',
    ),
    objectives: [
      L('Reconocer las formas de violencia sexual en la pareja: presión, chantaje, fuerza, burla.', 'Recognise forms of sexual violence in relationships: pressure, blackmail, force, mockery.'),
      L('Comprender el consentimiento y el derecho de la pareja a decir no.', 'Understand consent and the partner’s right to say no.'),
      L('Revisar las creencias sobre el «débito conyugal» y la sexualidad masculina.', 'Examine beliefs about “conjugal duty” and male sexuality.'),
    ],
    contentNotes: L(
      'Esta sesión trata sobre violencia sexual dentro de la pareja, incluida la violación en el matrimonio. Se habla con lenguaje claro, sin descripciones gráficas.',
      'This session is about sexual violence within relationships, including rape in marriage. It uses plain language, without graphic descriptions.',
    ),
    activities: [
      actionPlanCheckIn(20, ['¿Cómo contaría tu pareja la situación de tu última bitácora?', 'How would your partner tell the situation from your last control log?']),
      act(
        'themeWork',
        40,
        L('¿Es un sí libre?', 'Is it a free yes?'),
        P(
          [
            'Explique: consentir es decir que sí con libertad, sin miedo, sin presión y sin chantaje; se puede cambiar de opinión en cualquier momento. Estar casados, vivir juntos o que ella haya dicho que sí antes no es consentimiento. La violación entre cónyuges es delito en México.',
            'Explain: consent means saying yes freely, without fear, pressure or blackmail; one can change one’s mind at any time. Being married, living together or her having said yes before is not consent. Rape between spouses is a crime in Mexico.',
          ],
          [
            'Lea situaciones y pida al grupo que diga si hay un sí libre: «ella dice que está cansada y él insiste hasta que ella cede», «él se enoja y no le da gasto si ella no quiere», «ella toma la iniciativa y los dos están de acuerdo», «él le dice que si no quiere es porque tiene otro», «ella estaba dormida o tomada». Después de cada una, pregunte qué creencia hay detrás.',
            'Read out situations and ask the group whether there is a free yes: “she says she is tired and he insists until she gives in”, “he gets angry and withholds money if she does not want to”, “she takes the initiative and both agree”, “he tells her that if she does not want to it is because she has someone else”, “she was asleep or drunk”. After each, ask what belief lies behind it.',
          ],
        ),
        P([
          'Escucha cada situación: ¿hay un sí libre, sin miedo, sin presión y sin chantaje? ¿Qué creencia hay detrás cuando no lo hay?',
          'Listen to each situation: is there a free yes, without fear, pressure or blackmail? What belief lies behind it when there is not?',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('Creencias sobre la sexualidad de los hombres', 'Beliefs about men’s sexuality'),
        P(
          [
            'Escriba creencias frecuentes: «el hombre tiene necesidades que no puede controlar», «es su obligación como esposa», «si no quiere conmigo, quiere con otro», «cuando dice que no, en realidad quiere que insista». Pida al grupo que las analice: ¿de dónde vienen?, ¿a quién benefician?, ¿qué daño hacen?',
            'Write up common beliefs: “men have needs they cannot control”, “it is her duty as a wife”, “if she does not want to with me, she wants to with someone else”, “when she says no, she really wants me to insist”. Ask the group to analyse them: Where do they come from? Whom do they benefit? What harm do they do?',
          ],
          [
            'Presente el rayo de respeto sexual: respetar el no, no usar la presión ni la culpa, preguntar y escuchar, aceptar que el deseo de ella es suyo. Cierre: un hombre que respeta el no de su pareja no pierde nada; gana una relación donde ella puede confiar.',
            'Present the sexual respect spoke: respecting no, not using pressure or guilt, asking and listening, accepting that her desire is her own. Close: a man who respects his partner’s no loses nothing; he gains a relationship in which she can trust him.',
          ],
        ),
        P([
          '¿De dónde vienen estas creencias? ¿A quién benefician? ¿Qué daño hacen? ¿Cómo se ve el respeto sexual en una pareja?',
          'Where do these beliefs come from? Whom do they benefit? What harm do they do? What does sexual respect look like in a couple?',
        ]),
      ),
      reflection(15, ['Mi compromiso de respeto sexual', 'My commitment to sexual respect'], [
        '¿Alguna vez insististe, presionaste o te enojaste porque tu pareja no quería? ¿Qué vas a hacer distinto?',
        'Have you ever insisted, pressured her or got angry because your partner did not want to? What will you do differently?',
      ]),
      homework(10, ['Respeto sexual', 'Sexual respect'], [
        'Llena una bitácora de control sobre una situación en la que presionaste, chantajeaste o te enojaste por un no. En alternativas, escribe cómo vas a respetar su decisión.',
        'Fill in a control log about a situation in which you pressured, blackmailed or got angry at a no. Under alternatives, write how you will respect her decision.',
      ]),
      closing(15, ['qué significa para él respetar un no', 'what respecting a no means to him']),
    ],
    facilitatorNotes: P([
      'Es una de las sesiones con más resistencia. No use imágenes ni videos de violencia sexual. Si el equipo es mixto, la facilitadora no debe quedar como la única que «defiende» a las mujeres: el facilitador hombre debe sostener el tema con la misma firmeza.',
      'This is one of the sessions with most resistance. Do not use images or videos of sexual violence. If the team is mixed, the woman facilitator must not be left as the only one “defending” women: the male facilitator must hold the topic just as firmly.',
    ]),
    safetyNotes: safety([
      'Si un participante reconoce que ha forzado a su pareja a tener relaciones, trátelo como violencia grave y reciente si ocurrió durante el programa: valore en privado y active el contacto de seguridad con la pareja para que ella pueda recibir atención de salud y orientación. Si expresa hostilidad hacia las mujeres o hacia la facilitadora durante la sesión, deténgalo con calma y trátelo en privado.',
      'If a participant acknowledges having forced his partner into sex, treat it as serious recent violence if it happened during the programme: assess privately and activate the partner-safety contact so that she can receive health care and advice. If he expresses hostility towards women or the woman facilitator during the session, stop him calmly and deal with it privately.',
    ]),
    handouts: [
      handout(
        ['Respeto sexual', 'Sexual respect'],
        ['El consentimiento es un sí libre, claro y que se puede retirar en cualquier momento.', 'Consent is a free, clear yes that can be withdrawn at any time.'],
        ['- Estar casados o vivir juntos no da derecho al cuerpo de la otra persona.', '- Being married or living together gives no right to the other person’s body.'],
        ['- Insistir, chantajear, enojarse o quitar el gasto por un no es violencia sexual.', '- Insisting, blackmailing, getting angry or withholding money over a no is sexual violence.'],
        ['- Si ella está dormida, tomada o tiene miedo, no hay consentimiento.', '- If she is asleep, drunk or afraid, there is no consent.'],
        ['- La violación dentro del matrimonio es delito.', '- Rape within marriage is a crime.'],
        ['Respetar su no es respetarla a ella.', 'Respecting her no is respecting her.'],
      ),
    ],
    themeKeys: ['respect', 'rights', 'types-of-violence'],
  },
  {
    number: 15,
    moduleKey: 'igualdad',
    title: L('Los derechos de las mujeres', 'Women’s rights'),
    summary: L(
      'Conocemos los derechos humanos de las mujeres y las leyes que las protegen. Vemos que sus derechos no le quitan nada a los hombres, y que respetarlos es la base de una relación de igualdad.',
      'We learn about women’s human rights and the laws that protect them. We see that their rights take nothing away from men, and that respecting them is the basis of a relationship of equality.',
    ),
    objectives: [
      L('Conocer los derechos humanos de las mujeres y la Ley General de Acceso.', 'Learn about women’s human rights and the General Law on Access.'),
      L('Reconocer qué derechos de la pareja se han violado con la propia conducta.', 'Recognise which of the partner’s rights one’s own behaviour has violated.'),
      L('Comprender las órdenes de protección como medidas de seguridad, no como ataques.', 'Understand protection orders as safety measures, not attacks.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Cómo respetaste esta semana una decisión de tu pareja con la que no estabas de acuerdo?', 'How did you respect a decision of your partner’s that you disagreed with this week?']),
      act(
        'themeWork',
        35,
        L('Los derechos de ella', 'Her rights'),
        P(
          [
            'Muestre la ilustración de los derechos. Presente en lenguaje sencillo los derechos de las mujeres: a una vida libre de violencia, a decidir sobre su cuerpo y su sexualidad, a trabajar y disponer de su dinero, a estudiar, a ver a su familia y amistades, a participar, a la salud, a sus bienes y documentos.',
            'Show the rights illustration. Present women’s rights in plain language: to a life free of violence, to decide about her body and sexuality, to work and control her money, to study, to see her family and friends, to participate, to health, to her property and documents.',
          ],
          [
            'Por parejas, pida que elijan tres derechos y escriban un ejemplo de cómo un hombre puede violarlo en casa y cómo puede respetarlo. Presenten en plenaria.',
            'In pairs, ask them to choose three rights and write an example of how a man can violate each at home and how he can respect it. Present in plenary.',
          ],
        ),
        P([
          'Elige tres derechos de las mujeres. ¿Cómo puede un hombre violarlos en casa? ¿Cómo puede respetarlos?',
          'Choose three of women’s rights. How can a man violate them at home? How can he respect them?',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('¿Sus derechos me quitan algo?', 'Do her rights take something from me?'),
        P(
          [
            'Plantee: «Algunos hombres sienten que con los derechos de las mujeres ellos pierden». Pregunte qué sienten que pierden (autoridad, servicio, control) y si eso era un derecho o un privilegio. Ayude a distinguir: un derecho es de todas las personas; un privilegio es algo que uno tiene a costa de otra persona.',
            'Pose: “Some men feel that women’s rights mean they lose out”. Ask what they feel they lose (authority, being served, control) and whether that was a right or a privilege. Help distinguish: a right belongs to everyone; a privilege is something one has at another person’s expense.',
          ],
          [
            'Hable de las órdenes de protección y de la denuncia: explique que son medidas para la seguridad de la mujer y de los hijos, que deben respetarse siempre y que no son un «ataque» de ella. Si hay participantes con orden de protección, recuerde que violarla es delito y pone en riesgo a todos.',
            'Talk about protection orders and police reports: explain that they are measures for the safety of the woman and children, that they must always be respected and that they are not an “attack” by her. If any participants are subject to a protection order, remind them that breaching it is a crime and puts everyone at risk.',
          ],
        ),
        P([
          '¿Sientes que pierdes algo con los derechos de las mujeres? ¿Era un derecho o un privilegio?',
          'Do you feel you lose something because of women’s rights? Was it a right or a privilege?',
        ]),
      ),
      reflection(15, ['Los derechos que no respeté', 'The rights I did not respect'], [
        '¿Qué derechos de tu pareja no respetaste? ¿Qué harás para respetarlos de aquí en adelante?',
        'Which of your partner’s rights did you not respect? What will you do to respect them from now on?',
      ]),
      homework(10, ['Los derechos de las mujeres', 'Women’s rights'], [
        'Elige un derecho de tu pareja que no has respetado y escribe una acción concreta para respetarlo esta semana. Inclúyela en tu plan de acción.',
        'Choose one of your partner’s rights that you have not respected and write a concrete action to respect it this week. Include it in your action plan.',
      ]),
      closing(20, ['qué derecho de su pareja va a respetar', 'which of his partner’s rights he will respect']),
    ],
    facilitatorNotes: P([
      'Prepare la ilustración de los derechos y una versión breve de la ley en lenguaje sencillo. Evite entrar en debates legales sobre casos particulares; remita esas dudas a asesoría jurídica.',
      'Prepare the rights illustration and a short plain-language version of the law. Avoid legal debates about individual cases; refer those questions to legal advice.',
    ]),
    safetyNotes: safety([
      'Hablar de órdenes de protección puede provocar enojo en participantes con procesos legales abiertos («me sacó de mi casa», «me quiere quitar a mis hijos»). Si el enojo se dirige a la pareja o incluye intención de buscarla, hablar con ella o «que retire la denuncia», trátelo como riesgo de represalia: valore en privado, informe a la coordinación y active el contacto de seguridad.',
      'Talking about protection orders may anger participants with legal proceedings under way (“she threw me out of my house”, “she wants to take my children”). If the anger is directed at the partner or includes the intention to look for her, talk to her or get her to “withdraw the complaint”, treat it as a risk of reprisal: assess privately, inform the coordinator and activate the partner-safety contact.',
    ]),
    handouts: [
      handout(
        ['Los derechos de las mujeres', 'Women’s rights'],
        ['Las mujeres tienen los mismos derechos que los hombres. Respetarlos es la base de una relación de igualdad.', 'Women have the same rights as men. Respecting them is the basis of a relationship of equality.'],
        ['- A vivir sin violencia.', '- To live without violence.'],
        ['- A decidir sobre su cuerpo, su sexualidad y si tener hijos.', '- To decide about her body, her sexuality and whether to have children.'],
        ['- A trabajar, estudiar y disponer de su dinero.', '- To work, study and control her own money.'],
        ['- A ver a su familia y a sus amistades.', '- To see her family and friends.'],
        ['- A tener sus documentos y sus bienes.', '- To keep her documents and property.'],
        ['Las órdenes de protección se respetan siempre. Violarlas es delito.', 'Protection orders must always be respected. Breaching them is a crime.'],
      ),
    ],
    themeKeys: ['rights', 'gender-roles'],
    resourceKeys: ['illustration-rights'],
  },
  {
    number: 16,
    moduleKey: 'igualdad',
    title: L('Pareja: el trabajo de la casa y el dinero compartidos', 'Partnership: sharing housework and money'),
    summary: L(
      'Hablamos de cómo se reparten el trabajo de la casa, el cuidado de los hijos y el dinero. Vemos que el trabajo doméstico también es trabajo y que las decisiones económicas se toman juntos.',
      'We talk about how housework, childcare and money are shared. We see that housework is work too, and that financial decisions are made together.',
    ),
    objectives: [
      L('Reconocer el trabajo doméstico y de cuidados como trabajo.', 'Recognise housework and care work as work.'),
      L('Revisar cómo se toman las decisiones económicas en la propia casa.', 'Review how financial decisions are made in one’s own home.'),
      L('Planear un reparto más justo de tareas y decisiones.', 'Plan a fairer sharing of tasks and decisions.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Qué derecho de tu pareja respetaste esta semana y cómo?', 'Which of your partner’s rights did you respect this week, and how?']),
      act(
        'themeWork',
        30,
        L('Un día en mi casa', 'A day in my home'),
        P(
          [
            'Entregue una tabla con las horas del día de 5 de la mañana a 11 de la noche y dos columnas: «yo» y «ella». Pida que llenen qué hace cada uno en un día normal: trabajo pagado, cocinar, lavar, llevar a los niños a la escuela, hacer tareas, cuidar enfermos, descansar.',
            'Hand out a table with the hours of the day from 5 a.m. to 11 p.m. and two columns: “me” and “her”. Ask them to fill in what each does on a normal day: paid work, cooking, washing, taking the children to school, homework, caring for the sick, resting.',
          ],
          [
            'Pregunte: ¿quién trabaja más horas?, ¿quién descansa más?, ¿qué pasaría si ella dejara de hacer su parte una semana? Explique que el trabajo doméstico sostiene a la familia y que en México las mujeres dedican en promedio muchas más horas que los hombres a ese trabajo no pagado.',
            'Ask: Who works more hours? Who rests more? What would happen if she stopped doing her part for a week? Explain that housework sustains the family and that in Mexico women spend on average many more hours than men on this unpaid work.',
          ],
        ),
        P([
          'Llena la tabla con lo que hacen tú y tu pareja en un día normal. ¿Quién trabaja más horas? ¿Quién descansa más?',
          'Fill in the table with what you and your partner do on a normal day. Who works more hours? Who rests more?',
        ]),
      ),
      vignette(
        25,
        ['El gasto', 'The housekeeping money'],
        [
          'Cada semana, Raúl le da a Leticia una cantidad fija para el gasto y le pide los tickets. Cuando ella le dice que no alcanza, él responde que «no sabe administrar». Él se compra un celular nuevo sin consultarle. Leticia vende comida para completar, pero tiene que darle a él lo que gana.',
          'Every week Raúl gives Leticia a fixed amount for housekeeping and asks for the receipts. When she says it is not enough, he answers that she “cannot manage money”. He buys himself a new phone without consulting her. Leticia sells food to make ends meet, but has to hand over what she earns to him.',
        ],
        [
          '¿Qué hizo Raúl? ¿Qué quería lograr? ¿Qué creencia tiene sobre el dinero? ¿Qué efecto tiene en Leticia? ¿Cómo se vería una economía compartida?',
          'What did Raúl do? What did he want to achieve? What belief does he hold about money? What effect does it have on Leticia? What would economic partnership look like?',
        ],
        [
          'Señale que pedir los tickets y quedarse con lo que ella gana es violencia económica. Pregunte al grupo: ¿de quién es el dinero que gana el hombre si ella hace el trabajo de la casa que le permite trabajar?',
          'Point out that demanding receipts and taking what she earns is economic violence. Ask the group: whose money is the man’s wage, if she does the housework that allows him to go to work?',
        ],
      ),
      pause(15),
      act(
        'groupDiscussion',
        30,
        L('Un reparto más justo', 'A fairer share'),
        P(
          [
            'Pida que cada participante regrese a su tabla y marque tres tareas que podría asumir completas (no «ayudar»): por ejemplo, lavar los trastes de la cena todos los días, llevar a los niños a la escuela, hacer la comida del domingo. En plenaria, escuche compromisos concretos.',
            'Ask each participant to return to his table and mark three tasks he could take over completely (not “help with”): for example, washing the supper dishes every day, taking the children to school, cooking Sunday lunch. In plenary, listen to concrete commitments.',
          ],
          [
            'Hable de las decisiones económicas: proponga pasos como conocer juntos los ingresos y gastos, decidir juntos las compras grandes y respetar que ella disponga de su propio dinero. Cierre: compartir no es perder autoridad, es construir una pareja.',
            'Talk about financial decisions: suggest steps such as knowing income and spending together, deciding big purchases together and respecting that she controls her own money. Close: sharing is not losing authority; it is building a partnership.',
          ],
        ),
        P([
          '¿Qué tres tareas de la casa puedes hacerte cargo por completo? ¿Cómo pueden decidir juntos sobre el dinero?',
          'Which three household tasks can you take over completely? How can you decide about money together?',
        ]),
      ),
      homework(10, ['Pareja y economía compartida', 'Partnership and shared finances'], [
        'Hazte cargo esta semana de las tres tareas que elegiste, sin que te lo pidan y sin esperar reconocimiento. Anota cómo te fue en tu plan de acción.',
        'This week, take charge of the three tasks you chose, without being asked and without expecting praise. Note how it went in your action plan.',
      ]),
      closing(20, ['qué tarea de la casa asume desde hoy', 'which household task he takes on from today']),
    ],
    facilitatorNotes: P([
      'Participantes desempleados o con trabajos informales pueden sentir esta sesión como un ataque a su papel de proveedores. Reconozca la presión económica real sin aceptar que justifique el control del dinero.',
      'Unemployed participants or those in informal work may experience this session as an attack on their role as providers. Acknowledge the real economic pressure without accepting that it justifies controlling money.',
    ]),
    safetyNotes: safety([
      'El control económico suele aumentar cuando la mujer intenta independizarse (trabajar, separarse). Si un participante dice que le quitó el dinero, los documentos o las llaves a su pareja, o que dejará de pasar la pensión alimenticia «para que aprenda», regístrelo como control activo y como posible represalia, y active el contacto de seguridad con la pareja.',
      'Economic control tends to increase when the woman tries to become independent (working, separating). If a participant says he has taken his partner’s money, documents or keys, or that he will stop paying child maintenance “to teach her a lesson”, record it as active control and possible reprisal, and activate the partner-safety contact.',
    ]),
    handouts: [
      handout(
        ['Pareja y economía compartida', 'Partnership and shared finances'],
        ['El trabajo de la casa y el cuidado de los hijos también son trabajo. Una pareja comparte el trabajo, el dinero y las decisiones.', 'Housework and childcare are work too. A partnership shares work, money and decisions.'],
        ['- Me hago cargo por completo de tareas de la casa, no solo «ayudo».', '- I take full charge of household tasks; I do not just “help”.'],
        ['- Conocemos juntos cuánto entra y cuánto sale.', '- We both know how much comes in and goes out.'],
        ['- Decidimos juntos las compras grandes.', '- We decide big purchases together.'],
        ['- Ella dispone de su propio dinero sin darme cuentas.', '- She controls her own money without answering to me.'],
        ['- Cumplo con la pensión alimenticia de mis hijas e hijos.', '- I pay maintenance for my children.'],
      ),
    ],
    themeKeys: ['negotiation-and-fairness', 'gender-roles'],
  },
  // ───────────── Module 4: Emociones, enojo y celos ─────────────
  {
    number: 17,
    moduleKey: 'emociones',
    title: L('Emociones: más allá del enojo', 'Emotions: beyond anger'),
    summary: L(
      'A muchos hombres nos enseñaron que la única emoción permitida es el enojo. En esta sesión aprendemos a reconocer las emociones que hay debajo (miedo, tristeza, vergüenza, celos) y a expresarlas sin violencia.',
      'Many of us men were taught that anger is the only emotion allowed. In this session we learn to recognise the emotions underneath (fear, sadness, shame, jealousy) and to express them without violence.',
    ),
    objectives: [
      L('Ampliar el vocabulario emocional más allá del enojo.', 'Broaden emotional vocabulary beyond anger.'),
      L('Reconocer las emociones que el enojo suele tapar.', 'Recognise the emotions that anger tends to cover.'),
      L('Entender que sentir no justifica la violencia: las emociones se sienten, las conductas se eligen.', 'Understand that feeling does not justify violence: emotions are felt, behaviour is chosen.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Qué tarea de la casa asumiste y cómo te sentiste haciéndola?', 'Which household task did you take on, and how did you feel doing it?']),
      act(
        'themeWork',
        40,
        L('El iceberg del enojo', 'The anger iceberg'),
        P(
          [
            'Muestre la ilustración de las emociones y dibuje un iceberg: en la punta, el enojo; debajo del agua, lo que no se ve. Pida al grupo que piense en la última vez que se enojó mucho con su pareja y pregunte: ¿qué había debajo? Anote: miedo a que me deje, vergüenza frente a los amigos, tristeza, sentirse poco valorado, celos, impotencia por el trabajo.',
            'Show the emotions illustration and draw an iceberg: at the tip, anger; under the water, what cannot be seen. Ask the group to think of the last time they were very angry with their partner and ask: what was underneath? Write down: fear that she will leave, shame in front of friends, sadness, feeling unappreciated, jealousy, helplessness about work.',
          ],
          [
            'Explique que el enojo es una emoción válida, pero muchas veces tapa otras que a los hombres no se les permitió sentir. Subraye la idea central: las emociones se sienten; las conductas se eligen. Sentir celos o miedo no obliga a gritar ni a golpear.',
            'Explain that anger is a valid emotion, but it often covers others that men were not allowed to feel. Stress the central idea: emotions are felt; behaviour is chosen. Feeling jealousy or fear does not force anyone to shout or hit.',
          ],
        ),
        P([
          'Piensa en la última vez que te enojaste mucho. ¿Qué había debajo del enojo? ¿Miedo, tristeza, vergüenza, celos?',
          'Think of the last time you were very angry. What was underneath the anger? Fear, sadness, shame, jealousy?',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('Nombrar lo que siento', 'Naming what I feel'),
        P(
          [
            'Reparta tarjetas con nombres de emociones (unas 30: frustrado, inseguro, avergonzado, solo, preocupado, herido, agradecido, orgulloso…). Cada participante elige dos que haya sentido esta semana y las comparte en una frase: «me sentí… cuando…».',
            'Hand out cards with names of emotions (about 30: frustrated, insecure, ashamed, lonely, worried, hurt, grateful, proud…). Each participant chooses two he felt this week and shares them in one sentence: “I felt… when…”.',
          ],
          [
            'Pregunte qué tan difícil fue y por qué. Relacione con la caja del «hombre de verdad». Proponga formas de expresar emociones sin violencia: decirlas con palabras, hablar con un amigo, escribir, hacer ejercicio, pedir ayuda profesional.',
            'Ask how hard it was and why. Link it to the “real man” box. Suggest ways of expressing emotions without violence: putting them into words, talking to a friend, writing, exercise, seeking professional help.',
          ],
        ),
        P([
          'Elige dos tarjetas con emociones que sentiste esta semana y compártelas: «Me sentí… cuando…».',
          'Choose two cards with emotions you felt this week and share them: “I felt… when…”.',
        ]),
      ),
      reflection(15, ['Debajo de mi enojo', 'Underneath my anger'], [
        '¿Qué emoción aparece con más frecuencia debajo de tu enojo? ¿A quién podrías contársela sin que sea tu pareja?',
        'Which emotion most often lies underneath your anger? Whom could you tell about it, other than your partner?',
      ]),
      homework(10, ['Mi diario de emociones', 'My emotions diary'], [
        'Cada día, anota una emoción que sentiste, qué pasó y qué hiciste con ella. Trata de usar palabras distintas de «enojado».',
        'Each day, write down one emotion you felt, what happened and what you did with it. Try to use words other than “angry”.',
      ]),
      closing(15, ['una emoción que sintió hoy', 'one emotion he felt today']),
    ],
    facilitatorNotes: P([
      'Prepare la ilustración de las emociones y las tarjetas. Evite que la sesión se convierta en «manejo del enojo» desligado del control: la pregunta no es solo qué sentía, sino qué quería lograr con su conducta.',
      'Prepare the emotions illustration and the cards. Keep the session from becoming “anger management” detached from control: the question is not only what he felt, but what he wanted to achieve with his behaviour.',
    ]),
    safetyNotes: safety([
      'Cuando aparecen emociones como desesperación, humillación intensa o «no aguanto más», pregunte en privado por ideas de suicidio y por ideas de hacer daño a la pareja o a los hijos: en hombres que usan violencia ambos riesgos pueden ir juntos, sobre todo tras una separación. Si hay riesgo, no lo deje irse solo, canalice a salud mental y active el contacto de seguridad con la pareja.',
      'When emotions such as despair, intense humiliation or “I can’t take any more” appear, ask privately about thoughts of suicide and about thoughts of harming his partner or children: in men who use violence both risks can go together, especially after a separation. If there is risk, do not let him leave alone, refer to mental health services and activate the partner-safety contact.',
    ]),
    handouts: [
      handout(
        ['Mi diario de emociones', 'My emotions diary'],
        ['Las emociones se sienten; las conductas se eligen.', 'Emotions are felt; behaviour is chosen.'],
        ['- ¿Qué sentí? (trata de no usar solo «enojado»)', '- What did I feel? (try not to use just “angry”)'],
        ['- ¿Qué pasó?', '- What happened?'],
        ['- ¿Qué había debajo del enojo?', '- What was underneath the anger?'],
        ['- ¿Qué hice con esa emoción?', '- What did I do with that emotion?'],
        ['- ¿Qué podría hacer sin lastimar a nadie?', '- What could I do without hurting anyone?'],
      ),
    ],
    themeKeys: ['emotions-and-self-care', 'new-masculinities'],
    resourceKeys: ['illustration-emotions'],
  },
  {
    number: 18,
    moduleKey: 'emociones',
    title: L('Las señales del cuerpo: respirar y retirarse a tiempo', 'Body signals: breathing and taking a time-out in time'),
    summary: L(
      'Volvemos a las señales de alerta con más detalle y practicamos dos herramientas: la respiración pausada y el retiro. Revisamos cómo hemos usado el retiro en estas semanas y cómo mejorarlo.',
      'We return to warning signs in more detail and practise two tools: slow breathing and the time-out. We review how we have used the time-out in these weeks and how to improve it.',
    ),
    objectives: [
      L('Reconocer con precisión las señales del cuerpo y del pensamiento antes de usar violencia.', 'Recognise precisely the body and thought signals that come before using violence.'),
      L('Practicar la respiración pausada como herramienta de autorregulación.', 'Practise slow breathing as a self-regulation tool.'),
      L('Evaluar y corregir el uso del retiro.', 'Evaluate and correct the use of the time-out.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Qué emoción anotaste más veces en tu diario?', 'Which emotion did you note most often in your diary?']),
      act(
        'themeWork',
        30,
        L('Los pensamientos que calientan', 'The thoughts that heat things up'),
        P(
          [
            'Explique que antes de la violencia no solo hay señales en el cuerpo, también pensamientos que «calientan»: «me está faltando al respeto», «se está burlando de mí», «tengo que ponerla en su lugar», «siempre hace lo mismo». Pida ejemplos y escríbalos en rojo.',
            'Explain that before violence there are not only body signals but also thoughts that “heat things up”: “she is disrespecting me”, “she is mocking me”, “I have to put her in her place”, “she always does the same”. Ask for examples and write them in red.',
          ],
          [
            'Para cada uno, pida al grupo un pensamiento que «enfríe» y escríbalo en azul: «ella puede pensar distinto», «no tengo que ganar esta discusión», «puedo salir y hablar después». Relacione: los pensamientos calientes casi siempre contienen una creencia de control.',
            'For each, ask the group for a thought that “cools down” and write it in blue: “she is allowed to think differently”, “I do not have to win this argument”, “I can step out and talk later”. Make the link: hot thoughts almost always contain a belief about control.',
          ],
        ),
        P([
          '¿Qué pensamientos te «calientan» antes de usar violencia? ¿Qué pensamiento podría «enfriarlos»?',
          'Which thoughts “heat you up” before using violence? What thought could “cool them down”?',
        ]),
      ),
      vignette(
        20,
        ['Media hora', 'Half an hour'],
        [
          'Durante una discusión sobre la fiesta de la niña, Javier siente calor en la cara y se da cuenta de que está pensando «me está haciendo quedar mal». Dice «me estoy enojando, voy a caminar media hora», sale sin azotar la puerta, camina y respira, y al regresar pregunta a Norma si quiere seguir hablando.',
          'During an argument about their daughter’s party, Javier feels his face getting hot and notices he is thinking “she is making me look bad”. He says “I am getting angry, I am going for a half-hour walk”, leaves without slamming the door, walks and breathes, and on returning asks Norma whether she wants to carry on talking.',
        ],
        [
          '¿Qué señales notó Javier? ¿Qué hizo bien en el retiro? ¿Qué pensamiento lo calentaba? ¿Cómo cambia la situación para Norma?',
          'What signs did Javier notice? What did he do well in the time-out? What thought was heating him up? How does the situation change for Norma?',
        ],
        [
          'Es una viñeta de modelo positivo. Compare con los usos del retiro que han aparecido en las rondas: irse sin avisar, no regresar, salir a tomar. Pida al grupo que corrija esos usos con base en la viñeta.',
          'This is a positive-model vignette. Compare it with the uses of the time-out that have come up in the rounds: leaving without saying, not coming back, going out drinking. Ask the group to correct those uses based on the vignette.',
        ],
      ),
      pause(15),
      act(
        'reflection',
        20,
        L('Respiración pausada', 'Slow breathing'),
        P(
          [
            'Presente el audio de respiración guiada. Pida que se sienten con la espalda recta y los pies en el piso. Practiquen dos veces: inhalar contando hasta cuatro, sostener un momento y exhalar contando hasta seis.',
            'Introduce the guided breathing audio. Ask them to sit with a straight back and feet on the floor. Practise twice: breathe in counting to four, hold for a moment and breathe out counting to six.',
          ],
          [
            'Pregunte qué notaron en el cuerpo. Explique que la respiración pausada baja la activación y ayuda a pensar con claridad, pero no sustituye el retiro ni el trabajo sobre las creencias de control.',
            'Ask what they noticed in their bodies. Explain that slow breathing lowers arousal and helps one think clearly, but it does not replace the time-out or the work on beliefs about control.',
          ],
        ),
        P([
          'Sigue la guía de respiración: inhala contando hasta cuatro, sostén un momento y exhala contando hasta seis. ¿Qué notas en tu cuerpo?',
          'Follow the breathing guide: breathe in counting to four, hold for a moment and breathe out counting to six. What do you notice in your body?',
        ]),
      ),
      act(
        'groupDiscussion',
        20,
        L('Revisar mi plan de retiro', 'Reviewing my time-out plan'),
        P(
          [
            'Pida que cada participante saque su plan de acción y revise su plan de retiro con estas preguntas: ¿aviso con una frase acordada?, ¿a dónde voy?, ¿cuánto tiempo?, ¿qué hago para calmarme?, ¿regreso a la hora dicha?, ¿evito el alcohol y manejar?',
            'Ask each participant to take out his action plan and review his time-out plan with these questions: Do I announce it with an agreed sentence? Where do I go? For how long? What do I do to calm down? Do I come back at the time stated? Do I avoid alcohol and driving?',
          ],
          [
            'En parejas, comparten los ajustes. Recuerde que el retiro no es castigo ni abandono, y que la pareja no está obligada a retomar la conversación al regreso.',
            'In pairs, they share their adjustments. Remember that the time-out is neither punishment nor abandonment, and that the partner is not obliged to resume the conversation on his return.',
          ],
        ),
        P([
          'Revisa tu plan de retiro: ¿cómo avisas?, ¿a dónde vas?, ¿cuánto tiempo?, ¿qué haces para calmarte?, ¿cuándo regresas? Ajusta lo que haga falta.',
          'Review your time-out plan: How do you announce it? Where do you go? For how long? What do you do to calm down? When do you come back? Adjust whatever is needed.',
        ]),
      ),
      homework(10, ['Mi plan de acción', 'My action plan'], [
        'Practica la respiración pausada una vez al día y usa tu plan de retiro corregido si lo necesitas. Anota en tu plan de acción cuándo lo usaste.',
        'Practise slow breathing once a day and use your corrected time-out plan if you need it. Note in your action plan when you used it.',
      ]),
      closing(15, ['qué pensamiento frío va a usar', 'which cooling thought he will use']),
    ],
    facilitatorNotes: P([
      'Prepare el audio de respiración con bocina y los subtítulos impresos para quien los necesite. Algunos participantes se sienten incómodos con ejercicios corporales; invítelos a participar con los ojos abiertos.',
      'Prepare the breathing audio with a speaker and the printed captions for anyone who needs them. Some participants feel uncomfortable with body exercises; invite them to take part with their eyes open.',
    ]),
    safetyNotes: safety([
      'Si un participante usa el retiro para salir a tomar, manejar o para no regresar en días, o dice que su pareja «no lo deja» retirarse y por eso la empuja, trátelo como un riesgo: revise en privado su plan y active el contacto de seguridad para que la pareja sepa qué esperar.',
      'If a participant uses the time-out to go drinking, drive or stay away for days, or says his partner “will not let him” leave and so he pushes her, treat it as a risk: review his plan privately and activate the partner-safety contact so that she knows what to expect.',
    ]),
    handouts: [
      handout(
        ['Pensamientos que calientan y pensamientos que enfrían', 'Thoughts that heat up and thoughts that cool down'],
        ['- «Me está faltando al respeto» → «Ella puede pensar distinto».', '- “She is disrespecting me” → “She is allowed to think differently”.'],
        ['- «Tengo que ponerla en su lugar» → «No tengo que ganar esta discusión».', '- “I have to put her in her place” → “I do not have to win this argument”.'],
        ['- «Siempre hace lo mismo» → «Puedo salir, calmarme y hablar después».', '- “She always does the same” → “I can step out, calm down and talk later”.'],
        ['Respiración pausada: inhala contando hasta cuatro, sostén, exhala contando hasta seis. Repite cinco veces.', 'Slow breathing: breathe in counting to four, hold, breathe out counting to six. Repeat five times.'],
      ),
      ACTION_PLAN,
    ],
    themeKeys: ['emotions-and-self-care', 'safety-and-risk', 'non-violence'],
    resourceKeys: ['audio-breathing-guide'],
  },
  {
    number: 19,
    moduleKey: 'emociones',
    title: L('Celos, control y confianza', 'Jealousy, control and trust'),
    summary: L(
      'Hablamos de los celos, que muchas veces se presentan como amor. Vemos cómo se convierten en control y en violencia, y qué podemos hacer con la inseguridad que hay detrás.',
      'We talk about jealousy, which is often presented as love. We see how it turns into control and violence, and what we can do with the insecurity behind it.',
    ),
    objectives: [
      L('Desmontar el mito de que los celos son prueba de amor.', 'Take apart the myth that jealousy is proof of love.'),
      L('Reconocer las conductas de control que nacen de los celos.', 'Recognise the controlling behaviours that grow out of jealousy.'),
      L('Identificar formas de trabajar la propia inseguridad sin controlar a la pareja.', 'Identify ways of working on one’s own insecurity without controlling one’s partner.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Usaste la respiración o el retiro esta semana? ¿Cómo te fue?', 'Did you use slow breathing or the time-out this week? How did it go?']),
      vignette(
        25,
        ['El mensaje', 'The message'],
        [
          'A Daniela le llega un mensaje de un número desconocido. Fernando le exige que le diga quién es, le quita el teléfono, llama al número y, cuando contesta la maestra de la escuela de su hijo, dice que «de todos modos no le gusta que tenga el celular con contraseña».',
          'Daniela receives a message from an unknown number. Fernando demands she tell him who it is, takes her phone, calls the number and, when their son’s schoolteacher answers, says that “anyway he does not like her having a password on her phone”.',
        ],
        [
          '¿Qué hizo Fernando? ¿Qué sentía debajo? ¿Qué creencia le da derecho a revisar el teléfono? ¿Qué efecto tiene en Daniela? ¿Qué pudo hacer con su inseguridad?',
          'What did Fernando do? What was he feeling underneath? What belief gives him the right to check her phone? What effect does it have on Daniela? What could he have done with his insecurity?',
        ],
        [
          'Note que, aunque el mensaje resultó «inocente», Fernando no se disculpa y sigue controlando: el problema no era el mensaje, sino la creencia de que tiene derecho a saberlo todo.',
          'Note that although the message turned out to be “innocent”, Fernando does not apologise and goes on controlling: the problem was not the message, but the belief that he has a right to know everything.',
        ],
      ),
      act(
        'themeWork',
        30,
        L('¿Amor o control?', 'Love or control?'),
        P(
          [
            'Escriba en el papelógrafo: «Los celos son prueba de amor». Pida que levanten la mano quienes lo han escuchado o creído. Luego pregunte: ¿qué hacen los celos? Anote: vigilar, prohibir, interrogar, acusar, aislar, golpear. Señale que todas son tácticas de la rueda del poder.',
            'Write on the flip chart: “Jealousy is proof of love”. Ask for a show of hands from those who have heard or believed it. Then ask: what does jealousy do? Write down: watching, forbidding, interrogating, accusing, isolating, hitting. Point out that all of them are tactics on the power wheel.',
          ],
          [
            'Explique: los celos hablan más de la inseguridad y de la idea de posesión de quien los siente que del amor. La pareja no es propiedad. Lo que se puede hacer con los celos es reconocerlos como propios y trabajarlos, no exigir que ella cambie su vida para calmarlos.',
            'Explain: jealousy says more about the insecurity and sense of ownership of the one who feels it than about love. A partner is not property. What can be done with jealousy is to recognise it as one’s own and work on it, not to demand that she change her life to soothe it.',
          ],
        ),
        P([
          '¿Los celos son prueba de amor? ¿Qué hacen los celos en una relación? ¿De quién es la inseguridad que hay detrás?',
          'Is jealousy proof of love? What does jealousy do to a relationship? Whose insecurity lies behind it?',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        30,
        L('Qué hago con mis celos', 'What I do with my jealousy'),
        P(
          [
            'Pida que el grupo construya una lista de cosas que un hombre puede hacer con sus celos sin controlar: nombrarlos («me siento inseguro»), no actuar de inmediato, usar el pensamiento frío («ella tiene derecho a su vida»), hablar con un amigo o con el grupo, buscar ayuda profesional si son intensos.',
            'Ask the group to build a list of things a man can do with his jealousy without controlling: name it (“I feel insecure”), not act at once, use the cooling thought (“she has a right to her own life”), talk to a friend or the group, seek professional help if it is intense.',
          ],
          [
            'Cierre: la confianza no se obtiene vigilando; se construye dejando de vigilar. Retome lo trabajado en la sesión de apoyo y confianza.',
            'Close: trust is not gained by watching; it is built by stopping the watching. Refer back to the session on support and trust.',
          ],
        ),
        P([
          '¿Qué puedes hacer con tus celos sin controlar a tu pareja?',
          'What can you do with your jealousy without controlling your partner?',
        ]),
      ),
      reflection(10, ['Mis celos', 'My jealousy'], [
        '¿En qué situaciones sientes celos? ¿Qué haces? ¿Qué vas a hacer distinto?',
        'In what situations do you feel jealous? What do you do? What will you do differently?',
      ]),
      homework(10, ['Bitácora de control', 'Control log'], [
        'Llena una bitácora de control sobre una situación de celos. En la columna de creencias, escribe qué pensabas que te daba derecho a controlarla.',
        'Fill in a control log about a situation of jealousy. In the beliefs column, write what you thought gave you the right to control her.',
      ]),
      closing(10, ['qué va a hacer con sus celos', 'what he will do with his jealousy']),
    ],
    facilitatorNotes: P([
      'Es frecuente que los participantes relaten celos «justificados» (sospechas de infidelidad). No entre en si la sospecha es cierta: la infidelidad puede ser dolorosa, pero nunca justifica la violencia ni el control.',
      'Participants often describe “justified” jealousy (suspected infidelity). Do not get into whether the suspicion is true: infidelity can be painful, but it never justifies violence or control.',
    ]),
    safetyNotes: safety([
      'Los celos intensos y obsesivos, sobre todo tras una separación o cuando el participante sabe que su ex pareja tiene una nueva relación, son uno de los principales factores de riesgo de violencia grave y feminicidio. Si un participante habla de «averiguar» con quién está, de seguirla o de enfrentar a la otra persona, valore de inmediato en privado, informe a la coordinación y active el contacto de seguridad con la pareja.',
      'Intense, obsessive jealousy, especially after a separation or when the participant knows his ex-partner has a new relationship, is one of the main risk factors for serious violence and femicide. If a participant talks about “finding out” who she is with, following her or confronting the other person, assess immediately and privately, inform the coordinator and activate the partner-safety contact.',
    ]),
    handouts: [CONTROL_LOG],
    themeKeys: ['respect', 'myths-and-realities', 'emotions-and-self-care'],
  },
  // ───────────── Module 5: Nuevas masculinidades, interculturalidad y paternidad ─────────────
  {
    number: 20,
    moduleKey: 'masculinidades',
    title: L('Nuevas masculinidades: otras formas de ser hombre', 'New masculinities: other ways of being a man'),
    summary: L(
      'Después de revisar la caja del «hombre de verdad», construimos otras formas de ser hombre: que cuidan, que escuchan, que comparten y que piden ayuda. Buscamos ejemplos reales en nuestra vida y nuestra comunidad.',
      'Having looked at the “real man” box, we build other ways of being a man: caring, listening, sharing and asking for help. We look for real examples in our lives and communities.',
    ),
    objectives: [
      L('Identificar modelos de masculinidad no violenta en la propia vida.', 'Identify models of non-violent masculinity in one’s own life.'),
      L('Construir una definición propia de ser hombre sin violencia.', 'Build one’s own definition of being a man without violence.'),
      L('Reconocer los beneficios del cambio para los propios hombres.', 'Recognise the benefits of change for men themselves.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Qué hiciste esta semana con tus celos o tu inseguridad?', 'What did you do this week with your jealousy or insecurity?']),
      act(
        'themeWork',
        40,
        L('Hombres que admiro', 'Men I admire'),
        P(
          [
            'Pida a cada participante que piense en un hombre de su vida que admire por cómo trata a las mujeres o a los niños (un abuelo, un tío, un vecino, un maestro, un compañero de trabajo). Que escriba tres cosas que hace ese hombre. Dé 10 minutos.',
            'Ask each participant to think of a man in his life whom he admires for how he treats women or children (a grandfather, an uncle, a neighbour, a teacher, a workmate). He writes down three things that man does. Allow 10 minutes.',
          ],
          [
            'En plenaria, escriba las cualidades en un papelógrafo con el título «Otra forma de ser hombre»: escucha, ayuda en la casa, juega con sus hijos, no grita, pide perdón, respeta a su esposa, llora cuando algo le duele. Compare con la caja de la sesión 7. Pregunte: ¿estos hombres son menos hombres?',
            'In plenary, write the qualities on a flip chart headed “Another way of being a man”: listens, helps at home, plays with his children, does not shout, apologises, respects his wife, cries when something hurts. Compare with the box from session 7. Ask: are these men any less men?',
          ],
        ),
        P([
          'Piensa en un hombre que admiras por cómo trata a las mujeres o a los niños. ¿Qué hace? ¿Qué te gustaría aprender de él?',
          'Think of a man you admire for how he treats women or children. What does he do? What would you like to learn from him?',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('Lo que ganamos', 'What we gain'),
        P(
          [
            'Pregunte: ¿qué ganan los hombres cuando dejan la violencia y el control? Anote: el cariño y la confianza de sus hijos, tranquilidad, una pareja que no les tiene miedo, mejor salud, amistades más profundas, no estar en riesgo legal.',
            'Ask: what do men gain when they give up violence and control? Write down: their children’s love and trust, peace of mind, a partner who is not afraid of them, better health, deeper friendships, not being at legal risk.',
          ],
          [
            'Pida a los participantes que llevan más tiempo que compartan un cambio concreto que han notado en su vida. Cierre: cambiar es posible y otros hombres del grupo lo están haciendo.',
            'Ask the participants who have been in the group longest to share one concrete change they have noticed in their lives. Close: change is possible and other men in the group are doing it.',
          ],
        ),
        P([
          '¿Qué ganas tú si dejas la violencia y el control? ¿Qué cambio has notado en ti desde que estás en el grupo?',
          'What do you gain if you give up violence and control? What change have you noticed in yourself since joining the group?',
        ]),
      ),
      reflection(15, ['El hombre que quiero ser', 'The man I want to be'], [
        'Completa: «El hombre que quiero ser…». Escribe tres acciones concretas que haría ese hombre esta semana.',
        'Complete: “The man I want to be…”. Write three concrete actions that man would take this week.',
      ]),
      homework(10, ['El hombre que quiero ser', 'The man I want to be'], [
        'Haz esta semana una de las tres acciones del hombre que quieres ser. Anota en tu plan de acción qué hiciste y cómo reaccionaron los demás.',
        'This week, take one of the three actions of the man you want to be. Note in your action plan what you did and how others reacted.',
      ]),
      closing(15, ['una cualidad del hombre que quiere ser', 'one quality of the man he wants to be']),
    ],
    facilitatorNotes: P([
      'Es una sesión de esperanza, pero cuide que no se convierta en autoelogio («yo ya cambié»). Los cambios se miden en conductas concretas y en la seguridad de la pareja, no en lo que el participante dice de sí mismo.',
      'This is a hopeful session, but make sure it does not turn into self-praise (“I have already changed”). Change is measured in concrete behaviour and in the partner’s safety, not in what the participant says about himself.',
    ]),
    safetyNotes: safety([
      'Cuando un participante afirma que «ya cambió» y pide que lo dejen volver a casa o que su pareja retire la denuncia, puede estar usando el programa como herramienta de presión. Verifique en privado y con el servicio de apoyo a mujeres (según el protocolo) si ella percibe cambios y si se siente segura; nunca informe a la pareja que él «ya está bien».',
      'When a participant claims he has “already changed” and asks to be allowed home or for his partner to withdraw her complaint, he may be using the programme as a means of pressure. Check privately and with the women’s support service (according to the protocol) whether she perceives changes and feels safe; never tell the partner that he “is fine now”.',
    ]),
    handouts: [
      handout(
        ['El hombre que quiero ser', 'The man I want to be'],
        ['Ser hombre también es:', 'Being a man is also:'],
        ['- Cuidar a mis hijas e hijos y jugar con ellos.', '- Caring for my children and playing with them.'],
        ['- Compartir el trabajo de la casa.', '- Sharing the housework.'],
        ['- Escuchar y respetar la opinión de mi pareja.', '- Listening to and respecting my partner’s opinion.'],
        ['- Decir lo que siento y pedir ayuda.', '- Saying what I feel and asking for help.'],
        ['- Reconocer mis errores y repararlos.', '- Admitting my mistakes and putting them right.'],
        ['Tres acciones del hombre que quiero ser esta semana:', 'Three actions of the man I want to be this week:'],
      ),
    ],
    themeKeys: ['new-masculinities', 'gender-roles'],
  },
  {
    number: 21,
    moduleKey: 'masculinidades',
    title: L('Perspectiva intercultural: costumbres, comunidad y violencia', 'An intercultural perspective: customs, community and violence'),
    summary: L(
      'Revisamos cómo las costumbres de nuestras comunidades, pueblos y familias influyen en la forma de ser hombre y de tratar a las mujeres. Reconocemos lo valioso de nuestras culturas y cuestionamos las costumbres que justifican la violencia.',
      'We look at how the customs of our communities, peoples and families shape the way men behave and treat women. We recognise what is valuable in our cultures and question the customs that justify violence.',
    ),
    objectives: [
      L('Reconocer la diversidad cultural del grupo y sus aportes.', 'Recognise the group’s cultural diversity and what it brings.'),
      L('Distinguir entre las tradiciones culturales y las prácticas que violan los derechos de las mujeres.', 'Distinguish between cultural traditions and practices that violate women’s rights.'),
      L('Identificar valores de la propia cultura que apoyan relaciones de respeto.', 'Identify values in one’s own culture that support respectful relationships.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Qué acción del hombre que quieres ser hiciste esta semana?', 'Which action of the man you want to be did you take this week?']),
      act(
        'themeWork',
        35,
        L('De dónde vengo', 'Where I come from'),
        P(
          [
            'Pida a cada participante que diga de qué pueblo, comunidad o región viene su familia y qué lengua se hablaba en su casa. Marque los lugares en un mapa dibujado. Si hay hablantes de lenguas indígenas (maya, náhuatl, totonaco, chol, yaqui u otra), invítelos a decir cómo se dice «respeto» en su lengua.',
            'Ask each participant to say which village, community or region his family comes from and what language was spoken at home. Mark the places on a drawn map. If there are speakers of Indigenous languages (Maya, Nahuatl, Totonac, Ch’ol, Yaqui or another), invite them to say how “respect” is said in their language.',
          ],
          [
            'Pregunte: ¿qué enseñanzas de tu comunidad sobre la familia y el respeto te parecen valiosas? (el trabajo colectivo, el respeto a los mayores, la palabra dada, la reciprocidad). Anótelas como recursos para relaciones sin violencia.',
            'Ask: which teachings from your community about family and respect do you value? (collective work, respect for elders, keeping one’s word, reciprocity). Write them down as resources for non-violent relationships.',
          ],
        ),
        P([
          '¿De dónde viene tu familia? ¿Qué enseñanzas de tu comunidad sobre el respeto y la familia te parecen valiosas?',
          'Where does your family come from? Which teachings from your community about respect and family do you value?',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        40,
        L('¿Costumbre o violencia?', 'Custom or violence?'),
        P(
          [
            'Presente situaciones y pida que el grupo discuta si son costumbres que deben respetarse o prácticas que violan derechos: «la mujer se va a vivir a la casa de los suegros y debe obedecerlos», «la familia del novio da algo a la familia de la novia», «las mujeres no hablan en la asamblea», «el hombre corrige a su esposa a golpes porque así se ha hecho siempre», «la autoridad comunitaria decide que la pareja se reconcilie».',
            'Present situations and ask the group to discuss whether they are customs to be respected or practices that violate rights: “the woman goes to live with her in-laws and must obey them”, “the groom’s family gives something to the bride’s family”, “women do not speak at the community assembly”, “a man corrects his wife with blows because that is how it has always been done”, “the community authority decides the couple must reconcile”.',
          ],
          [
            'Guíe con un criterio claro: las culturas cambian y ninguna costumbre justifica la violencia ni quita derechos a las mujeres. Evite presentar a los pueblos indígenas o rurales como «más violentos»: la violencia contra las mujeres ocurre en todas las culturas, incluidas las urbanas. Recuerde que la ley indica evitar la conciliación en casos de violencia.',
            'Guide with a clear criterion: cultures change, and no custom justifies violence or takes rights away from women. Avoid presenting Indigenous or rural peoples as “more violent”: violence against women occurs in every culture, including urban ones. Remember that the law says conciliation should be avoided in cases of violence.',
          ],
        ),
        P([
          'Discute con el grupo: ¿es una costumbre que se puede respetar o una práctica que quita derechos a las mujeres? ¿Cómo lo sabes?',
          'Discuss with the group: is it a custom that can be respected, or a practice that takes rights away from women? How do you know?',
        ]),
      ),
      reflection(15, ['Lo que conservo de mi cultura', 'What I keep from my culture'], [
        '¿Qué valor de tu cultura o tu comunidad te ayuda a ser un hombre sin violencia? ¿Qué costumbre quieres dejar?',
        'Which value from your culture or community helps you be a man without violence? Which custom do you want to leave behind?',
      ]),
      homework(10, ['Costumbre o violencia', 'Custom or violence'], [
        'Platica con un hombre mayor de tu familia o tu comunidad sobre cómo se trataba a las mujeres cuando él era joven y qué ha cambiado. Anota lo que aprendiste.',
        'Talk to an older man in your family or community about how women were treated when he was young and what has changed. Note what you learnt.',
      ]),
      closing(15, ['un valor de su cultura que apoya el respeto', 'one value from his culture that supports respect']),
    ],
    facilitatorNotes: P(
      [
        'Infórmese antes sobre las comunidades de origen de los participantes. Si hay participantes que no hablan bien español, coordine un intérprete de confianza que no sea familiar de la pareja. Adapte los ejemplos a la región (por ejemplo, la vida en la milpa en Yucatán, el trabajo en el campo agrícola en Sonora, la migración en Zacatecas).',
        'Find out beforehand about participants’ communities of origin. If some participants do not speak Spanish well, arrange a trusted interpreter who is not a relative of the partner. Adapt the examples to the region (for example, life in the milpa in Yucatán, farm work in Sonora, migration in Zacatecas).',
      ],
    ),
    safetyNotes: safety([
      'En comunidades pequeñas, la autoridad comunitaria o la familia extensa pueden presionar a la mujer para reconciliarse o retirar una denuncia. Si un participante dice que «ya arreglaron con los padrinos» o que la familia «la va a convencer», valore el riesgo de presión y represalia sobre ella y active el contacto de seguridad con la pareja.',
      'In small communities, community authorities or the extended family may pressure the woman to reconcile or withdraw a complaint. If a participant says that “it has been settled with the godparents” or that the family “will persuade her”, assess the risk of pressure and reprisal on her and activate the partner-safety contact.',
    ]),
    handouts: [
      handout(
        ['Costumbre o violencia', 'Custom or violence'],
        ['Las culturas son valiosas y también cambian. Ninguna costumbre justifica la violencia contra las mujeres.', 'Cultures are valuable and they also change. No custom justifies violence against women.'],
        ['- Valores de mi comunidad que apoyan el respeto:', '- Values in my community that support respect:'],
        ['- Costumbres que quitan derechos a las mujeres y que quiero dejar:', '- Customs that take rights away from women and that I want to leave behind:'],
        ['- Lo que me contó un hombre mayor sobre cómo han cambiado las cosas:', '- What an older man told me about how things have changed:'],
      ),
    ],
    themeKeys: ['intercultural-perspective', 'gender-roles', 'rights'],
  },
  {
    number: 22,
    moduleKey: 'masculinidades',
    title: L('Paternidad sin violencia', 'Fatherhood without violence'),
    summary: L(
      'Hablamos del efecto de la violencia en las hijas e hijos, aunque no la vean directamente, y de cómo ser un padre presente, cariñoso y que pone límites sin golpes ni gritos. También hablamos de no usar a los hijos para controlar a la pareja.',
      'We talk about the effect of violence on children, even when they do not see it directly, and about how to be a present, loving father who sets limits without hitting or shouting. We also talk about not using the children to control one’s partner.',
    ),
    objectives: [
      L('Reconocer los efectos de la violencia contra la madre en las hijas e hijos.', 'Recognise the effects on children of violence against their mother.'),
      L('Practicar formas de poner límites sin violencia.', 'Practise ways of setting limits without violence.'),
      L('Comprometerse a no usar a los hijos para controlar o presionar a la pareja.', 'Commit to not using the children to control or pressure one’s partner.'),
    ],
    activities: [
      actionPlanCheckIn(15, ['¿Qué aprendiste al platicar con un hombre mayor de tu familia o tu comunidad?', 'What did you learn from talking to an older man in your family or community?']),
      vignette(
        25,
        ['Desde la escalera', 'From the stairs'],
        [
          'La viñeta se cuenta desde los ojos de Mateo, de nueve años, que escucha desde la escalera cómo su papá le grita a su mamá y rompe un plato. Al día siguiente Mateo no quiere ir a la escuela, le pega a su hermana menor y, cuando su papá le pregunta qué le pasa, dice «nada».',
          'The vignette is told through the eyes of Mateo, aged nine, who listens from the stairs as his father shouts at his mother and smashes a plate. The next day Mateo does not want to go to school, hits his younger sister and, when his father asks what is wrong, says “nothing”.',
        ],
        [
          '¿Qué sintió Mateo? ¿Qué aprendió esa noche? ¿Por qué le pegó a su hermana? ¿Qué necesitaría de su papá?',
          'What did Mateo feel? What did he learn that night? Why did he hit his sister? What would he need from his father?',
        ],
        [
          'Deje un momento de silencio después del video: muchos participantes fueron Mateo y hoy son el papá. Subraye que los niños no necesitan ver los golpes para ser afectados: escuchar, sentir la tensión y ver a su madre con miedo ya los daña.',
          'Leave a moment of silence after the video: many participants were Mateo and are now the father. Stress that children do not need to see the blows to be affected: hearing, feeling the tension and seeing their mother afraid already harms them.',
        ],
      ),
      act(
        'themeWork',
        30,
        L('Los hijos no son mensajeros', 'Children are not messengers'),
        P(
          [
            'Presente el rayo de la rueda del poder «usar a los hijos»: amenazar con quitárselos, usarlos para mandar mensajes, preguntarles qué hace su mamá, hablar mal de ella frente a ellos, usar las visitas para vigilarla o presionarla. Pida al grupo ejemplos y escriba el efecto en los niños al lado de cada uno.',
            'Present the power-wheel spoke “using the children”: threatening to take them, using them to pass messages, asking them what their mother is doing, badmouthing her in front of them, using visits to watch or pressure her. Ask the group for examples and write the effect on the children next to each.',
          ],
          [
            'Presente la alternativa: una paternidad responsable y cooperativa, incluso si la pareja ya está separada: cumplir con la pensión, respetar los acuerdos de visita y las órdenes de protección, hablar bien de la madre frente a los hijos, no preguntarles por la vida de ella.',
            'Present the alternative: responsible, cooperative parenting, even if the couple has separated: paying maintenance, respecting visiting arrangements and protection orders, speaking well of the mother in front of the children, not asking them about her life.',
          ],
        ),
        P([
          '¿Cómo usan algunos hombres a sus hijos para controlar a la madre? ¿Qué efecto tiene en los niños? ¿Cómo puedes ser un padre responsable aunque estén separados?',
          'How do some men use their children to control the mother? What effect does it have on the children? How can you be a responsible father even if you are separated?',
        ]),
      ),
      pause(15),
      rolePlay(
        35,
        ['Límites sin golpes', 'Limits without hitting'],
        [
          'un niño de seis años no quiere dejar de jugar para bañarse; una hija de quince quiere ir a una fiesta; un hijo de doce sacó malas calificaciones. El participante se calma, escucha, pone un límite claro y una consecuencia relacionada, sin gritos, golpes ni humillaciones.',
          'a six-year-old does not want to stop playing to have a bath; a fifteen-year-old daughter wants to go to a party; a twelve-year-old son got bad marks. The participant calms down, listens, sets a clear limit and a related consequence, without shouting, hitting or humiliating.',
        ],
        [
          'El observador revisa: ¿se calmó primero?, ¿escuchó al hijo o hija?, ¿el límite fue claro?, ¿la consecuencia tenía relación con lo que pasó?, ¿hubo amenazas o humillaciones? Debrief: ¿qué aprendieron de niños sobre la disciplina y qué quieren hacer distinto?',
          'The observer checks: Did he calm down first? Did he listen to the child? Was the limit clear? Was the consequence related to what happened? Were there threats or humiliation? Debrief: what did they learn as boys about discipline, and what do they want to do differently?',
        ],
        [
          'Practica cómo poner un límite a tu hijo o hija: primero te calmas, escuchas, dices con claridad qué sí y qué no, y das una consecuencia relacionada, sin gritos ni golpes.',
          'Practise setting a limit for your child: first calm down, listen, say clearly what is and is not allowed, and give a related consequence, without shouting or hitting.',
        ],
      ),
      homework(10, ['Paternidad sin violencia', 'Fatherhood without violence'], [
        'Pasa esta semana un tiempo de calidad con tus hijas o hijos (jugar, leer, ayudar con la tarea) sin usar ese tiempo para preguntar por su mamá. Si no vives con ellos, respeta los acuerdos de visita. Anota qué pasó.',
        'This week, spend quality time with your children (playing, reading, helping with homework) without using that time to ask about their mother. If you do not live with them, respect the visiting arrangements. Note what happened.',
      ]),
      closing(20, ['qué quiere que sus hijos recuerden de él', 'what he wants his children to remember about him']),
    ],
    facilitatorNotes: P([
      'Algunos participantes no tienen contacto con sus hijos por órdenes de protección o decisiones judiciales. No cuestione esas medidas ni prometa ayudarlos a recuperar el contacto; trabaje desde lo que sí pueden hacer (cumplir con la pensión, respetar los acuerdos, cambiar su conducta).',
      'Some participants have no contact with their children because of protection orders or court decisions. Do not question those measures or promise to help them regain contact; work from what they can do (paying maintenance, respecting arrangements, changing their behaviour).',
    ]),
    safetyNotes: safety([
      'Si un participante menciona que usa las visitas para vigilar o presionar a su ex pareja, que piensa llevarse a los hijos sin acuerdo, o que castiga físicamente a sus hijos, trátelo como riesgo para la mujer y los niños: valore en privado, active el contacto de seguridad con la pareja y, si hay riesgo para una niña o niño, dé aviso a la procuraduría de protección de niñas, niños y adolescentes según el protocolo.',
      'If a participant mentions using visits to watch or pressure his ex-partner, planning to take the children without agreement, or physically punishing his children, treat it as a risk to the woman and the children: assess privately, activate the partner-safety contact and, if a child is at risk, notify the child protection authority according to the protocol.',
    ]),
    handouts: [
      handout(
        ['Paternidad sin violencia', 'Fatherhood without violence'],
        ['Los hijos aprenden lo que ven en casa. Un padre sin violencia les enseña que el amor no da miedo.', 'Children learn what they see at home. A father without violence teaches them that love is not frightening.'],
        ['- Me calmo antes de poner un límite.', '- I calm down before setting a limit.'],
        ['- Escucho a mis hijas e hijos y les digo lo que siento.', '- I listen to my children and tell them what I feel.'],
        ['- Pongo límites claros y consecuencias relacionadas, sin golpes ni gritos.', '- I set clear limits and related consequences, without hitting or shouting.'],
        ['- No los uso como mensajeros ni les pregunto por la vida de su mamá.', '- I do not use them as messengers or ask them about their mother’s life.'],
        ['- Hablo bien de su mamá frente a ellos.', '- I speak well of their mother in front of them.'],
        ['- Cumplo con la pensión y respeto los acuerdos y las órdenes de protección.', '- I pay maintenance and respect arrangements and protection orders.'],
      ),
    ],
    themeKeys: ['parenting-without-violence', 'new-masculinities', 'non-violence'],
    resourceKeys: ['illustration-power-wheel'],
  },
  // ───────────── Module 6: Negociación, responsabilidad y cierre ─────────────
  {
    number: 23,
    moduleKey: 'cierre',
    title: L('Negociación y equidad: resolver conflictos sin violencia', 'Negotiation and fairness: resolving conflicts without violence'),
    summary: L(
      'Aprendemos a resolver desacuerdos de forma justa: escuchar, buscar soluciones que sirvan a los dos, aceptar cambios y estar dispuestos a ceder. Practicamos con situaciones reales de la vida en pareja.',
      'We learn to resolve disagreements fairly: listening, looking for solutions that work for both, accepting change and being willing to compromise. We practise with real situations from couple life.',
    ),
    objectives: [
      L('Conocer los pasos de una negociación justa.', 'Learn the steps of fair negotiation.'),
      L('Practicar la negociación en situaciones cotidianas.', 'Practise negotiation in everyday situations.'),
      L('Reconocer cuándo no es posible negociar y respetar la decisión de la pareja.', 'Recognise when negotiation is not possible and respect the partner’s decision.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Qué hiciste esta semana con tus hijas o hijos?', 'What did you do with your children this week?']),
      act(
        'themeWork',
        30,
        L('Los pasos de la negociación justa', 'The steps of fair negotiation'),
        P(
          [
            'Presente el rayo de negociación y equidad: buscar soluciones que sirvan a los dos, aceptar el cambio, estar dispuesto a ceder. Escriba los pasos: 1) elegir un buen momento, sin alcohol y sin prisa; 2) cada uno dice lo que necesita y por qué; 3) escuchar sin interrumpir; 4) proponer varias opciones; 5) elegir una que sirva a los dos; 6) revisar después si funcionó.',
            'Present the negotiation and fairness spoke: looking for solutions that work for both, accepting change, being willing to compromise. Write up the steps: 1) choose a good moment, without alcohol and without hurry; 2) each says what they need and why; 3) listen without interrupting; 4) propose several options; 5) choose one that works for both; 6) check later whether it worked.',
          ],
          [
            'Aclare dos límites: no se negocia con amenazas ni con la mirada de «ya sabes lo que pasa si no»; y ella tiene derecho a decir que no quiere negociar o a tomar decisiones sobre su propia vida, incluida la de separarse. Respetar eso también es equidad.',
            'Make two limits clear: there is no negotiating with threats or with the look that says “you know what happens if not”; and she has the right to say she does not want to negotiate, or to make decisions about her own life, including separating. Respecting that is also fairness.',
          ],
        ),
        P([
          'Estos son los pasos para resolver un desacuerdo de forma justa. ¿Cuál te cuesta más trabajo? ¿Qué decisiones le corresponden solo a ella?',
          'These are the steps for resolving a disagreement fairly. Which do you find hardest? Which decisions are hers alone to make?',
        ]),
      ),
      pause(15),
      rolePlay(
        40,
        ['Negociar en pareja', 'Negotiating as a couple'],
        [
          'dónde pasar la Navidad (con la familia de él o la de ella); ella quiere regresar a estudiar y eso cambia los horarios de la casa; cómo usar el dinero de la cosecha o del aguinaldo. El participante sigue los seis pasos y busca una solución que sirva a los dos.',
          'where to spend Christmas (with his family or hers); she wants to go back to studying and that changes the household schedule; how to use the harvest money or the year-end bonus. The participant follows the six steps and looks for a solution that works for both.',
        ],
        [
          'El observador revisa cada paso y anota si el participante cedió en algo. En plenaria pregunte: ¿qué sentiste al ceder?, ¿sentiste que perdías? Relacione con el privilegio de decidir solo.',
          'The observer checks each step and notes whether the participant gave way on anything. In plenary ask: How did it feel to give way? Did you feel you were losing? Link it to the privilege of deciding alone.',
        ],
        [
          'Practica los seis pasos de la negociación justa. Fíjate si escuchaste, si propusiste opciones y si estuviste dispuesto a ceder.',
          'Practise the six steps of fair negotiation. Notice whether you listened, proposed options and were willing to give way.',
        ],
      ),
      act(
        'groupDiscussion',
        20,
        L('Cuando ella dice que no', 'When she says no'),
        P(
          [
            'Pregunte: ¿qué pasa si ella no acepta ninguna opción o decide terminar la relación? Reconozca que puede doler mucho, y sostenga con firmeza: su decisión se respeta; insistir, presionar, perseguir o amenazar es violencia.',
            'Ask: what happens if she accepts none of the options or decides to end the relationship? Acknowledge that it can hurt a lot, and hold firmly: her decision is respected; insisting, pressuring, following or threatening her is violence.',
          ],
          [
            'Pida ideas de qué puede hacer un hombre con el dolor de una separación sin dañar a nadie: hablar con amigos o con el grupo, buscar ayuda psicológica, cuidar su salud, concentrarse en ser buen padre.',
            'Ask for ideas about what a man can do with the pain of a separation without harming anyone: talk to friends or the group, seek psychological help, look after his health, focus on being a good father.',
          ],
        ),
        P([
          '¿Qué harías si tu pareja no acepta ninguna opción o decide terminar la relación? ¿Qué puedes hacer con ese dolor sin dañar a nadie?',
          'What would you do if your partner accepted none of the options or decided to end the relationship? What can you do with that pain without harming anyone?',
        ]),
      ),
      homework(10, ['Negociación justa', 'Fair negotiation'], [
        'Si tu pareja está de acuerdo y es seguro para ella, usa los pasos de la negociación en un tema pequeño de la casa. Si no vives con ella, practícalos con otra persona (un hermano, un compañero de trabajo). Anota qué pasó.',
        'If your partner agrees and it is safe for her, use the negotiation steps on a small household matter. If you do not live with her, practise them with someone else (a brother, a workmate). Note what happened.',
      ]),
      closing(15, ['en qué está dispuesto a ceder', 'what he is willing to give way on']),
    ],
    facilitatorNotes: P([
      'Cuide que la sesión no se convierta en una herramienta para «convencer» a la pareja. La negociación solo es posible cuando ella no tiene miedo; si aún hay violencia, lo prioritario es la no violencia y la seguridad, no negociar.',
      'Make sure the session does not become a tool for “persuading” the partner. Negotiation is only possible when she is not afraid; if there is still violence, non-violence and safety come first, not negotiation.',
    ]),
    safetyNotes: safety([
      'La separación decidida por la mujer es uno de los momentos de mayor riesgo. Si un participante dice que «no va a aceptar» que ella lo deje, que «si no es mía no es de nadie», o que piensa buscarla para «hablar» contra su voluntad, interrumpa con calma, valore de inmediato en privado, informe a la coordinación y active el contacto de seguridad con la pareja el mismo día.',
      'A separation decided by the woman is one of the most dangerous moments. If a participant says he “will not accept” her leaving, that “if she is not mine she is nobody’s”, or that he plans to find her to “talk” against her will, interrupt calmly, assess immediately and privately, inform the coordinator and activate the partner-safety contact the same day.',
    ]),
    handouts: [
      handout(
        ['Negociación justa', 'Fair negotiation'],
        ['Negociar es buscar juntos una solución que sirva a los dos. No se negocia con miedo.', 'Negotiating means looking together for a solution that works for both. Nobody negotiates in fear.'],
        ['- Elegimos un buen momento, sin alcohol y sin prisa.', '- We choose a good moment, without alcohol and without hurry.'],
        ['- Cada uno dice lo que necesita y por qué.', '- Each says what they need and why.'],
        ['- Escucho sin interrumpir.', '- I listen without interrupting.'],
        ['- Proponemos varias opciones.', '- We propose several options.'],
        ['- Elegimos una que sirva a los dos, y estoy dispuesto a ceder.', '- We choose one that works for both, and I am willing to give way.'],
        ['- Revisamos después si funcionó.', '- We check later whether it worked.'],
        ['Ella tiene derecho a decidir sobre su propia vida, incluso a terminar la relación. Respetarlo también es equidad.', 'She has the right to decide about her own life, even to end the relationship. Respecting that is also fairness.'],
      ),
    ],
    themeKeys: ['negotiation-and-fairness', 'respect', 'safety-and-risk'],
    resourceKeys: ['illustration-equality-wheel'],
  },
  {
    number: 24,
    moduleKey: 'cierre',
    title: L('Cierre: mi plan de vida sin violencia', 'Closing: my plan for a life without violence'),
    summary: L(
      'Revisamos lo que hemos cambiado y lo que falta por cambiar, y elaboramos un plan de vida sin violencia para después del programa. Nos despedimos reconociendo el esfuerzo de cada uno y la responsabilidad que sigue.',
      'We review what we have changed and what is still to change, and make a plan for a life without violence after the programme. We say goodbye, acknowledging each man’s effort and the responsibility that continues.',
    ),
    objectives: [
      L('Evaluar con honestidad los cambios logrados y los pendientes.', 'Assess honestly the changes made and those still pending.'),
      L('Elaborar un plan de vida sin violencia con señales de alerta, apoyos y compromisos.', 'Make a plan for a life without violence with warning signs, support and commitments.'),
      L('Cerrar el proceso grupal reconociendo que la responsabilidad continúa.', 'Close the group process, recognising that responsibility continues.'),
    ],
    activities: [
      actionPlanCheckIn(20, ['¿Qué negociaste esta semana y cómo te fue?', 'What did you negotiate this week, and how did it go?']),
      act(
        'themeWork',
        35,
        L('Antes y ahora', 'Before and now'),
        P(
          [
            'Pida a cada participante que revise sus bitácoras y planes de acción de las semanas anteriores. En una hoja con dos columnas, «cuando llegué» y «hoy», escribe conductas concretas: cómo reaccionaba ante un desacuerdo, cómo trataba a sus hijos, qué hacía con el dinero, cómo usaba el celular de su pareja.',
            'Ask each participant to review his control logs and action plans from previous weeks. On a sheet with two columns, “when I arrived” and “today”, he writes concrete behaviours: how he reacted to disagreement, how he treated his children, what he did with money, how he used his partner’s phone.',
          ],
          [
            'Pida una tercera columna: «lo que todavía me falta». Recuerde que el cambio no se mide por lo que uno dice, sino por si su pareja y sus hijos viven sin miedo. Reconozca los avances con honestidad y sin exagerarlos.',
            'Ask for a third column: “what I still need to work on”. Remember that change is not measured by what one says but by whether one’s partner and children live without fear. Acknowledge progress honestly, without exaggerating it.',
          ],
        ),
        P([
          'Revisa tus bitácoras y planes de acción. ¿Cómo actuabas cuando llegaste y cómo actúas hoy? ¿Qué te falta todavía?',
          'Review your control logs and action plans. How did you act when you arrived, and how do you act today? What do you still need to work on?',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('Mi plan de vida sin violencia', 'My plan for a life without violence'),
        P(
          [
            'Entregue la hoja del plan de vida sin violencia. Cada participante escribe: sus señales de alerta, su plan de retiro, las creencias de control que debe vigilar, las personas y servicios a los que puede acudir, y tres compromisos para los próximos seis meses.',
            'Hand out the plan for a life without violence. Each participant writes: his warning signs, his time-out plan, the control beliefs he must watch for, the people and services he can turn to, and three commitments for the next six months.',
          ],
          [
            'En grupos de tres, compartan los compromisos y ayúdense a hacerlos concretos. Informe sobre las opciones de seguimiento: grupos de continuidad, atención psicológica, servicios del directorio para hombres que quieren dejar la violencia.',
            'In groups of three, they share their commitments and help each other make them concrete. Give information about follow-up options: continuation groups, psychological care, directory services for men who want to stop using violence.',
          ],
        ),
        P([
          'Escribe tu plan de vida sin violencia: tus señales de alerta, tu plan de retiro, las ideas de control que debes vigilar, a quién puedes acudir y tres compromisos para los próximos seis meses.',
          'Write your plan for a life without violence: your warning signs, your time-out plan, the control beliefs you must watch for, whom you can turn to and three commitments for the next six months.',
        ]),
      ),
      reflection(15, ['Lo que me llevo', 'What I take with me'], [
        '¿Qué es lo más importante que aprendiste en este grupo? ¿Qué le dirías a un hombre que empieza el programa la próxima semana?',
        'What is the most important thing you learnt in this group? What would you say to a man starting the programme next week?',
      ]),
      homework(5, ['Mi plan de vida sin violencia', 'My plan for a life without violence'], [
        'Guarda tu plan de vida sin violencia donde puedas verlo. Revísalo una vez al mes y cada vez que notes una señal de alerta.',
        'Keep your plan for a life without violence where you can see it. Review it once a month and whenever you notice a warning sign.',
      ]),
      act(
        'closing',
        25,
        L('Círculo de despedida', 'Farewell circle'),
        P(
          [
            'Forme el círculo final. Cada participante dice en voz alta un compromiso de su plan y el grupo responde con una palabra de reconocimiento. El equipo facilitador cierra reconociendo el esfuerzo y recordando que la responsabilidad de no usar violencia continúa todos los días.',
            'Form the final circle. Each participant states aloud one commitment from his plan and the group responds with a word of recognition. The facilitation team closes by acknowledging the effort and reminding them that the responsibility not to use violence continues every day.',
          ],
          [
            'Entregue las constancias de asistencia. Aclare que la constancia certifica asistencia, no que el participante «ya no es violento», y que no debe usarse para presionar a la pareja.',
            'Hand out the certificates of attendance. Make clear that the certificate attests attendance, not that the participant “is no longer violent”, and that it must not be used to pressure his partner.',
          ],
          [
            'Después del cierre, complete el registro agregado y las escalas de salida, e informe al servicio de apoyo a mujeres sobre la conclusión del programa según el protocolo.',
            'After the closing, complete the aggregate record and exit scales, and inform the women’s support service that the programme has ended, according to the protocol.',
          ],
        ),
        P(
          [
            'Di en voz alta un compromiso de tu plan de vida sin violencia. Escucha el reconocimiento de tus compañeros.',
            'State aloud one commitment from your plan for a life without violence. Listen to the others’ recognition.',
          ],
          [
            'El programa termina, pero la responsabilidad de no usar violencia sigue todos los días. Si sientes que vas a usar violencia, usa el retiro y busca ayuda.',
            'The programme ends, but the responsibility not to use violence continues every day. If you feel you are about to use violence, take a time-out and seek help.',
          ],
        ),
      ),
    ],
    facilitatorNotes: P([
      'Prepare las hojas del plan de vida sin violencia, las constancias de asistencia y la información de seguimiento. Revise con la coordinación, antes de la sesión, qué participantes requieren seguimiento por riesgo persistente.',
      'Prepare the plan sheets, the certificates of attendance and the follow-up information. Check with the coordinator, before the session, which participants need follow-up because of persistent risk.',
    ]),
    safetyNotes: safety([
      'El fin del programa no significa que el riesgo haya terminado. Antes del cierre, identifique a los participantes con señales de riesgo persistentes (minimización, culpar a la pareja, procesos legales abiertos, separación reciente) y coordine con el servicio de apoyo a mujeres el seguimiento del contacto de seguridad con sus parejas. Nunca entregue a la pareja un informe que diga que el participante «ya cambió».',
      'The end of the programme does not mean the risk is over. Before the closing, identify participants with persistent risk signs (minimising, blaming the partner, open legal proceedings, recent separation) and coordinate with the women’s support service the follow-up of the partner-safety contact. Never give the partner a report stating that the participant “has changed”.',
    ]),
    handouts: [
      handout(
        ['Mi plan de vida sin violencia', 'My plan for a life without violence'],
        ['Dejar la violencia es una decisión de todos los días.', 'Giving up violence is an everyday decision.'],
        ['- Mis señales de alerta:', '- My warning signs:'],
        ['- Mi plan de retiro:', '- My time-out plan:'],
        ['- Las ideas de control que debo vigilar:', '- The control beliefs I must watch for:'],
        ['- Personas y servicios a los que puedo acudir:', '- People and services I can turn to:'],
        ['- Mis tres compromisos para los próximos seis meses:', '- My three commitments for the next six months:'],
      ),
    ],
    themeKeys: ['life-project', 'non-violence', 'safety-and-risk'],
    resourceKeys: ['illustration-support-network'],
  },
]

export const menTrack: SeedTrack = {
  key: 'men',
  slug: 'hombres',
  audience: 'men',
  title: L('Grupo de reeducación para hombres que han ejercido violencia contra su pareja', 'Re-education group for men who have used violence against a partner'),
  description: L(
    'Veinticuatro sesiones semanales de dos horas y media para hombres que han ejercido violencia contra su pareja. Cada sesión abre con la ronda del plan de acción; el grupo usa la bitácora de control y viñetas en video para deconstruir la violencia, revisar la masculinidad tradicional, trabajar los temas de la rueda de la igualdad (no violencia, conducta no amenazante, respeto, apoyo y confianza, honestidad y responsabilidad, respeto sexual, pareja, negociación y equidad), las emociones, la perspectiva intercultural y la paternidad. La seguridad de las mujeres y de las niñas y niños es la prioridad: el programa funciona junto con un servicio de apoyo a las parejas.',
    'Twenty-four weekly sessions of two and a half hours for men who have used violence against a partner. Each session opens with the action plan check-in; the group uses the control log and video vignettes to take violence apart, examine traditional masculinity, and work through the themes of the equality wheel (non-violence, non-threatening behaviour, respect, support and trust, honesty and accountability, sexual respect, partnership, negotiation and fairness), emotions, an intercultural perspective and fatherhood. The safety of women and children is the priority: the programme runs alongside a support service for partners.',
  ),
  plannedSessions: 24,
  sessionMinutes: 150,
  modules: [
    {
      key: 'inicio',
      order: 1,
      title: L('Encuadre, plan de acción y bitácora', 'Group rules, action plan and control log'),
      summary: L('Reglas del grupo, el plan de acción semanal, el retiro y la bitácora de control.', 'Group rules, the weekly action plan, the time-out and the control log.'),
    },
    {
      key: 'deconstruir',
      order: 2,
      title: L('Deconstruir la violencia', 'Taking violence apart'),
      summary: L('Qué es la violencia, los mitos que la justifican, el poder y control, la masculinidad tradicional y la historia personal.', 'What violence is, the myths that justify it, power and control, traditional masculinity and personal history.'),
    },
    {
      key: 'igualdad',
      order: 3,
      title: L('Del control a la igualdad', 'From control to equality'),
      summary: L('Los temas de la rueda de la igualdad: no violencia, conducta no amenazante, respeto, apoyo y confianza, honestidad y responsabilidad, respeto sexual, derechos de las mujeres y pareja.', 'The equality wheel themes: non-violence, non-threatening behaviour, respect, support and trust, honesty and accountability, sexual respect, women’s rights and partnership.'),
    },
    {
      key: 'emociones',
      order: 4,
      title: L('Emociones, enojo y celos', 'Emotions, anger and jealousy'),
      summary: L('Las emociones debajo del enojo, las señales del cuerpo, la respiración, el retiro y los celos.', 'The emotions beneath anger, body signals, breathing, the time-out and jealousy.'),
    },
    {
      key: 'masculinidades',
      order: 5,
      title: L('Nuevas masculinidades, interculturalidad y paternidad', 'New masculinities, intercultural perspective and fatherhood'),
      summary: L('Otras formas de ser hombre, costumbres y comunidad, y paternidad sin violencia.', 'Other ways of being a man, customs and community, and fatherhood without violence.'),
    },
    {
      key: 'cierre',
      order: 6,
      title: L('Negociación, responsabilidad y cierre', 'Negotiation, accountability and closing'),
      summary: L('Habilidades para relaciones igualitarias, negociación justa y plan de vida sin violencia.', 'Skills for equal relationships, fair negotiation and a plan for a life without violence.'),
    },
  ],
  sessions: linkNext(sessions),
}
