/**
 * Demo curriculum: support for the facilitators themselves (issue 20, part 5). The programme ran
 * ongoing sessions for its facilitators and teams: supervision, care for those who hear about
 * violence every week, case discussion without names. Four sessions of two hours, for the teams
 * only (audience `facilitators`): it never reaches participants or the public pages.
 * Written for the Reeduca demo; it is not clinical guidance, and a programme replaces it with
 * its own supervision protocol.
 */
import type { SeedActivity, SeedSession, SeedTrack } from './types'
import { act, handout, L, linkNext, P, type Pair } from './builders'

const NO_NAMES: Pair = [
  'En estas sesiones nadie dice el nombre de una participante ni de su pareja, ni su comunidad, su trabajo o cualquier dato que permita reconocerla: se habla de «una participante del grupo de los martes», y se cambian los detalles que la identificarían.',
  'In these sessions nobody says the name of a participant or of her partner, nor her community, her work or any detail that would let someone recognise her: we speak of “a participant in the Tuesday group”, and change the details that would identify her.',
]

function opening(minutes: number, question: Pair): SeedActivity {
  return act(
    'checkIn',
    minutes,
    L('Ronda de llegada', 'Arrival round'),
    P(
      [
        `Abra con una ronda breve: cada integrante del equipo dice cómo llega hoy, en una palabra o una frase, y responde «${question[0]}». No se comenta ni se aconseja en la ronda.`,
        `Open with a short round: each team member says how they arrive today, in a word or a sentence, and answers “${question[1]}”. Nobody comments or gives advice during the round.`,
      ],
      NO_NAMES,
    ),
    P(
      [`¿Cómo llegas hoy? ${question[0]}`, `How are you arriving today? ${question[1]}`],
      ['Puedes decir «paso». Lo que se dice aquí se queda en el equipo.', 'You can say “pass”. What is said here stays within the team.'],
    ),
  )
}

function pause(minutes: number): SeedActivity {
  return act(
    'break',
    minutes,
    L('Pausa', 'Break'),
    P([`Pausa de ${minutes} minutos. Agua, algo de comer, aire fresco.`, `A ${minutes}-minute break. Water, something to eat, fresh air.`]),
    P([`Descanso de ${minutes} minutos.`, `A ${minutes}-minute break.`]),
  )
}

function closing(minutes: number, prompt: Pair): SeedActivity {
  return act(
    'closing',
    minutes,
    L('Cierre', 'Closing'),
    P(
      [
        `Cierre con una ronda: cada integrante dice ${prompt[0]} Recuerde la fecha de la próxima sesión: «{next}».`,
        `Close with a round: each member says ${prompt[1]} Remind everyone of the next session: “{next}”.`,
      ],
    ),
    P([`Para cerrar: ${prompt[0]}`, `To close: ${prompt[1]}`]),
  )
}

const SUPERVISOR_SAFETY: Pair = [
  'Si alguien del equipo cuenta que vive violencia, o muestra señales de agotamiento grave (no duerme, no puede dejar de pensar en un relato, piensa en hacerse daño), hable en privado al terminar y acuerde con la coordinación apoyo psicológico fuera del equipo. No es tarea del grupo de apoyo atenderlo.',
  'If a team member says they live with violence, or shows signs of severe exhaustion (not sleeping, unable to stop thinking about an account, thinking of self-harm), talk privately afterwards and agree with the coordination on psychological support outside the team. It is not the support group’s task to treat it.',
]

const sessions: SeedSession[] = [
  {
    number: 1,
    moduleKey: 'apoyo',
    title: L('Supervisión: sostener el encuadre y la seguridad', 'Supervision: holding the frame and safety'),
    summary: L(
      'El equipo revisa las últimas semanas de sus grupos: las señales de riesgo que vio, lo que hizo y lo que queda pendiente, y cómo sostuvo los acuerdos del grupo.',
      'The team reviews the last weeks of its groups: the risk cues it saw, what it did and what is still pending, and how it held the group agreements.',
    ),
    objectives: [
      L('Revisar cada señal de riesgo de las últimas semanas y su seguimiento.', 'Review every risk cue of the last weeks and how it was followed up.'),
      L('Reconocer cuándo el encuadre se debilitó y cómo recuperarlo.', 'Recognise when the group frame weakened and how to restore it.'),
    ],
    activities: [
      opening(15, ['¿Qué momento de tus grupos de estas semanas traes contigo?', 'Which moment from your groups in these weeks are you bringing with you?']),
      act(
        'themeWork',
        35,
        L('Revisión de riesgos y canalizaciones', 'Review of risks and referrals'),
        P(
          [
            'Repase con el equipo la bitácora de seguimiento: para cada señal de riesgo anotada, qué se hizo (contacto de seguridad, canalización, aviso a la coordinación) y qué falta. Use solo los códigos de la bitácora, nunca nombres.',
            'Go through the follow-up log with the team: for each risk cue noted, what was done (safety contact, referral, notice to the coordination) and what is missing. Use only the log’s codes, never names.',
          ],
          [
            'Compare lo hecho con el protocolo de riesgo del manual. Donde el equipo dudó, acuerden juntos qué se hará la próxima vez y quién lo hará.',
            'Compare what was done with the manual’s risk protocol. Where the team hesitated, agree together what will be done next time and who will do it.',
          ],
        ),
        P(
          ['Revisamos juntas y juntos qué vimos, qué hicimos y qué falta, con el protocolo de riesgo a la vista.', 'Together we review what we saw, what we did and what is missing, with the risk protocol in view.'],
        ),
      ),
      pause(10),
      act(
        'groupDiscussion',
        40,
        L('Un momento difícil del grupo', 'A difficult moment in the group'),
        P(
          [
            'Pida a una persona del equipo que presente un momento en que el encuadre se debilitó (un participante que minimiza y el grupo que se ríe, una participante que cuenta un riesgo frente a todas). Siga la guía para presentar un caso sin nombres.',
            'Ask one team member to present a moment when the group frame weakened (a participant who minimises and the group laughs along, a participant who discloses a risk in front of everyone). Follow the guide for presenting a case without names.',
          ],
          [
            'Primero preguntas para entender, luego lo que cada quien habría hecho, y al final lo que quien presentó se lleva. Cuide que no se convierta en juicio a la compañera.',
            'First questions to understand, then what each person would have done, and finally what the presenter takes away. Make sure it does not turn into judging the colleague.',
          ],
        ),
        P(['Escuchamos, preguntamos y pensamos juntos otras formas de responder.', 'We listen, ask and think together about other ways to respond.']),
      ),
      act(
        'reflection',
        10,
        L('Lo que me llevo', 'What I take away'),
        P(['Dé unos minutos en silencio para anotar una cosa que cada quien hará distinto en su próximo grupo.', 'Give a few silent minutes to note one thing each person will do differently in their next group.']),
        P(['Anota una cosa que harás distinto en tu próximo grupo.', 'Note one thing you will do differently in your next group.']),
      ),
      closing(10, ['qué necesita del equipo para la próxima semana.', 'what they need from the team for the coming week.']),
    ],
    facilitatorNotes: P(
      ['La supervisión no es una evaluación del desempeño: es un espacio para pensar juntos. Quien coordina habla al final.', 'Supervision is not a performance review: it is a space to think together. Whoever coordinates speaks last.'],
    ),
    safetyNotes: P(
      ['Un riesgo revisado sin seguimiento (una canalización que nadie confirmó) se asigna hoy a una persona con fecha.', 'A reviewed risk without follow-up (a referral nobody confirmed) is assigned today to one person with a date.'],
      SUPERVISOR_SAFETY,
    ),
    handouts: [],
    themeKeys: ['safety-and-risk'],
  },
  {
    number: 2,
    moduleKey: 'apoyo',
    title: L('Cuidar a quien escucha', 'Caring for those who listen'),
    summary: L(
      'Escuchar relatos de violencia cada semana deja huella. El equipo aprende a reconocer las señales del desgaste en sí y en sus compañeras y compañeros, y acuerda cómo cuidarse.',
      'Hearing accounts of violence every week leaves a mark. The team learns to recognise the signs of wear in themselves and their colleagues, and agrees how to look after one another.',
    ),
    objectives: [
      L('Reconocer las señales del trauma vicario y del desgaste profesional.', 'Recognise the signs of vicarious trauma and burnout.'),
      L('Hacer un plan personal de autocuidado y acuerdos de cuidado del equipo.', 'Make a personal self-care plan and the team’s care agreements.'),
    ],
    contentNotes: L(
      'Se habla del efecto que tienen en el equipo los relatos de violencia; no se repiten relatos.',
      'We talk about the effect accounts of violence have on the team; no accounts are repeated.',
    ),
    activities: [
      opening(15, ['¿Qué te ayudó a descansar esta semana?', 'What helped you rest this week?']),
      act(
        'themeWork',
        30,
        L('Las señales del desgaste', 'The signs of wear'),
        P(
          [
            'Presente las señales del trauma vicario (pensamientos intrusivos, hipervigilancia, cinismo, aislamiento) y del desgaste profesional (cansancio que no se quita, distancia con las participantes, irritabilidad). Son respuestas esperables a un trabajo difícil, no una falla personal.',
            'Present the signs of vicarious trauma (intrusive thoughts, hypervigilance, cynicism, withdrawal) and of burnout (tiredness that does not go away, distance from participants, irritability). They are expected responses to hard work, not a personal failing.',
          ],
        ),
        P(
          ['Escuchar violencia cada semana cansa y cambia la mirada. Reconocerlo a tiempo es parte del trabajo.', 'Hearing about violence every week tires you and changes how you see things. Recognising it in time is part of the work.'],
        ),
      ),
      act(
        'reflection',
        20,
        L('Mi mapa de señales', 'My map of signs'),
        P(['Cada persona marca en la hoja qué señales reconoce en sí misma y desde cuándo. No se comparte si no quiere.', 'Each person marks on the sheet which signs they recognise in themselves and since when. Nobody has to share it.']),
        P(['Marca en tu hoja las señales que reconoces en ti. Es solo para ti.', 'Mark on your sheet the signs you recognise in yourself. It is for you alone.']),
      ),
      pause(10),
      act(
        'groupDiscussion',
        30,
        L('Acuerdos de cuidado del equipo', 'The team’s care agreements'),
        P(
          [
            'Construyan acuerdos concretos: no cerrar una sesión difícil sin una conversación breve entre quienes facilitaron, turnos para no llevar siempre los mismos grupos, no revisar mensajes del trabajo de noche, a quién llamar cuando un relato no se va.',
            'Build concrete agreements: never close a hard session without a short talk between the co-facilitators, rotas so nobody always carries the same groups, no work messages at night, whom to call when an account will not go away.',
          ],
        ),
        P(['Acordamos cómo nos cuidamos como equipo.', 'We agree how we look after each other as a team.']),
      ),
      act(
        'homework',
        5,
        L('Mi plan de autocuidado', 'My self-care plan'),
        P(['Entregue la hoja del plan de autocuidado para completarla antes de la próxima sesión.', 'Hand out the self-care plan sheet to complete before the next session.']),
        P(['Completa tu plan de autocuidado con tres acciones pequeñas y posibles.', 'Complete your self-care plan with three small, doable actions.']),
      ),
      closing(10, ['un gesto de cuidado que hará por sí esta semana.', 'one act of care they will do for themselves this week.']),
    ],
    facilitatorNotes: P(
      ['Quien coordina también cuenta sus señales: el ejemplo autoriza a las demás personas.', 'Whoever coordinates also names their own signs: the example gives others permission.'],
    ),
    safetyNotes: P(SUPERVISOR_SAFETY),
    handouts: [
      handout(
        ['Mi plan de autocuidado', 'My self-care plan'],
        ['Tres acciones pequeñas y posibles para esta semana:', 'Three small, doable actions for this week:'],
        ['- Para el cuerpo (dormir, comer, moverme): …', '- For the body (sleep, food, movement): …'],
        ['- Para separar el trabajo de mi casa (un ritual al salir): …', '- To separate work from home (a ritual on leaving): …'],
        ['- A quién llamo cuando un relato no se va: …', '- Whom I call when an account will not go away: …'],
      ),
    ],
    themeKeys: ['emotions-and-self-care'],
  },
  {
    number: 3,
    moduleKey: 'apoyo',
    title: L('Discusión de casos sin nombres', 'Case discussion without names'),
    summary: L(
      'El equipo practica presentar y discutir una situación de grupo sin ningún dato que identifique a nadie, para pedir ayuda sin romper la confidencialidad.',
      'The team practises presenting and discussing a group situation without any detail that identifies anyone, to ask for help without breaking confidentiality.',
    ),
    objectives: [
      L('Presentar una situación sin datos que identifiquen a nadie.', 'Present a situation without details that identify anyone.'),
      L('Discutirla con una estructura que protege a quien presenta y a las participantes.', 'Discuss it with a structure that protects the presenter and the participants.'),
    ],
    activities: [
      opening(10, ['¿Qué situación te gustaría pensar con el equipo?', 'Which situation would you like to think through with the team?']),
      act(
        'themeWork',
        25,
        L('Cómo presentar sin identificar', 'How to present without identifying'),
        P(
          NO_NAMES,
          [
            'Muestre con un ejemplo cómo quitar los datos: sin nombre, sin edad exacta, sin comunidad ni centro de trabajo, sin número de hijas e hijos si es poco común. En una comunidad pequeña un detalle basta para reconocer a alguien.',
            'Show with an example how to remove details: no name, no exact age, no community or workplace, no number of children if it is unusual. In a small community one detail is enough to recognise someone.',
          ],
        ),
        P(['Usamos la guía para presentar un caso sin nombres.', 'We use the guide for presenting a case without names.']),
      ),
      act(
        'groupDiscussion',
        45,
        L('Discusión estructurada', 'Structured discussion'),
        P(
          [
            'Siga cuatro tiempos: quien presenta expone en cinco minutos y formula una pregunta; el equipo hace solo preguntas para entender; cada quien propone ideas mientras quien presentó escucha sin responder; al final, quien presentó dice qué se lleva.',
            'Follow four steps: the presenter sets out the situation in five minutes and asks one question; the team asks only questions to understand; each person offers ideas while the presenter listens without replying; finally, the presenter says what they take away.',
          ],
        ),
        P(['Pensamos juntos, en cuatro tiempos, la pregunta de quien presenta.', 'In four steps we think together about the presenter’s question.']),
      ),
      pause(10),
      act(
        'reflection',
        20,
        L('Qué aprendimos del proceso', 'What we learnt from the process'),
        P(['Pregunte qué dato estuvo a punto de decirse y no hacía falta, y qué hizo útil la discusión.', 'Ask which detail almost slipped out and was not needed, and what made the discussion useful.']),
        P(['¿Qué dato no hacía falta? ¿Qué te sirvió de la discusión?', 'Which detail was not needed? What helped you in the discussion?']),
      ),
      closing(10, ['una idea que probará en su grupo.', 'one idea they will try in their group.']),
    ],
    facilitatorNotes: P(['Si alguien dice un nombre, deténgalo con calma y pida que lo reformule; no se anota nada de lo dicho.', 'If someone says a name, stop them calmly and ask them to rephrase; nothing of what was said is written down.']),
    safetyNotes: P(
      ['Si la situación presentada implica riesgo inmediato para una mujer o sus hijas e hijos, la discusión se suspende y se aplica el protocolo de riesgo hoy mismo.', 'If the situation presented involves immediate risk to a woman or her children, the discussion stops and the risk protocol is applied today.'],
      SUPERVISOR_SAFETY,
    ),
    handouts: [
      handout(
        ['Guía para presentar un caso sin nombres', 'Guide for presenting a case without names'],
        ['Antes de presentar, quita:', 'Before presenting, remove:'],
        ['- nombres, apodos y parentescos que identifiquen;', '- names, nicknames and family ties that identify;'],
        ['- comunidad, colonia, centro de trabajo o escuela;', '- community, neighbourhood, workplace or school;'],
        ['- edades exactas, fechas y detalles poco comunes.', '- exact ages, dates and unusual details.'],
        ['Presenta en cinco minutos y termina con una pregunta: «¿cómo puedo…?».', 'Present in five minutes and end with a question: “how can I…?”.'],
      ),
    ],
    themeKeys: ['safety-and-risk'],
  },
  {
    number: 4,
    moduleKey: 'apoyo',
    title: L('Cofacilitación y colusión', 'Co-facilitation and collusion'),
    summary: L(
      'Cómo facilitar en pareja mostrando una relación de igualdad, y cómo darse cuenta cuando el equipo empieza a coludirse con la minimización o la culpa.',
      'How to co-facilitate showing a relationship of equality, and how to notice when the team starts to collude with minimising or blaming.',
    ),
    objectives: [
      L('Reconocer las formas de colusión con la violencia en el grupo.', 'Recognise the forms of collusion with violence in the group.'),
      L('Acordar señales entre cofacilitadores para intervenir a tiempo.', 'Agree signals between co-facilitators to step in in time.'),
    ],
    activities: [
      opening(15, ['¿Cuándo te sentiste bien acompañada o acompañado al facilitar?', 'When did you feel well supported while facilitating?']),
      act(
        'themeWork',
        25,
        L('Qué es coludirse', 'What collusion is'),
        P(
          [
            'Presente ejemplos: reírse de un chiste que minimiza, aceptar «ella me provocó» sin preguntar, que el cofacilitador hombre hable siempre primero, o que la cofacilitadora sea interrumpida sin que nadie lo note.',
            'Present examples: laughing at a joke that minimises, accepting “she provoked me” without questioning it, the male co-facilitator always speaking first, or the female co-facilitator being interrupted without anyone noticing.',
          ],
        ),
        P(['Vemos cómo, sin querer, el equipo puede reforzar lo que el grupo quiere cambiar.', 'We see how, without meaning to, the team can reinforce what the group wants to change.']),
      ),
      act(
        'rolePlay',
        40,
        L('Ensayar la intervención', 'Rehearsing the intervention'),
        P(
          [
            'En tríos, una persona hace de participante que minimiza y dos de cofacilitadores. Ensayen la señal acordada y la respuesta: «¿y tú qué hiciste?». Roten los papeles.',
            'In threes, one person plays a participant who minimises and two the co-facilitators. Rehearse the agreed signal and the response: “and what did you do?”. Rotate the roles.',
          ],
        ),
        P(['Ensayamos en tríos cómo intervenir juntos.', 'In threes we rehearse stepping in together.']),
      ),
      pause(10),
      act(
        'reflection',
        20,
        L('Nuestros acuerdos de cofacilitación', 'Our co-facilitation agreements'),
        P(['Cada pareja de cofacilitación escribe sus señales y quién interviene en qué casos.', 'Each co-facilitation pair writes down its signals and who steps in when.']),
        P(['Escribe con tu pareja de cofacilitación sus señales y acuerdos.', 'Write down your signals and agreements with your co-facilitator.']),
      ),
      closing(10, ['qué le pide a su pareja de cofacilitación.', 'what they ask of their co-facilitator.']),
    ],
    facilitatorNotes: P(['Cuide que la conversación sobre colusión no culpe a nadie: es un riesgo del trabajo, no de una persona.', 'Make sure the conversation about collusion blames nobody: it is a risk of the work, not of a person.']),
    safetyNotes: P(SUPERVISOR_SAFETY),
    handouts: [],
    themeKeys: ['non-violence'],
  },
]

export const facilitatorsTrack: SeedTrack = {
  key: 'facilitators',
  slug: 'apoyo-facilitacion',
  audience: 'facilitators',
  title: L('Apoyo a los equipos de facilitación', 'Support for the facilitation teams'),
  description: L(
    'Cuatro sesiones de dos horas para los equipos que facilitan los grupos: supervisión, cuidado de quien escucha violencia cada semana, discusión de casos sin nombres y cofacilitación. Solo para los equipos; nunca para participantes.',
    'Four two-hour sessions for the teams who facilitate the groups: supervision, care for those who hear about violence every week, case discussion without names and co-facilitation. For the teams only; never for participants.',
  ),
  plannedSessions: 4,
  sessionMinutes: 120,
  modules: [
    {
      key: 'apoyo',
      order: 1,
      title: L('Apoyo continuo al equipo', 'Ongoing team support'),
      summary: L('Un ciclo corto que se repite a lo largo del programa.', 'A short cycle repeated throughout the programme.'),
    },
  ],
  sessions: linkNext(sessions),
}
