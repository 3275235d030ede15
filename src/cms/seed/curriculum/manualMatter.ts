/**
 * The demo manual's front matter and glossary, in Spanish and English. Chapters without a track
 * are the programme's (printed in both tracks' manuals); the ground rules and the partner-safety
 * chapter differ between the women's, the men's and the facilitators' support track. The order numbers interleave both.
 *
 * Written after the INSP programme's manual for programme leads and the Respect Standard's
 * minimum elements (see /work/shared/domain/BRIEF.md): separate groups, trained facilitators,
 * safety of women and children first, risk assessment and referral, a coordinated response. It
 * is demo text, not clinical guidance: a programme replaces it with its own protocols.
 */
import type { ManualChapterKind } from '@/core/releases/manualMatter'

import type { Localized, SeedTrack } from './types'

export interface SeedChapter {
  /** Absent: the programme's chapter, printed in every track's manual. */
  trackKey?: SeedTrack['key']
  kind: ManualChapterKind
  order: number
  title: Localized<string>
  /** Paragraphs; a line starting with "- " is a bullet item. */
  body: Localized<string[]>
}

export interface SeedGlossaryTerm {
  trackKey?: SeedTrack['key']
  term: Localized<string>
  /** For facilitators (the manual). */
  definition: Localized<string>
  /** In plain words for participants (the workbook); absent: facilitator-only term. */
  participantDefinition?: Localized<string>
}

export const manualChapters: SeedChapter[] = [
  {
    kind: 'introduction',
    order: 1,
    title: { es: 'Introducción al programa', en: 'Introduction to the programme' },
    body: {
      es: [
        'Este manual acompaña a los equipos que facilitan los grupos de reeducación para mujeres que vivieron violencia de pareja y para hombres que la ejercieron. Los grupos son separados, semanales, de dos horas y media, y se conducen con técnicas reflexivas y participativas sobre igualdad de género.',
        'La prioridad del programa es la seguridad de las mujeres, de sus hijas e hijos. Todo lo que ocurre en un grupo se valora con esa pregunta: ¿esto aumenta o disminuye la seguridad de alguien?',
        'Cada sesión trae su agenda con tiempos, las instrucciones paso a paso, las notas de seguridad y las hojas de trabajo. Los capítulos que siguen describen lo que vale para todas las sesiones: la metodología, el equipo, el encuadre, las condiciones antes de cada sesión, los registros, el contacto de seguridad y la valoración de riesgo y canalización.',
      ],
      en: [
        'This manual accompanies the teams who facilitate the re-education groups for women who lived through intimate partner violence and for men who used it. Groups are separate, weekly, two and a half hours long, and run with reflective, participatory techniques on gender equality.',
        'The programme’s first priority is the safety of women and of their children. Everything that happens in a group is weighed with one question: does this make anyone more or less safe?',
        'Each session comes with its timed agenda, step-by-step instructions, safety notes and handouts. The chapters that follow describe what holds for every session: the method, the team, the ground rules, the conditions before each session, record keeping, the safety contact, and risk assessment and referral.',
      ],
    },
  },
  {
    kind: 'methodology',
    order: 2,
    title: { es: 'Metodología', en: 'Methodology' },
    body: {
      es: [
        'El trabajo es grupal, reflexivo y participativo: se parte de la experiencia de las personas, se analiza con perspectiva de género y se vuelve a la vida cotidiana con un compromiso concreto.',
        '- Registro de entrada: cada persona dice cómo llega y cómo le fue con la tarea.',
        '- Trabajo temático: una dinámica, una viñeta en video o un juego de roles sobre el tema de la sesión.',
        '- Reflexión: preguntas abiertas; nadie está obligado a contar lo que no quiere.',
        '- Tarea y cierre: un paso concreto para la semana y una ronda breve de salida.',
        'Los tiempos de la agenda suman 150 minutos. Si una actividad se alarga, acorte la siguiente, nunca el cierre: el cierre es donde se detecta a quien sale mal.',
      ],
      en: [
        'The work is group-based, reflective and participatory: it starts from people’s experience, looks at it through a gender lens, and returns to daily life with a concrete commitment.',
        '- Check-in: each person says how they arrive and how the homework went.',
        '- Theme work: an exercise, a video vignette or a role-play on the session’s theme.',
        '- Reflection: open questions; nobody has to tell what they do not want to tell.',
        '- Homework and closing: one concrete step for the week and a short closing round.',
        'The agenda’s times add up to 150 minutes. If an activity runs long, shorten the next one, never the closing: the closing is where you notice who leaves in a bad way.',
      ],
    },
  },
  {
    kind: 'facilitator-profile',
    order: 3,
    title: { es: 'Perfil de facilitación y equipo', en: 'Facilitator profile and team' },
    body: {
      es: [
        'Cada grupo lo conducen dos personas capacitadas en el programa, con formación en violencia de género y trabajo grupal. En los grupos de mujeres facilitan mujeres. En los de hombres, de preferencia un hombre y una mujer, que muestran con su trato una relación de igualdad.',
        'Quien facilita no es terapeuta del grupo ni juez: escucha, hace preguntas, señala la violencia sin humillar y no se pone del lado de nadie contra la pareja ausente.',
        'El equipo estatal es multidisciplinario (psicología, trabajo social, salud, derecho) y se reúne al menos una vez al mes para supervisión y cuidado del equipo. Quien facilita también necesita espacio para lo que escucha.',
      ],
      en: [
        'Each group is run by two people trained in the programme, with training in gender-based violence and group work. Women facilitate the women’s groups. Men’s groups are best run by a man and a woman who show an equal relationship in how they treat each other.',
        'A facilitator is neither the group’s therapist nor a judge: they listen, ask questions, name violence without humiliating anyone, and never side with anyone against the absent partner.',
        'The state team is multidisciplinary (psychology, social work, health, law) and meets at least once a month for supervision and team care. Facilitators also need room for what they hear.',
      ],
    },
  },
  {
    trackKey: 'women',
    kind: 'ground-rules',
    order: 4,
    title: { es: 'Encuadre del grupo de mujeres', en: 'Ground rules of the women’s group' },
    body: {
      es: [
        'El encuadre se acuerda en la primera sesión y se recuerda cuando alguien se integra al grupo:',
        '- Lo que se dice en el grupo se queda en el grupo. La confidencialidad tiene un límite: si hay riesgo para la vida de alguien o para niñas y niños, el equipo actúa, y lo dice.',
        '- Cada mujer decide qué cuenta y cuándo. Nadie pregunta por detalles de la violencia vivida.',
        '- Se escucha sin juzgar ni aconsejar a las demás.',
        '- Puntualidad, teléfono en silencio, avisar si no se puede venir.',
        '- Ninguna participante está obligada a denunciar ni a separarse: el grupo acompaña sus decisiones.',
      ],
      en: [
        'The ground rules are agreed in the first session and recalled whenever someone joins the group:',
        '- What is said in the group stays in the group. Confidentiality has one limit: if someone’s life or a child is at risk, the team acts, and says so.',
        '- Each woman decides what she tells and when. Nobody asks for details of the violence she lived through.',
        '- We listen without judging or advising one another.',
        '- Be on time, phones on silent, let us know if you cannot come.',
        '- No participant has to report or to leave her partner: the group supports her decisions.',
      ],
    },
  },
  {
    trackKey: 'men',
    kind: 'ground-rules',
    order: 4,
    title: { es: 'Encuadre del grupo de hombres', en: 'Ground rules of the men’s group' },
    body: {
      es: [
        'El encuadre se acuerda en la primera sesión y se repasa cada vez que un hombre se integra (los grupos suelen ser abiertos):',
        '- Cada hombre habla de su propia conducta, en primera persona. No se habla de la pareja para culparla.',
        '- Dentro y fuera del grupo: cero violencia. Un hecho de violencia durante el programa se informa al equipo y se revisa el plan de seguridad.',
        '- La confidencialidad tiene límites que se explican desde el inicio: riesgo para la pareja, para niñas y niños, o una orden judicial.',
        '- La asistencia se registra; en participación por mandato judicial, el equipo informa asistencia, no el contenido de lo dicho.',
        '- Sin alcohol ni drogas. Quien llega bajo sus efectos no entra a la sesión.',
      ],
      en: [
        'The ground rules are agreed in the first session and gone over whenever a man joins (groups are often open):',
        '- Each man talks about his own behaviour, in the first person. The partner is not discussed to blame her.',
        '- Inside and outside the group: no violence. An act of violence during the programme is reported to the team and the safety plan is reviewed.',
        '- Confidentiality has limits explained from the start: risk to the partner or to children, or a court order.',
        '- Attendance is recorded; for court-mandated participants the team reports attendance, not what was said.',
        '- No alcohol or drugs. A man who arrives under their influence does not join the session.',
      ],
    },
  },
  {
    trackKey: 'facilitators',
    kind: 'ground-rules',
    order: 4,
    title: { es: 'Encuadre de las sesiones de apoyo', en: 'Ground rules of the support sessions' },
    body: {
      es: [
        'Las sesiones de apoyo son para el equipo, no para evaluar a nadie:',
        '- Nadie nombra a una participante, a su pareja ni ningún dato que permita reconocerlas: se habla de «una participante del grupo de los martes».',
        '- Lo que cada integrante cuenta de sí se queda en el equipo; no llega a la coordinación como evaluación.',
        '- Un riesgo inmediato para una mujer o sus hijas e hijos interrumpe la sesión: se aplica el protocolo de riesgo ese mismo día.',
        '- Nadie está obligado a hablar de lo que le afecta; quien lo necesite recibe apoyo psicológico fuera del equipo.',
      ],
      en: [
        'Support sessions are for the team, not to assess anyone:',
        '- Nobody names a participant, her partner or any detail that would let someone recognise them: we speak of “a participant in the Tuesday group”.',
        '- What each member says about themselves stays within the team; it does not reach the coordination as an assessment.',
        '- An immediate risk to a woman or her children interrupts the session: the risk protocol is applied that same day.',
        '- Nobody has to talk about what affects them; whoever needs it gets psychological support outside the team.',
      ],
    },
  },
  {
    kind: 'session-conditions',
    order: 5,
    title: { es: 'Condiciones antes de cada sesión', en: 'Conditions before each session' },
    body: {
      es: [
        'Antes de abrir la sesión, el equipo comprueba:',
        '- Un lugar privado, accesible, sin personas ajenas al grupo, donde no se escuche desde fuera.',
        '- El material de la sesión (hojas fotocopiadas, rotafolio, el video con subtítulos probado en el equipo disponible).',
        '- El directorio de servicios actualizado y los teléfonos de emergencia a la mano.',
        '- Quién atiende una crisis si una participante necesita salir: una de las dos personas facilitadoras se queda con el grupo.',
        '- Quince minutos de preparación en pareja facilitadora para repasar la agenda y lo que pasó en la sesión anterior.',
      ],
      en: [
        'Before opening the session, the team checks:',
        '- A private, accessible room, with nobody from outside the group, where nothing can be overheard.',
        '- The session’s material (photocopied handouts, flip chart, the captioned video tested on the equipment at hand).',
        '- An up-to-date services directory and emergency numbers at hand.',
        '- Who attends to a crisis if a participant needs to step out: one of the two facilitators stays with the group.',
        '- Fifteen minutes of preparation as a pair to go over the agenda and what happened in the previous session.',
      ],
    },
  },
  {
    kind: 'record-keeping',
    order: 6,
    title: { es: 'Registros', en: 'Record keeping' },
    body: {
      es: [
        'Se registran datos agregados del grupo: sesiones impartidas, asistencias por sesión, incidentes de seguridad y canalizaciones realizadas. Estos datos alimentan los indicadores estatales (tamizajes, aceptación, adherencia por número de sesiones).',
        'Los expedientes individuales se guardan según los lineamientos de la institución, bajo llave o en un sistema con acceso restringido, nunca en los materiales del grupo ni en esta plataforma. Reeduca guarda el currículo, no datos personales de participantes.',
        'Compartir información de una mujer con cualquier otra instancia requiere su consentimiento informado, salvo riesgo para la vida.',
      ],
      en: [
        'The group’s data are recorded in aggregate: sessions delivered, attendance per session, safety incidents and referrals made. These feed the state indicators (screenings, acceptance, adherence by number of sessions attended).',
        'Individual case files are kept as the institution’s rules require, locked away or in a system with restricted access, never in group materials or on this platform. Reeduca stores the curriculum, not participants’ personal data.',
        'Sharing a woman’s information with any other agency requires her informed consent, unless a life is at risk.',
      ],
    },
  },
  {
    trackKey: 'women',
    kind: 'partner-safety',
    order: 7,
    title: { es: 'Seguridad de las participantes y plan de seguridad', en: 'Participants’ safety and safety planning' },
    body: {
      es: [
        'El equipo nunca contacta a la pareja de una participante ni confirma a nadie que ella asiste al grupo. Los avisos y recordatorios se acuerdan con ella: por qué medio, a qué hora y con qué palabras, para que un mensaje no la ponga en riesgo.',
        'En la primera sesión y cada vez que cambie su situación, se ofrece a cada mujer elaborar un plan de seguridad personal: a quién llamar, dónde ir, qué documentos tener a la mano. El plan es de ella y se guarda donde ella decida.',
        'Si su pareja asiste al grupo de hombres, lo que ella diga nunca se lleva a ese grupo.',
      ],
      en: [
        'The team never contacts a participant’s partner and never confirms to anyone that she attends the group. Notices and reminders are agreed with her: which channel, what time and what words, so that no message puts her at risk.',
        'In the first session, and whenever her situation changes, each woman is offered a personal safety plan: whom to call, where to go, which documents to keep at hand. The plan is hers and is kept wherever she decides.',
        'If her partner attends the men’s group, nothing she says is ever taken to that group.',
      ],
    },
  },
  {
    trackKey: 'men',
    kind: 'partner-safety',
    order: 7,
    title: { es: 'Contacto de seguridad con la pareja', en: 'Partner-safety contact' },
    body: {
      es: [
        'Junto al grupo de hombres funciona un servicio de apoyo para las parejas y exparejas, a cargo de otra persona del equipo. Con el consentimiento de ella, se le informa qué es el programa y qué no puede prometer, y se le ofrece plan de seguridad y canalización.',
        'Lo que la pareja cuenta nunca se usa en el grupo ni se le comenta al participante. Si ella informa de violencia o de riesgo, el equipo valora el riesgo y actúa, cuidando que él no sepa que la información vino de ella.',
        'Que un hombre asista al grupo no es prueba de que ella esté segura: dígalo así a la pareja y a las instancias que pregunten.',
      ],
      en: [
        'Alongside the men’s group runs a support service for partners and ex-partners, led by another team member. With her consent, she is told what the programme is and what it cannot promise, and is offered a safety plan and referral.',
        'What the partner says is never used in the group or mentioned to the participant. If she reports violence or risk, the team assesses the risk and acts, making sure he does not learn the information came from her.',
        'A man attending the group is no proof that she is safe: say so to the partner and to any agency that asks.',
      ],
    },
  },
  {
    trackKey: 'facilitators',
    kind: 'partner-safety',
    order: 7,
    title: { es: 'La seguridad de las participantes en la discusión de casos', en: 'Participants’ safety in case discussion' },
    body: {
      es: [
        'Discutir una situación nunca justifica exponer a quien la vive. En una comunidad pequeña un detalle basta para reconocer a alguien: se quitan nombres, lugares, edades exactas y todo lo poco común antes de presentar.',
        'Nada de lo discutido se escribe con datos que identifiquen; la bitácora de seguimiento usa códigos. Lo que una mujer dijo en su grupo nunca llega al grupo de hombres, tampoco por medio de la supervisión.',
      ],
      en: [
        'Discussing a situation never justifies exposing the person living it. In a small community one detail is enough to recognise someone: names, places, exact ages and anything unusual are removed before presenting.',
        'Nothing discussed is written down with identifying details; the follow-up log uses codes. What a woman said in her group never reaches the men’s group, not through supervision either.',
      ],
    },
  },
  {
    kind: 'risk-referral',
    order: 8,
    title: { es: 'Valoración de riesgo y canalización', en: 'Risk assessment and referral' },
    body: {
      es: [
        'El riesgo se valora al ingreso y se revisa cuando algo cambia: una separación, un embarazo, una denuncia, amenazas de muerte, acceso a armas, intentos de estrangulamiento, consumo que aumenta, una orden de protección que no se respeta. Estas señales se toman en serio siempre, aunque la persona les reste importancia.',
        '- Riesgo alto o inmediato: detenga la actividad, atienda a la persona aparte con una de las facilitadoras, llame a emergencias (911) si hay peligro para la vida y acompañe la canalización el mismo día.',
        '- Riesgo moderado: revise el plan de seguridad y canalice a un servicio especializado del directorio, con una cita concreta.',
        '- Crisis emocional o ideas de suicidio: no deje sola a la persona y canalice a atención en salud mental.',
        'Quien no es elegible para el grupo (en crisis, bajo efectos de sustancias, con un trastorno que le impida participar) se canaliza a los servicios del directorio al final de este manual. Registre cada canalización y su seguimiento, sin nombres en los materiales del grupo.',
      ],
      en: [
        'Risk is assessed at intake and reviewed whenever something changes: a separation, a pregnancy, a police report, death threats, access to weapons, attempted strangulation, increasing substance use, a protection order that is not respected. Take these signs seriously every time, even when the person plays them down.',
        '- High or immediate risk: stop the activity, see the person apart with one facilitator, call emergency services (911) if a life is in danger, and accompany the referral the same day.',
        '- Moderate risk: review the safety plan and refer to a specialised service from the directory, with a concrete appointment.',
        '- Emotional crisis or suicidal thoughts: do not leave the person alone and refer to mental health care.',
        'Anyone not eligible for the group (in crisis, under the influence, with a condition that keeps them from taking part) is referred to the services in the directory at the end of this manual. Record every referral and its follow-up, without names in group materials.',
      ],
    },
  },
]

export const glossaryTerms: SeedGlossaryTerm[] = [
  {
    term: { es: 'Violencia de pareja', en: 'Intimate partner violence' },
    definition: {
      es: 'Conducta de una pareja o expareja que causa daño físico, sexual, psicológico o económico, incluidos el control y las amenazas. Suele ser un patrón, no un hecho aislado.',
      en: 'Behaviour by a partner or ex-partner that causes physical, sexual, psychological or economic harm, including control and threats. It is usually a pattern, not a one-off.',
    },
    participantDefinition: {
      es: 'Cuando tu pareja o expareja te lastima, te amenaza o te controla.',
      en: 'When your partner or ex-partner hurts you, threatens you or controls you.',
    },
  },
  {
    term: { es: 'Violencia psicológica', en: 'Psychological violence' },
    definition: {
      es: 'Insultos, humillaciones, celos, aislamiento, amenazas y control que dañan la autoestima y la libertad de la otra persona.',
      en: 'Insults, humiliation, jealousy, isolation, threats and control that damage the other person’s self-esteem and freedom.',
    },
    participantDefinition: {
      es: 'Cuando te insultan, te humillan, te celan o no te dejan ver a tu familia.',
      en: 'When someone insults you, puts you down, is jealous or keeps you from your family.',
    },
  },
  {
    term: { es: 'Violencia económica', en: 'Economic violence' },
    definition: {
      es: 'Controlar el dinero, el trabajo o los bienes de la pareja: impedirle trabajar, quitarle su salario, negarle el gasto o esconder los bienes comunes.',
      en: 'Controlling a partner’s money, work or property: keeping her from working, taking her wages, withholding housekeeping money or hiding shared property.',
    },
    participantDefinition: {
      es: 'Cuando alguien te quita o controla tu dinero, o no te deja trabajar.',
      en: 'When someone takes or controls your money, or will not let you work.',
    },
  },
  {
    term: { es: 'Violencia sexual', en: 'Sexual violence' },
    definition: {
      es: 'Cualquier acto sexual sin consentimiento libre, también dentro del matrimonio o la pareja, incluida la presión, el chantaje y negarse a usar protección.',
      en: 'Any sexual act without free consent, also within marriage or a relationship, including pressure, blackmail and refusing protection.',
    },
    participantDefinition: {
      es: 'Cuando te obligan o te presionan a algo sexual que no quieres. También en pareja.',
      en: 'When you are forced or pushed into something sexual you do not want. In a couple too.',
    },
  },
  {
    term: { es: 'Encuadre', en: 'Ground rules (encuadre)' },
    definition: {
      es: 'Acuerdos explícitos que enmarcan el trabajo del grupo (confidencialidad y sus límites, puntualidad, respeto, cero violencia); se acuerdan en la primera sesión y se repasan con cada ingreso.',
      en: 'Explicit agreements that frame the group’s work (confidentiality and its limits, punctuality, respect, no violence); agreed in the first session and gone over with each new member.',
    },
    participantDefinition: {
      es: 'Las reglas que acordamos en el grupo para sentirnos con confianza.',
      en: 'The rules we agree on as a group so that we can trust each other.',
    },
  },
  {
    term: { es: 'Canalización', en: 'Referral' },
    definition: {
      es: 'Enviar a una persona, con su acuerdo y con una cita concreta, a un servicio especializado (refugio, asesoría legal, salud, atención psicológica); incluye dar seguimiento.',
      en: 'Sending a person, with their agreement and a concrete appointment, to a specialised service (shelter, legal aid, health, psychological support); includes following up.',
    },
    participantDefinition: {
      es: 'Cuando el equipo te ayuda a llegar a otro lugar que te puede apoyar.',
      en: 'When the team helps you reach another place that can support you.',
    },
  },
  {
    term: { es: 'Plan de seguridad', en: 'Safety plan' },
    definition: {
      es: 'Plan personal, elaborado con la mujer, de qué hacer ante un riesgo: a quién llamar, a dónde ir, qué documentos y objetos tener listos. Se revisa cuando cambia su situación.',
      en: 'A personal plan, made with the woman, of what to do when at risk: whom to call, where to go, which documents and belongings to have ready. Reviewed when her situation changes.',
    },
    participantDefinition: {
      es: 'Tu plan de qué hacer y a quién llamar si estás en peligro.',
      en: 'Your plan for what to do and whom to call if you are in danger.',
    },
  },
  {
    term: { es: 'Valoración de riesgo', en: 'Risk assessment' },
    definition: {
      es: 'Revisión estructurada de las señales de riesgo de violencia grave o letal (amenazas de muerte, armas, estrangulamiento, separación reciente, escalada); se hace al ingreso y cuando algo cambia.',
      en: 'A structured review of the signs of serious or lethal violence (death threats, weapons, strangulation, recent separation, escalation); done at intake and whenever something changes.',
    },
  },
  {
    term: { es: 'Minimización', en: 'Minimisation' },
    definition: {
      es: 'Restar gravedad a la violencia ejercida («solo fue un empujón», «ella exagera»). Se señala sin humillar, pidiendo describir los hechos y sus efectos.',
      en: 'Playing down the violence used (“it was only a push”, “she exaggerates”). Name it without humiliating, asking for the facts and their effects.',
    },
  },
  {
    trackKey: 'women',
    term: { es: 'Empoderamiento', en: 'Empowerment' },
    definition: {
      es: 'Proceso por el que una mujer recupera el control sobre sus decisiones, su cuerpo, su dinero y su tiempo, y reconoce sus derechos.',
      en: 'The process by which a woman regains control over her decisions, body, money and time, and recognises her rights.',
    },
    participantDefinition: {
      es: 'Sentir y saber que tú decides sobre tu vida.',
      en: 'Feeling and knowing that you decide about your own life.',
    },
  },
  {
    trackKey: 'women',
    term: { es: 'Orden de protección', en: 'Protection order' },
    definition: {
      es: 'Medida urgente que dicta una autoridad para proteger a una mujer en riesgo (por ejemplo, que el agresor no se acerque). Se tramita sin necesidad de una denuncia previa en muchos estados; oriente con asesoría legal.',
      en: 'An urgent measure an authority issues to protect a woman at risk (for example, ordering the aggressor to stay away). In many states it can be requested without a prior police report; refer to legal aid for guidance.',
    },
    participantDefinition: {
      es: 'Una orden de la autoridad para que quien te hace daño no se te acerque.',
      en: 'An order from the authorities so that the person hurting you stays away.',
    },
  },
  {
    trackKey: 'men',
    term: { es: 'Bitácora de control', en: 'Control log' },
    definition: {
      es: 'Herramienta central del grupo de hombres: describe un hecho de control o violencia, las intenciones, la minimización, los antecedentes y las conductas alternativas posibles.',
      en: 'The men’s group’s core tool: it describes an act of control or violence, the intentions, the minimisation, the history and possible alternative behaviours.',
    },
    participantDefinition: {
      es: 'Una hoja donde escribes lo que hiciste, para qué, y qué podrías hacer distinto.',
      en: 'A sheet where you write what you did, what for, and what you could do differently.',
    },
  },
  {
    trackKey: 'men',
    term: { es: 'Tiempo fuera', en: 'Time-out' },
    definition: {
      es: 'Técnica para detener una escalada: retirarse, avisando antes y sin amenazar, un tiempo acordado, y volver a hablar con calma. No sustituye el trabajo sobre el control ni se usa para castigar con silencio.',
      en: 'A technique to stop an escalation: leaving for an agreed time, saying so first and without threats, and coming back to talk calmly. It does not replace work on control and is never used as silent punishment.',
    },
    participantDefinition: {
      es: 'Salir un rato para calmarte, avisando, antes de lastimar a alguien, y volver a hablar con calma.',
      en: 'Stepping away for a while to calm down, saying so, before you hurt someone, then coming back to talk calmly.',
    },
  },
  {
    trackKey: 'men',
    term: { es: 'Masculinidades', en: 'Masculinities' },
    definition: {
      es: 'Las formas aprendidas de «ser hombre» en una cultura; el programa cuestiona las que justifican el control y la violencia y propone otras basadas en la igualdad.',
      en: 'The learned ways of “being a man” in a culture; the programme questions those that justify control and violence and proposes others based on equality.',
    },
    participantDefinition: {
      es: 'Las ideas que aprendimos sobre cómo «debe ser» un hombre, y que podemos cambiar.',
      en: 'The ideas we learned about how a man “should be”, which we can change.',
    },
  },
  {
    trackKey: 'facilitators',
    term: { es: 'Trauma vicario', en: 'Vicarious trauma' },
    definition: {
      es: 'Los cambios en la forma de sentir y de ver el mundo de quien escucha relatos de violencia de manera repetida: pensamientos intrusivos, hipervigilancia, cinismo. Es una respuesta esperable al trabajo, no una falla personal.',
      en: 'Changes in how someone who repeatedly hears accounts of violence feels and sees the world: intrusive thoughts, hypervigilance, cynicism. An expected response to the work, not a personal failing.',
    },
  },
  {
    trackKey: 'facilitators',
    term: { es: 'Colusión', en: 'Collusion' },
    definition: {
      es: 'Cuando el equipo, sin querer, refuerza la minimización o la culpa (reírse de un chiste, aceptar «ella me provocó»). Se previene con señales acordadas entre cofacilitadores y con supervisión.',
      en: 'When the team unintentionally reinforces minimising or blaming (laughing at a joke, accepting “she provoked me”). Prevented with signals agreed between co-facilitators and with supervision.',
    },
  },
]
