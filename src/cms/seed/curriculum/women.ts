/**
 * Demo curriculum: the women survivors’ track (25 weekly group sessions of 150 minutes).
 * Written for the Reeduca demo in the spirit of the INSP re-education manual (2010); it is not a copy
 * of that manual. Facilitator instructions and safety notes are facilitator-only; participant
 * content and handouts are written for the women in the group.
 */
import type { Localized, SeedActivity, SeedHandout, SeedSession, SeedTrack } from './types'
import { act, handout, L, linkNext, P, type Pair } from './builders'


/** Opening round with a session-specific question. */
function checkIn(minutes: number, question: Pair, watch?: Pair): SeedActivity {
  return act(
    'checkIn',
    minutes,
    L('Bienvenida y ronda de inicio', 'Welcome and opening round'),
    P(
      [
        'Acomode las sillas en círculo antes de que lleguen las participantes y reciba a cada una por el nombre que eligió. Pegue a la vista el cartel de acuerdos del grupo y lea en voz alta dos de ellos: lo que se dice aquí se queda aquí, y cada una habla por sí misma.',
        'Set the chairs in a circle before participants arrive and greet each woman by the name she chose. Put the poster of group agreements where everyone can see it and read two of them aloud: what is said here stays here, and each woman speaks for herself.',
      ],
      [
        `Abra una ronda: cada participante responde en una o dos frases a la pregunta «${question[0]}». Si hubo tarea, pregunte en general cómo les fue; nadie tiene que mostrarla. Quien no quiera hablar puede decir «paso». Cuide que la ronda no pase de ${minutes} minutos: agradezca y avance aunque no todas hayan hablado largo.`,
        `Open a round: each participant answers the question “${question[1]}” in one or two sentences. If there was homework, ask in general how it went; nobody has to show it. Anyone may say “pass”. Keep the round within ${minutes} minutes: thank the group and move on even if not everyone has said much.`,
      ],
      watch ?? [
        'Observe, sin comentarlo frente al grupo, quién llega muy alterada, con prisa por irse, con lesiones visibles o mirando con frecuencia el teléfono. Anote para usted a quién buscará en privado al terminar la sesión.',
        'Without commenting in front of the group, notice who arrives very distressed, in a hurry to leave, with visible injuries or checking her phone often. Make a private note of whom you will approach at the end of the session.',
      ],
    ),
    P(
      [`Para empezar, piensa en esta pregunta: ${question[0]}`, `To begin, think about this question: ${question[1]}`],
      [
        'Puedes responder con pocas palabras o decir «paso». Lo que se comparte en el grupo se queda en el grupo.',
        'You can answer in a few words or say “pass”. What is shared in the group stays in the group.',
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
        `Anuncie una pausa de ${minutes} minutos y la hora exacta de regreso. Tenga agua, café o té y algo ligero de comer. Si hay niñas y niños en el espacio de cuidado, pase a verificar que todo esté en orden.`,
        `Announce a ${minutes}-minute break and the exact time to come back. Have water, coffee or tea and a light snack ready. If there are children in the childcare space, go and check that all is well.`,
      ],
      [
        'Quédese en la sala o cerca de la puerta. En la pausa algunas participantes se acercan a contar algo en privado: escuche, agradezca la confianza y, si hay señales de riesgo, acuerden hablar con calma al terminar la sesión.',
        'Stay in the room or near the door. During the break some participants come over to say something privately: listen, thank them for their trust and, if there are signs of danger, agree to talk calmly at the end of the session.',
      ],
    ),
    P([
      `Tómate un descanso de ${minutes} minutos: estírate, toma agua o sal a tomar aire. Si quieres hablar con la facilitadora en privado, puedes acercarte.`,
      `Take a ${minutes}-minute break: stretch, have some water or get some fresh air. If you would like to talk to the facilitator privately, you can come over.`,
    ]),
  )
}

/** Quiet personal reflection with a session-specific prompt. */
function reflection(minutes: number, title: Pair, prompt: Pair, share?: Pair): SeedActivity {
  return act(
    'reflection',
    minutes,
    L(title[0], title[1]),
    P(
      [
        'Pida unos minutos de silencio y lea despacio la pregunta de reflexión dos veces. Reparta hojas y lápices; aclare que se puede escribir, dibujar o solo pensar, y que nadie revisará lo que escriban.',
        'Ask for a few minutes of silence and read the reflection question slowly, twice. Hand out paper and pencils; make clear that people can write, draw or just think, and that nobody will look at what they write.',
      ],
      share ?? [
        'Al final invite a dos o tres voluntarias a compartir una frase. No insista con nadie. Cierre resumiendo en una oración lo que escuchó, sin juzgar ni corregir.',
        'At the end invite two or three volunteers to share one sentence. Do not press anyone. Close by summing up in one sentence what you heard, without judging or correcting.',
      ],
    ),
    P(prompt, [
      'Puedes escribir, dibujar o solo pensarlo. Nadie tiene que compartir si no quiere.',
      'You can write, draw or just think about it. Nobody has to share unless she wants to.',
    ]),
  )
}

/** Take-home task, with the reminder that paper at home may not be safe. */
function homework(minutes: number, sheet: Pair, task: Pair): SeedActivity {
  return act(
    'homework',
    minutes,
    L('Tarea para la semana', 'Task for the week'),
    P(
      [
        `Entregue la hoja «${sheet[0]}» y explique la tarea con un ejemplo propio. Aclare que no se califica y que en la próxima ronda solo se preguntará, en general, cómo les fue.`,
        `Hand out the sheet “${sheet[1]}” and explain the task with an example of your own. Make clear that it is not marked and that the next opening round will only ask, in general, how it went.`,
      ],
      [
        'Recuerde al grupo, sin señalar a nadie, que si llevar papeles a casa no es seguro pueden dejar la hoja en el centro o hacer la tarea de memoria.',
        'Remind the group, without singling anyone out, that if taking papers home is not safe they can leave the sheet at the centre or do the task from memory.',
      ],
    ),
    P(task, [
      'Si llevar papeles a casa no es seguro para ti, puedes dejar la hoja aquí y hacer el ejercicio solo en tu mente.',
      'If taking papers home is not safe for you, you can leave the sheet here and do the exercise in your head.',
    ]),
  )
}

/** Standing closing circle. "{next}" becomes the next session’s title. */
function closing(minutes: number, prompt: Pair): SeedActivity {
  return act(
    'closing',
    minutes,
    L('Círculo de cierre', 'Closing circle'),
    P(
      [
        `Forme un círculo de pie. Pida a cada participante que responda con una palabra o una frase corta: ${prompt[0]} Empiece usted para dar el ejemplo.`,
        `Form a standing circle. Ask each participant to answer with one word or a short phrase: ${prompt[1]} Go first to set the example.`,
      ],
      [
        'Anuncie la fecha y el tema de la próxima sesión, «{next}». Recuerde que en una emergencia pueden llamar al 911 y que el directorio de servicios está disponible en la sala. Sugiera salir en grupos pequeños si alguna teme que la esperen afuera.',
        'Announce the date and topic of the next session, “{next}”. Remind the group that in an emergency they can call 911 and that the directory of services is available in the room. Suggest leaving in small groups if anyone fears being waited for outside.',
      ],
      [
        'Quédese diez minutos después del cierre para conversaciones privadas. Registre solo la asistencia, sin apuntar datos personales ni relatos.',
        'Stay ten minutes after closing for private conversations. Record attendance only, without writing down personal details or stories.',
      ],
    ),
    P([prompt[0], prompt[1]], ['La próxima vez: «{next}». Si necesitas ayuda urgente, llama al 911.', 'Next time: “{next}”. If you need urgent help, call 911.']),
  )
}

/** Short video vignette: the scene (facilitator-only summary), the questions, and a session-specific tip. */
function vignette(minutes: number, title: Pair, scene: Pair, questions: Pair, tip: Pair): SeedActivity {
  return act(
    'videoVignette',
    minutes,
    L(`Viñeta: «${title[0]}»`, `Vignette: “${title[1]}”`),
    P(
      [`Presente la viñeta (unos cuatro minutos). ${scene[0]}`, `Introduce the vignette (about four minutes). ${scene[1]}`],
      [
        `Proyéctela una vez completa; si no hay proyector o electricidad, lea el guion impreso con dos voluntarias. Después haga las preguntas en este orden y anote las respuestas en el papelógrafo: ${questions[0]}`,
        `Play it once all the way through; if there is no projector or electricity, read the printed script with two volunteers. Then ask the questions in this order and write the answers on the flip chart: ${questions[1]}`,
      ],
      tip,
    ),
    P([`Mira el video con atención. Después piensa: ${questions[0]}`, `Watch the video carefully. Then think: ${questions[1]}`]),
  )
}

/** Role-play in threes with an observer, ending by stepping out of role. */
function rolePlay(minutes: number, title: Pair, scenes: Pair, focus: Pair, participant: Pair): SeedActivity {
  return act(
    'rolePlay',
    minutes,
    L(title[0], title[1]),
    P(
      [`Forme tríos: una participante actúa su propio papel, otra hace el papel contrario y la tercera observa. Escenas: ${scenes[0]}`, `Form groups of three: one participant plays herself, another plays the other person and the third observes. Scenes: ${scenes[1]}`],
      [
        'Cada escena dura cuatro minutos; la observadora anota qué funcionó. Rote los papeles para que todas practiquen. Al terminar, pida a cada una que «salga del papel»: sacudir las manos y decir su propio nombre en voz alta.',
        'Each scene lasts four minutes; the observer notes what worked. Rotate roles so that everyone practises. At the end, ask each woman to “step out of role”: shake out her hands and say her own name aloud.',
      ],
      focus,
    ),
    P(participant, [
      'Es una práctica: puedes detenerte, repetir o cambiar de papel cuando quieras.',
      'This is practice: you can stop, start again or change roles whenever you like.',
    ]),
  )
}

/** The referral protocol every safety note ends with. */
const PROTOCOL: Pair = [
  'Protocolo: ante una amenaza reciente con arma, un intento de estrangulamiento, amenazas de muerte contra ella o sus hijas e hijos, violencia cada vez más frecuente o grave, o una separación reciente con acoso, detenga con suavidad el relato en grupo, agradezca la confianza y acuerde hablar en privado al terminar. Aplique la valoración de riesgo, elaboren un plan de seguridad inmediato y, con su consentimiento, haga la canalización del protocolo de referencia (911 en emergencia; refugio o centro de justicia del directorio). Informe a la coordinación el mismo día y no registre datos que la identifiquen en materiales compartidos.',
  'Protocol: if a woman mentions a recent threat with a weapon, an attempt at strangulation, death threats against her or her children, violence that is becoming more frequent or severe, or a recent separation with stalking, gently pause her account in the group, thank her for her trust and agree to talk privately at the end. Carry out the risk assessment, make an immediate safety plan together and, with her consent, make the referral set out in the referral protocol (911 in an emergency; a shelter or justice centre from the directory). Inform the coordinator the same day and do not record anything that identifies her in shared materials.',
]

function safety(...specific: Pair[]): Localized<string[]> {
  return P(...specific, PROTOCOL)
}

const sessions: SeedSession[] = [
  // ───────────── Module 1: Encuadre y primeros pasos ─────────────
  {
    number: 1,
    moduleKey: 'inicio',
    title: L('Bienvenida: conocernos y construir nuestros acuerdos', 'Welcome: getting to know each other and making our agreements'),
    summary: L(
      'Nos conocemos, vemos cómo funciona el grupo y acordamos juntas las reglas que nos ayudarán a sentirnos seguras. Hablamos de lo que esperamos de estas 25 sesiones.',
      'We get to know each other, see how the group works and agree together on the rules that will help us feel safe. We talk about what we hope for from these 25 sessions.',
    ),
    objectives: [
      L('Conocer a las compañeras, a la facilitadora y el propósito del programa.', 'Meet the other women and the facilitator, and learn what the programme is for.'),
      L('Construir juntas los acuerdos del grupo (encuadre): confidencialidad y sus límites, respeto, puntualidad y derecho a no hablar.', 'Build the group agreements together: confidentiality and its limits, respect, punctuality and the right not to speak.'),
      L('Expresar las expectativas y los temores con que llegamos.', 'Voice the hopes and fears we arrive with.'),
    ],
    activities: [
      checkIn(20, ['¿Con qué nombre quieres que te llamemos aquí y qué te animó a venir hoy?', 'What name would you like us to call you here, and what encouraged you to come today?']),
      act(
        'themeWork',
        40,
        L('¿Qué es este programa?', 'What is this programme?'),
        P(
          [
            'Explique con palabras sencillas: es un grupo de reeducación para mujeres que han vivido violencia en la pareja; son 25 sesiones semanales de dos horas y media; no es un juicio ni una terapia individual, y asistir no obliga a ninguna decisión sobre la pareja. El programa no busca que ninguna mujer se quede con su pareja ni que la deje: busca que cada una decida con información y con apoyo.',
            'Explain in simple words: this is a re-education group for women who have lived with violence from a partner; there are 25 weekly sessions of two and a half hours; it is not a trial or individual therapy, and coming does not commit anyone to any decision about her partner. The programme does not aim for any woman to stay with her partner or to leave him: it aims for each one to decide with information and support.',
          ],
          [
            'Presente el temario en un papelógrafo con dibujos sencillos por módulo (una mano abierta para «derechos», un corazón para «emociones», una casa con camino para «seguridad»). Pregunte qué tema les llama más la atención y anótelo; servirá para ajustar los ejemplos.',
            'Show the outline on a flip chart with a simple drawing for each module (an open hand for “rights”, a heart for “emotions”, a house with a path for “safety”). Ask which topic interests them most and note it down; it will help you choose examples.',
          ],
          [
            'Presente la «caja de dudas»: una caja cerrada donde pueden dejar preguntas anónimas en cualquier sesión. Responda al final de cada módulo. Deje 10 minutos para preguntas en voz alta.',
            'Introduce the “question box”: a closed box where they can leave anonymous questions at any session. Answer them at the end of each module. Leave 10 minutes for questions aloud.',
          ],
        ),
        P(
          [
            'Este es un espacio para mujeres que han vivido violencia en la pareja. Nos veremos una vez por semana durante 25 sesiones. Aquí nadie te va a juzgar ni a decir qué hacer con tu vida: vamos a pensar juntas, a aprender y a apoyarnos.',
            'This is a space for women who have lived with violence from a partner. We will meet once a week for 25 sessions. Nobody here will judge you or tell you what to do with your life: we will think together, learn and support each other.',
          ],
          [
            'Si tienes una pregunta que no quieres hacer en voz alta, escríbela y déjala en la caja de dudas. No hace falta poner tu nombre.',
            'If you have a question you would rather not ask aloud, write it down and put it in the question box. You do not need to add your name.',
          ],
        ),
      ),
      act(
        'groupDiscussion',
        40,
        L('Construimos nuestros acuerdos', 'Building our agreements'),
        P(
          [
            'Pregunte: «¿Qué necesito para sentirme segura y en confianza en este grupo?». Anote todas las propuestas en un papelógrafo con las palabras de las participantes, sin corregirlas.',
            'Ask: “What do I need to feel safe and at ease in this group?”. Write every suggestion on a flip chart in the participants’ own words, without correcting them.',
          ],
          [
            'Revise que queden incluidos estos acuerdos: confidencialidad; hablar en primera persona; escuchar sin interrumpir ni dar consejos que no se piden; derecho a decir «paso»; puntualidad; celulares en silencio; no comentar fuera del grupo las historias de otras. Explique con honestidad el límite de la confidencialidad: si la vida de una participante o de una niña o niño está en peligro, usted buscará ayuda y lo hablará antes con ella.',
            'Check that these agreements are included: confidentiality; speaking in the first person; listening without interrupting or giving unasked-for advice; the right to say “pass”; punctuality; phones on silent; not discussing other women’s stories outside the group. Explain honestly the limit of confidentiality: if the life of a participant or a child is in danger, you will seek help and talk it over with her first.',
          ],
          [
            'Lea el cartel completo y pida a cada participante que lo «firme» con un dibujo o símbolo, no con su nombre. Guarde el cartel: se pegará en todas las sesiones y se repasará cuando llegue una compañera nueva.',
            'Read the whole poster and ask each participant to “sign” it with a drawing or symbol, not her name. Keep the poster: it will go up at every session and be reviewed whenever a new woman joins.',
          ],
        ),
        P(
          [
            '¿Qué necesitas para sentirte segura y en confianza en este grupo? Propón un acuerdo con tus propias palabras.',
            'What do you need to feel safe and at ease in this group? Suggest an agreement in your own words.',
          ],
          [
            'Cuando todas estemos de acuerdo, firmaremos el cartel con un dibujo o un símbolo. Estos acuerdos nos acompañarán en todas las sesiones.',
            'When we all agree, we will sign the poster with a drawing or a symbol. These agreements will be with us at every session.',
          ],
        ),
      ),
      pause(15),
      reflection(
        15,
        ['La maleta', 'The suitcase'],
        [
          'Dibuja una maleta. Dentro, pon lo que traes hoy: miedos, dudas, fuerzas. Afuera, escribe o dibuja lo que te gustaría llevarte al terminar el programa.',
          'Draw a suitcase. Inside, put what you bring today: fears, doubts, strengths. Outside, write or draw what you would like to take with you when the programme ends.',
        ],
      ),
      homework(10, ['Nuestros acuerdos', 'Our agreements'], [
        'Esta semana, regálate diez minutos al día solo para ti: tomar un café con calma, caminar, escuchar una canción. Fíjate cómo te sientes después.',
        'This week, give yourself ten minutes a day just for you: a quiet coffee, a walk, a song. Notice how you feel afterwards.',
      ]),
      closing(10, ['¿Qué te llevas hoy del grupo?', 'What are you taking away from the group today?']),
    ],
    facilitatorNotes: P(
      [
        'Prepare papelógrafos, plumones, gafetes sin apellido, la caja de dudas y copias del directorio de servicios del estado. Confirme antes que el espacio de cuidado infantil esté listo: muchas mujeres solo pueden venir si sus hijas e hijos están atendidos.',
        'Prepare flip charts, markers, name tags without surnames, the question box and copies of the state directory of services. Check beforehand that the childcare space is ready: many women can only come if their children are looked after.',
      ],
      [
        'En la primera sesión es común la desconfianza o la vergüenza. No pida relatos de violencia: el objetivo es seguridad y confianza. Si el grupo es abierto, repita el encuadre cada vez que llegue una participante nueva y pida a una compañera que le dé la bienvenida.',
        'Mistrust and shame are common at the first session. Do not ask for accounts of violence: the aim is safety and trust. If the group is open, go over the agreements again whenever a new participant joins and ask another woman to welcome her.',
      ],
    ),
    safetyNotes: safety(
      [
        'Pregunte en privado a cada participante si es seguro que su pareja sepa que asiste y acuerden qué decir si alguien pregunta (por ejemplo, «un taller de salud»). Si una mujer llega acompañada de su pareja o él la espera afuera, no la exponga: hable con ella a solas y valore el riesgo antes de que se retire.',
        'Ask each participant privately whether it is safe for her partner to know she attends, and agree what to say if anyone asks (for example, “a health workshop”). If a woman arrives with her partner or he waits outside, do not expose her: talk to her alone and assess the danger before she leaves.',
      ],
    ),
    handouts: [
      handout(
        ['Nuestros acuerdos de grupo', 'Our group agreements'],
        ['Estos son los acuerdos que construimos juntas. Los repasaremos al inicio de cada sesión.', 'These are the agreements we made together. We will go over them at the start of every session.'],
        ['- Lo que se dice aquí se queda aquí.', '- What is said here stays here.'],
        ['- Cada una habla por sí misma y en primera persona.', '- Each woman speaks for herself, in the first person.'],
        ['- Escuchamos sin interrumpir, sin juzgar y sin dar consejos que no nos piden.', '- We listen without interrupting, judging or giving advice nobody asked for.'],
        ['- Tenemos derecho a decir «paso».', '- We have the right to say “pass”.'],
        ['- Llegamos a tiempo y, si faltamos, avisamos.', '- We arrive on time and let the group know if we cannot come.'],
        ['La confidencialidad tiene un límite: si la vida de una compañera o de sus hijas e hijos está en peligro, la facilitadora buscará ayuda, y lo hablará antes contigo.', 'Confidentiality has one limit: if the life of a woman or her children is in danger, the facilitator will seek help, and will talk it over with you first.'],
        ['En una emergencia, llama al 911.', 'In an emergency, call 911.'],
      ),
    ],
    themeKeys: ['safety-and-risk', 'rights'],
    resourceKeys: ['illustration-support-network'],
  },
  {
    number: 2,
    moduleKey: 'inicio',
    title: L('¿Qué es la violencia? Nombrar lo que vivimos', 'What is violence? Naming what we have lived'),
    summary: L(
      'Hablamos de qué es la violencia en la pareja y por qué a veces cuesta reconocerla. Vemos que la violencia no es un pleito ni un mal momento: es una forma de controlar a otra persona.',
      'We talk about what partner violence is and why it can be hard to recognise. We see that violence is not just a quarrel or a bad moment: it is a way of controlling another person.',
    ),
    objectives: [
      L('Distinguir un conflicto entre iguales de una situación de violencia.', 'Tell a conflict between equals apart from a situation of violence.'),
      L('Entender la violencia en la pareja como un abuso de poder para controlar.', 'Understand partner violence as an abuse of power in order to control.'),
      L('Reconocer que la violencia se aprende, que se puede detener y que no es culpa de quien la vive.', 'Recognise that violence is learnt, that it can be stopped and that it is not the fault of the person who suffers it.'),
    ],
    activities: [
      checkIn(15, ['¿Cómo te fue con tus diez minutos para ti esta semana?', 'How did your ten minutes for yourself go this week?']),
      act(
        'themeWork',
        35,
        L('¿Conflicto o violencia?', 'Conflict or violence?'),
        P(
          [
            'Forme equipos de cuatro y entregue a cada uno un juego de tarjetas con situaciones: «discuten sobre a dónde ir el domingo», «él revisa su celular todos los días», «ella no quiere tener relaciones y él insiste hasta que cede», «no se ponen de acuerdo sobre la escuela de su hijo», «él le dice que nadie más la va a querer», «se enojan y cada quien se va a otro cuarto a calmarse».',
            'Form groups of four and give each a set of cards with situations: “they argue about where to go on Sunday”, “he checks her phone every day”, “she does not want sex and he insists until she gives in”, “they disagree about their son’s school”, “he tells her nobody else will ever love her”, “they get angry and each goes to another room to calm down”.',
          ],
          [
            'Pida que las clasifiquen en dos columnas, «conflicto» y «violencia», y que anoten qué les ayudó a decidir. Dé 15 minutos.',
            'Ask them to sort the cards into two columns, “conflict” and “violence”, and to note what helped them decide. Allow 15 minutes.',
          ],
          [
            'En plenaria, construya la definición con sus palabras: en un conflicto dos personas no están de acuerdo pero ninguna tiene miedo de la otra; hay violencia cuando una persona usa la fuerza, el miedo, la humillación o el control para imponerse. Subraye la pregunta clave: «¿le tengo miedo a su reacción?».',
            'In plenary, build the definition in their words: in a conflict two people disagree but neither is afraid of the other; there is violence when one person uses force, fear, humiliation or control to get their way. Underline the key question: “Am I afraid of how he will react?”.',
          ],
        ),
        P(
          [
            'Lean las tarjetas con su equipo y decidan: ¿es un desacuerdo o es violencia? ¿Qué les ayudó a decidir?',
            'Read the cards with your group and decide: is it a disagreement or is it violence? What helped you decide?',
          ],
          [
            'Una pregunta que ayuda mucho: ¿alguna de las dos personas tiene miedo de la otra?',
            'A question that helps a lot: is one of the two people afraid of the other?',
          ],
        ),
      ),
      act(
        'videoVignette',
        25,
        L('Viñeta: «Una tarde cualquiera»', 'Vignette: “An ordinary afternoon”'),
        P(
          [
            'Presente la viñeta de cuatro minutos: Rosa llega tarde del trabajo porque se descompuso el camión; Julián la espera en la puerta, le exige explicaciones, le quita el celular para revisar sus mensajes y azota la puerta. Al día siguiente le lleva pan dulce y le dice que «se puso así porque la quiere».',
            'Introduce the four-minute vignette: Rosa gets home late from work because the bus broke down; Julián is waiting at the door, demands explanations, takes her phone to check her messages and slams the door. The next day he brings her sweet bread and says he “got like that because he loves her”.',
          ],
          [
            'Pase el video una vez completo. Luego pregunte en este orden: ¿qué hizo Julián?, ¿qué sintió Rosa?, ¿qué nombre le pondrían a lo que pasó? Anote las respuestas en dos columnas: «lo que él hizo» y «lo que ella sintió».',
            'Play the video once all the way through. Then ask in this order: What did Julián do? What did Rosa feel? What would you call what happened? Write the answers in two columns: “what he did” and “what she felt”.',
          ],
          [
            'Si alguien justifica a Julián («es que se preocupa»), no discuta: pregunte al grupo si preocuparse requiere quitarle el teléfono y asustarla.',
            'If someone excuses Julián (“he is just worried”), do not argue: ask the group whether being worried requires taking her phone and frightening her.',
          ],
        ),
        P(
          [
            'Mira el video con atención. Después piensa: ¿qué hizo Julián para que Rosa tuviera miedo? ¿Qué sintió Rosa? ¿Cómo se llama lo que pasó?',
            'Watch the video carefully. Then think: What did Julián do that made Rosa afraid? What did Rosa feel? What is the name for what happened?',
          ],
        ),
      ),
      pause(15),
      act(
        'groupDiscussion',
        30,
        L('¿Por qué cuesta nombrarla?', 'Why is it hard to name?'),
        P(
          [
            'En los mismos equipos, pida que hagan una lista de razones por las que a muchas mujeres les cuesta reconocer que viven violencia. Dé 10 minutos.',
            'In the same groups, ask them to list reasons why many women find it hard to recognise that they are living with violence. Allow 10 minutes.',
          ],
          [
            'En plenaria, agrupe las razones: costumbre («así era en mi casa»), amor y esperanza, miedo, dependencia económica, las hijas e hijos, la presión de la familia o la iglesia («tienes que aguantar»), la vergüenza. Cierre diciendo con claridad: ninguna de estas razones hace que la violencia sea culpa de la mujer.',
            'In plenary, group the reasons: habit (“that is how it was at home”), love and hope, fear, financial dependence, the children, pressure from family or church (“you have to put up with it”), shame. Close by saying clearly: none of these reasons makes the violence the woman’s fault.',
          ],
        ),
        P(
          [
            'Con tu equipo, piensen: ¿por qué a muchas mujeres nos cuesta reconocer que vivimos violencia? Escriban todas las razones que se les ocurran.',
            'With your group, think: why do so many of us find it hard to recognise that we are living with violence? Write down every reason you can think of.',
          ],
        ),
      ),
      reflection(
        10,
        ['Una palabra nueva', 'A new word'],
        [
          '¿Hay algo que viviste y que hoy puedes llamar por su nombre? No necesitas decirlo en voz alta.',
          'Is there something you lived through that today you can call by its name? You do not need to say it aloud.',
        ],
      ),
      homework(10, ['¿Conflicto o violencia?', 'Conflict or violence?'], [
        'Lee la hoja «¿Conflicto o violencia?» y marca las señales que reconoces en alguna relación que conoces: la tuya, la de una amiga o la de tu familia.',
        'Read the sheet “Conflict or violence?” and tick the signs you recognise in a relationship you know: your own, a friend’s or one in your family.',
      ]),
      closing(10, ['¿Con qué idea de hoy te quedas?', 'Which idea from today will you keep?']),
    ],
    facilitatorNotes: P(
      [
        'Prepare las tarjetas de situaciones (un juego por equipo), el video y el equipo para proyectarlo o, si no hay electricidad o proyector, el guion impreso para leerlo en voz alta con dos voluntarias.',
        'Prepare the situation cards (one set per group), the video and the equipment to show it or, if there is no electricity or projector, the printed script to read aloud with two volunteers.',
      ],
      [
        'Es la primera vez que el grupo habla de violencia. Mantenga los ejemplos en terceras personas (Rosa, Julián) para que nadie se sienta obligada a contar su historia.',
        'This is the first time the group talks about violence. Keep the examples in the third person (Rosa, Julián) so that nobody feels she must tell her own story.',
      ],
    ),
    safetyNotes: safety(
      [
        'Nombrar la violencia puede traer recuerdos intensos. Si una participante empieza a describir con detalle una agresión reciente (golpes, arma, estrangulamiento), agradézcale y propóngale continuar en privado para cuidarla a ella y al grupo; al terminar, valore el riesgo.',
        'Naming violence can bring back strong memories. If a participant starts to describe a recent assault in detail (beating, a weapon, strangulation), thank her and suggest continuing in private to take care of her and of the group; at the end, assess the danger.',
      ],
    ),
    handouts: [
      handout(
        ['¿Conflicto o violencia?', 'Conflict or violence?'],
        ['En un conflicto, dos personas no están de acuerdo, pero las dos pueden decir lo que piensan sin miedo. Hay violencia cuando una persona usa la fuerza, el miedo, la humillación o el control para imponerse.', 'In a conflict, two people disagree, but both can say what they think without fear. There is violence when one person uses force, fear, humiliation or control to get their way.'],
        ['Algunas señales de violencia:', 'Some signs of violence:'],
        ['- Te da miedo su reacción.', '- You are afraid of how he will react.'],
        ['- Tienes que pedir permiso para ver a tu familia o a tus amigas.', '- You have to ask permission to see your family or friends.'],
        ['- Te grita, te humilla o se burla de ti frente a otras personas.', '- He shouts at you, humiliates you or mocks you in front of others.'],
        ['- Revisa tu celular o quiere saber dónde estás todo el tiempo.', '- He checks your phone or wants to know where you are all the time.'],
        ['- Decide solo sobre el dinero de la casa.', '- He alone decides about the household money.'],
        ['- Te presiona o te obliga a tener relaciones sexuales.', '- He pressures or forces you into sex.'],
        ['La violencia no es culpa de quien la vive.', 'Violence is not the fault of the person who suffers it.'],
      ),
    ],
    themeKeys: ['types-of-violence', 'myths-and-realities'],
  },
  {
    number: 3,
    moduleKey: 'inicio',
    title: L('Las formas de la violencia: física, psicológica, sexual, económica y patrimonial', 'The forms of violence: physical, psychological, sexual, economic and property-related'),
    summary: L(
      'Conocemos las formas de violencia que reconoce la ley en México y vemos que no todas dejan marcas visibles. Ponerle nombre a cada una nos ayuda a reconocerla y a pedir ayuda.',
      'We learn the forms of violence recognised by Mexican law and see that not all of them leave visible marks. Giving each one a name helps us recognise it and ask for help.',
    ),
    objectives: [
      L('Identificar las formas de violencia que reconoce la Ley General de Acceso de las Mujeres a una Vida Libre de Violencia.', 'Identify the forms of violence recognised by the General Law on Women’s Access to a Life Free of Violence.'),
      L('Reconocer que la violencia psicológica y la económica son tan graves como la física.', 'Recognise that psychological and economic violence are as serious as physical violence.'),
      L('Relacionar estas formas con la propia experiencia, a su ritmo y sin obligación de contarla.', 'Relate these forms to one’s own experience, at one’s own pace and without having to tell it.'),
    ],
    contentNotes: L(
      'En esta sesión se mencionan ejemplos de violencia física y sexual en la pareja, sin descripciones detalladas.',
      'This session mentions examples of physical and sexual violence in relationships, without detailed descriptions.',
    ),
    activities: [
      checkIn(20, ['¿Qué palabra te viene a la mente cuando escuchas «violencia»?', 'What word comes to mind when you hear “violence”?']),
      act(
        'themeWork',
        45,
        L('El mapa de las violencias', 'The map of violence'),
        P(
          [
            'Antes de la sesión, pegue cinco papelógrafos en distintas paredes con un título y un dibujo: psicológica (una cara triste), física (una mano), sexual (un cuerpo), económica (una bolsa de mandado) y patrimonial (una casa con llave). Agregue un sexto para la violencia digital (un celular).',
            'Before the session, put up five flip charts on different walls, each with a title and a drawing: psychological (a sad face), physical (a hand), sexual (a body), economic (a shopping bag) and property-related (a house with a key). Add a sixth for digital violence (a phone).',
          ],
          [
            'Forme seis equipos. Cada equipo pasa cinco minutos en cada estación y escribe o dibuja ejemplos en notas adhesivas; al sonar la campana, rotan. Aclare que los ejemplos no tienen que ser experiencias propias.',
            'Form six groups. Each group spends five minutes at each station writing or drawing examples on sticky notes; when the bell rings, they move on. Make clear that the examples need not be their own experiences.',
          ],
          [
            'Recorra las estaciones con todo el grupo y complete con la definición de la ley en lenguaje sencillo: la patrimonial daña o retiene objetos, documentos o bienes; la económica controla el ingreso o el gasto, o paga menos por el mismo trabajo. Señale que varias formas suelen ocurrir juntas.',
            'Walk round the stations with the whole group and complete them with the law’s definitions in plain language: property-related violence damages or withholds belongings, documents or assets; economic violence controls income or spending, or pays less for the same work. Point out that several forms often occur together.',
          ],
        ),
        P(
          [
            'En cada estación, escriban o dibujen ejemplos de esa forma de violencia. No tienen que ser cosas que les pasaron a ustedes.',
            'At each station, write or draw examples of that form of violence. They do not have to be things that happened to you.',
          ],
          [
            'Al final, recorreremos juntas el mapa. Fíjate qué forma de violencia te costó más trabajo reconocer.',
            'At the end we will walk round the map together. Notice which form of violence was hardest for you to recognise.',
          ],
        ),
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('Lo que no deja marcas', 'What leaves no marks'),
        P(
          [
            'Pregunte qué estación tuvo más ejemplos y cuál costó más trabajo. Casi siempre la física se llena primero y la económica o la patrimonial quedan vacías: úselo para abrir la conversación.',
            'Ask which station had the most examples and which was hardest. Usually the physical one fills up first while the economic or property-related ones stay empty: use this to open the conversation.',
          ],
          [
            'Lea el caso de doña Carmen: su esposo cobra la renta del local que ella heredó, no le da dinero para medicinas y guarda las escrituras bajo llave. Pregunte: ¿es violencia?, ¿de qué tipo?, ¿qué efectos tiene en su vida? Cierre señalando que la violencia psicológica y la económica dañan la salud, la autoestima y la posibilidad de tomar decisiones.',
            'Read the case of Doña Carmen: her husband collects the rent on the shop she inherited, gives her no money for medicine and keeps the deeds locked away. Ask: Is this violence? Of what kind? What effects does it have on her life? Close by noting that psychological and economic violence harm health, self-esteem and the ability to make decisions.',
          ],
        ),
        P(
          [
            '¿Por qué crees que la violencia psicológica y la económica se notan menos? ¿Qué efectos tienen en la vida de una mujer?',
            'Why do you think psychological and economic violence are less noticed? What effects do they have on a woman’s life?',
          ],
          [
            'Escucha el caso de doña Carmen y piensa: ¿qué le está pasando?, ¿qué necesitaría ella?',
            'Listen to Doña Carmen’s story and think: What is happening to her? What would she need?',
          ],
        ),
      ),
      reflection(
        15,
        ['Mi termómetro', 'My thermometer'],
        [
          'En tu hoja hay un termómetro para cada forma de violencia. Colorea hasta dónde la has vivido en alguna relación: nada, poco, mucho. Esta hoja es solo tuya.',
          'Your sheet has a thermometer for each form of violence. Colour in how much you have lived it in any relationship: none, a little, a lot. This sheet is yours alone.',
        ],
        [
          'No pida que compartan el termómetro. Pregunte solo: «¿alguien quiere decir cómo se sintió al hacerlo?». Esté atenta a quien se quede muy quieta o llore; acérquese en la pausa final.',
          'Do not ask them to share their thermometer. Ask only: “Would anyone like to say how it felt to do this?”. Watch for anyone who goes very still or cries; approach her at the end.',
        ],
      ),
      homework(10, ['Las formas de la violencia', 'The forms of violence'], [
        'Lee la hoja «Las formas de la violencia». Subraya una frase que te haya hecho pensar y, si quieres, platícala con una persona de confianza.',
        'Read the sheet “The forms of violence”. Underline one sentence that made you think and, if you like, talk about it with someone you trust.',
      ]),
      closing(10, ['¿Qué te descubriste hoy?', 'What did you discover today?']),
    ],
    facilitatorNotes: P(
      [
        'Materiales: seis papelógrafos con título y dibujo, notas adhesivas, plumones, una campana o alarma, el caso de doña Carmen impreso y la hoja del termómetro. Para grupos con poca lectura, pida que dibujen y lea en voz alta cada nota.',
        'Materials: six flip charts with title and drawing, sticky notes, markers, a bell or alarm, the printed case of Doña Carmen and the thermometer sheet. For groups with low literacy, ask them to draw and read each note aloud.',
      ],
    ),
    safetyNotes: safety(
      [
        'Reconocer las formas de violencia puede hacer que una participante se dé cuenta de que su situación es más grave de lo que creía. Esté atenta a llanto intenso, desconexión (mirada perdida, no responde) o frases como «entonces a mí me va a matar». Acérquese con calma, ofrezca salir un momento con la cofacilitadora y valore el riesgo al final.',
        'Recognising the forms of violence may make a participant realise that her situation is more serious than she thought. Watch for intense crying, dissociation (vacant look, no response) or remarks such as “so he is going to kill me”. Approach calmly, offer to step out for a moment with the co-facilitator and assess the danger at the end.',
      ],
    ),
    handouts: [
      handout(
        ['Las formas de la violencia', 'The forms of violence'],
        ['La ley en México reconoce varias formas de violencia contra las mujeres. Muchas veces ocurren juntas.', 'Mexican law recognises several forms of violence against women. They often happen together.'],
        ['- Psicológica: insultos, humillaciones, celos, amenazas, silencios como castigo, aislarte de tu familia.', '- Psychological: insults, humiliation, jealousy, threats, silence as punishment, cutting you off from your family.'],
        ['- Física: empujones, golpes, jalones de cabello, patadas, quemaduras, ataques con objetos o armas.', '- Physical: shoving, hitting, hair-pulling, kicking, burns, attacks with objects or weapons.'],
        ['- Sexual: obligarte o presionarte a tener relaciones, burlarse de tu cuerpo, impedirte usar anticonceptivos.', '- Sexual: forcing or pressuring you into sex, mocking your body, stopping you from using contraception.'],
        ['- Económica: controlar tu dinero, no dar gasto, impedirte trabajar, quitarte tu salario.', '- Economic: controlling your money, withholding housekeeping money, stopping you from working, taking your wages.'],
        ['- Patrimonial: romper o esconder tus cosas, quitarte documentos, vender tus bienes sin tu permiso.', '- Property-related: breaking or hiding your things, taking your documents, selling your belongings without your permission.'],
        ['- Digital: revisar tu celular, rastrear tu ubicación, difundir fotos tuyas sin tu permiso.', '- Digital: checking your phone, tracking your location, sharing pictures of you without your permission.'],
        ['Todas son violencia. Ninguna es culpa tuya.', 'All of them are violence. None of them is your fault.'],
      ),
    ],
    themeKeys: ['types-of-violence', 'rights'],
  },
  // ───────────── Module 2: Comprender la violencia ─────────────
  {
    number: 4,
    moduleKey: 'comprender',
    title: L('El ciclo de la violencia', 'The cycle of violence'),
    summary: L(
      'Vemos cómo la violencia en la pareja suele repetirse en fases: acumulación de tensión, explosión y arrepentimiento. Entender el ciclo ayuda a explicar por qué es tan difícil salir y por qué no es culpa nuestra.',
      'We see how partner violence often repeats itself in phases: build-up of tension, explosion and remorse. Understanding the cycle helps explain why it is so hard to get out and why it is not our fault.',
    ),
    objectives: [
      L('Describir las fases del ciclo de la violencia con ejemplos cotidianos.', 'Describe the phases of the cycle of violence with everyday examples.'),
      L('Reconocer que, con el tiempo, la reconciliación se acorta y la violencia suele aumentar.', 'Recognise that over time the reconciliation phase gets shorter and violence tends to increase.'),
      L('Comprender, sin culpas, por qué la esperanza de cambio mantiene a muchas mujeres en la relación.', 'Understand, without blame, why the hope of change keeps many women in the relationship.'),
    ],
    activities: [
      checkIn(15, ['¿Qué descubriste al leer la hoja de las formas de la violencia?', 'What did you discover when you read the sheet on the forms of violence?']),
      act(
        'themeWork',
        35,
        L('Las tres fases', 'The three phases'),
        P(
          [
            'Marque en el piso con cinta un círculo grande dividido en tres partes: «se acumula la tensión», «explota», «se arrepiente y promete». Explique cada fase con un ejemplo breve y pida a voluntarias que se paren en la fase que corresponde mientras usted lee situaciones: «ella cuida cada palabra para que él no se enoje», «él rompe el plato», «él llora y jura que no volverá a pasar».',
            'Mark a large circle on the floor with tape, divided into three parts: “tension builds”, “explosion”, “remorse and promises”. Explain each phase with a brief example and ask volunteers to stand in the right phase as you read situations: “she weighs every word so he will not get angry”, “he smashes the plate”, “he cries and swears it will never happen again”.',
          ],
          [
            'Aclare que el ciclo es una herramienta para entender, no una regla: en algunas relaciones la violencia es constante y no hay fase de arrepentimiento. Lo que se repite siempre es el control.',
            'Make clear that the cycle is a tool for understanding, not a rule: in some relationships violence is constant and there is no remorse phase. What always repeats is the control.',
          ],
        ),
        P(
          [
            'Mira el círculo en el piso. ¿Qué pasa en cada fase? ¿Qué siente ella en cada una? ¿Qué hace él?',
            'Look at the circle on the floor. What happens in each phase? What does she feel in each one? What does he do?',
          ],
        ),
      ),
      vignette(
        25,
        ['Las flores', 'The flowers'],
        [
          'Después de una noche de gritos y golpes en la pared, Martín llega con flores y promete ir a la iglesia y dejar de tomar. La hermana de Elena le dice: «ya ves que sí te quiere, dale otra oportunidad».',
          'After a night of shouting and fists against the wall, Martín arrives with flowers and promises to go to church and stop drinking. Elena’s sister tells her: “See, he does love you, give him another chance”.',
        ],
        [
          '¿En qué fase del ciclo está la pareja? ¿Qué siente Elena? ¿Qué le dirías si fueras su amiga?',
          'Which phase of the cycle is the couple in? What does Elena feel? What would you say to her if you were her friend?',
        ],
        [
          'Cuide que nadie juzgue a Elena por tener esperanza. Pregunte qué necesitaría ella para decidir con calma, y escriba esas necesidades: información, dinero propio, un lugar seguro, alguien que no la juzgue.',
          'Make sure nobody judges Elena for having hope. Ask what she would need in order to decide calmly, and write those needs down: information, money of her own, a safe place, someone who does not judge her.',
        ],
      ),
      pause(15),
      act(
        'groupDiscussion',
        30,
        L('¿Por qué se repite y por qué crece?', 'Why does it repeat, and why does it grow?'),
        P(
          [
            'Pregunte qué hace que una mujer vuelva a creer en las promesas. Anote: el amor, los recuerdos buenos, las hijas e hijos, la presión de la familia, la falta de dinero, el miedo a quedarse sola. Valide cada razón.',
            'Ask what makes a woman believe the promises again. Write down: love, good memories, the children, family pressure, lack of money, fear of being alone. Validate every reason.',
          ],
          [
            'Dibuje una espiral sobre el círculo y explique la escalada: con el tiempo la tensión dura más, las explosiones son más graves y el arrepentimiento se acorta o desaparece. Pregunte qué señales muestran que la violencia está creciendo; esto prepara la sesión sobre riesgo.',
            'Draw a spiral over the circle and explain escalation: over time the tension lasts longer, the explosions are more serious and the remorse gets shorter or disappears. Ask what signs show that violence is growing; this prepares the session on danger.',
          ],
        ),
        P(
          [
            '¿Qué hace que una mujer tenga esperanza de que las cosas van a cambiar? ¿Qué señales muestran que la violencia está creciendo en lugar de terminar?',
            'What makes a woman hope that things will change? What signs show that the violence is growing instead of ending?',
          ],
        ),
      ),
      reflection(10, ['Las promesas', 'The promises'], [
        '¿Alguna vez creíste una promesa de cambio? ¿Qué necesitabas en ese momento? Recuerda: tener esperanza no es un error.',
        'Have you ever believed a promise to change? What did you need at that moment? Remember: having hope is not a mistake.',
      ]),
      homework(10, ['El ciclo de la violencia', 'The cycle of violence'], [
        'Observa esta semana una telenovela, una canción o una película. ¿Aparece el ciclo de la violencia? ¿Lo presentan como amor?',
        'This week, pay attention to a soap opera, a song or a film. Does the cycle of violence appear? Is it presented as love?',
      ]),
      closing(10, ['¿Qué le dirías hoy a una mujer que está en la fase de las promesas?', 'What would you say today to a woman who is in the phase of promises?']),
    ],
    facilitatorNotes: P(
      [
        'Materiales: cinta adhesiva para el círculo en el piso, tarjetas con situaciones, video o guion de «Las flores». El ciclo de la violencia es un modelo descriptivo; evite presentarlo como destino inevitable o como explicación de que «él no puede controlarse».',
        'Materials: tape for the circle on the floor, situation cards, the video or script for “The flowers”. The cycle of violence is a descriptive model; avoid presenting it as an inevitable fate or as an explanation that “he cannot control himself”.',
      ],
    ),
    safetyNotes: safety([
      'Hablar de la escalada es un buen momento para detectar riesgo. Requieren atención inmediata: violencia cada vez más frecuente o grave, amenazas de matarla o de matarse, un arma en casa, intentos de estrangulamiento o violencia durante el embarazo. Si una participante lo menciona, anótelo para la valoración privada al final y no profundice frente al grupo.',
      'Talking about escalation is a good moment to detect danger. These need immediate attention: violence that is more frequent or severe, threats to kill her or himself, a weapon in the home, attempts at strangulation or violence during pregnancy. If a participant mentions any of these, note it for the private assessment at the end and do not go further in front of the group.',
    ]),
    handouts: [
      handout(
        ['El ciclo de la violencia', 'The cycle of violence'],
        ['Muchas relaciones violentas se repiten en tres fases:', 'Many violent relationships repeat in three phases:'],
        ['- Acumulación de tensión: hay enojos, críticas y silencios; tú cuidas cada palabra para evitar problemas.', '- Tension builds: there is irritation, criticism and silence; you weigh every word to avoid trouble.'],
        ['- Explosión: gritos, golpes, amenazas, relaciones forzadas o destrucción de cosas.', '- Explosion: shouting, blows, threats, forced sex or things being broken.'],
        ['- Arrepentimiento o «luna de miel»: pide perdón, promete cambiar, hace regalos o culpa al alcohol o al estrés.', '- Remorse or “honeymoon”: he apologises, promises to change, gives presents or blames drink or stress.'],
        ['Con el tiempo, el ciclo suele hacerse más rápido y la violencia más grave. El arrepentimiento no borra la violencia.', 'Over time the cycle often speeds up and the violence gets worse. Remorse does not erase the violence.'],
      ),
    ],
    themeKeys: ['types-of-violence', 'myths-and-realities'],
  },
  {
    number: 5,
    moduleKey: 'comprender',
    title: L('Mitos y realidades sobre la violencia contra las mujeres', 'Myths and realities about violence against women'),
    summary: L(
      'Revisamos frases que escuchamos desde niñas, como «la ropa sucia se lava en casa» o «si te cela es porque te quiere», y las comparamos con lo que sabemos. Desmontar los mitos nos ayuda a dejar de culparnos.',
      'We look at sayings we have heard since childhood, such as “dirty laundry is washed at home” or “if he is jealous it is because he loves you”, and compare them with what we know. Taking the myths apart helps us stop blaming ourselves.',
    ),
    objectives: [
      L('Identificar mitos comunes que justifican la violencia contra las mujeres.', 'Identify common myths that justify violence against women.'),
      L('Contrastar cada mito con información sobre la realidad.', 'Contrast each myth with information about reality.'),
      L('Reconocer cómo los mitos mantienen a las mujeres en silencio y las culpan.', 'Recognise how myths keep women silent and blame them.'),
    ],
    activities: [
      checkIn(20, ['¿Qué dicho o refrán sobre las mujeres y el matrimonio escuchabas en tu casa?', 'What saying about women and marriage did you hear at home?']),
      act(
        'themeWork',
        40,
        L('La línea: de acuerdo o en desacuerdo', 'The line: agree or disagree'),
        P(
          [
            'Marque una línea en el piso con un extremo «de acuerdo», el otro «en desacuerdo» y el centro «no sé». Lea una frase a la vez: «la violencia solo pasa en familias pobres», «si no se va es porque le gusta», «el alcohol es la causa de la violencia», «los hombres violentos están enfermos», «los celos son prueba de amor», «por los hijos hay que aguantar».',
            'Mark a line on the floor with “agree” at one end, “disagree” at the other and “not sure” in the middle. Read one statement at a time: “violence only happens in poor families”, “if she does not leave it is because she likes it”, “alcohol causes violence”, “violent men are sick”, “jealousy is a proof of love”, “you have to put up with it for the children’s sake”.',
          ],
          [
            'Después de cada frase pida a una persona de cada extremo que explique su lugar, sin debate. Luego dé la realidad en dos frases; por ejemplo: el alcohol puede agravar la violencia, pero muchos hombres beben sin golpear y muchos golpean sin beber; la violencia es una decisión para controlar.',
            'After each statement ask one person from each end to explain where she stands, without debate. Then give the reality in two sentences; for example: alcohol can make violence worse, but many men drink without hitting and many hit without drinking; violence is a choice made in order to control.',
          ],
        ),
        P(
          [
            'Escucha cada frase y colócate donde te sientas más cerca: de acuerdo, en desacuerdo o no sé. No hay respuestas tontas: estamos aquí para pensar juntas.',
            'Listen to each statement and stand where you feel closest: agree, disagree or not sure. There are no silly answers: we are here to think together.',
          ],
        ),
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('¿A quién le conviene el mito?', 'Who gains from the myth?'),
        P(
          [
            'Forme equipos y entregue a cada uno un mito escrito en una tarjeta. Pida que respondan tres preguntas: ¿a quién le conviene que lo creamos?, ¿qué efecto tiene en una mujer que vive violencia?, ¿qué frase diría la realidad? Dé 15 minutos.',
            'Form groups and give each one a myth written on a card. Ask them to answer three questions: Who gains if we believe it? What effect does it have on a woman living with violence? What sentence would tell the reality? Allow 15 minutes.',
          ],
          [
            'Cada equipo lee su frase nueva y la pega sobre el mito en el papelógrafo. Cierre: los mitos protegen a quien ejerce la violencia y dejan sola a la mujer; cambiarlos es tarea de toda la comunidad.',
            'Each group reads its new sentence and sticks it over the myth on the flip chart. Close: myths protect the one who uses violence and leave the woman alone; changing them is the whole community’s task.',
          ],
        ),
        P(
          [
            'Con tu equipo, lean el mito de su tarjeta. ¿A quién le conviene que lo creamos? ¿Qué efecto tiene en una mujer que vive violencia? Escriban una frase nueva que diga la realidad.',
            'With your group, read the myth on your card. Who gains if we believe it? What effect does it have on a woman living with violence? Write a new sentence that tells the reality.',
          ],
        ),
      ),
      reflection(15, ['El mito que me pesó', 'The myth that weighed on me'], [
        '¿Qué mito te hizo sentir culpable o te mantuvo callada alguna vez? ¿Qué te dirías hoy en su lugar?',
        'Which myth has made you feel guilty or kept you silent? What would you tell yourself today instead?',
      ]),
      homework(10, ['Mitos y realidades', 'Myths and realities'], [
        'Cuando escuches esta semana un mito sobre la violencia (en la radio, en la calle, en la familia), piensa cuál sería la realidad. Si es seguro, dila en voz alta.',
        'When you hear a myth about violence this week (on the radio, in the street, in the family), think what the reality is. If it is safe, say it aloud.',
      ]),
      closing(15, ['¿Qué frase nueva te llevas?', 'Which new sentence will you take with you?']),
    ],
    facilitatorNotes: P(
      [
        'Prepare las frases en tarjetas grandes y un papelógrafo con la tabla «mito / realidad». Algunas participantes defenderán mitos con fuerza («es que a veces una sí provoca»): no las confronte ni las ridiculice; suelen ser creencias que las ayudaron a sobrevivir. Pregunte: «¿qué pasaría si no fuera tu culpa?».',
        'Prepare the statements on large cards and a flip chart with a “myth / reality” table. Some participants will defend myths strongly (“sometimes a woman does provoke it”): do not confront or ridicule them; these are often beliefs that helped them survive. Ask: “What if it were not your fault?”.',
      ],
    ),
    safetyNotes: safety([
      'Si una participante relaciona un mito con su situación actual («él dice que si lo dejo me quita a los niños», «dice que nadie me va a creer»), trátelo como una posible amenaza y explórelo en privado: las amenazas de quitar a las hijas e hijos son una forma de control y una señal de riesgo.',
      'If a participant links a myth to her current situation (“he says if I leave he will take the children”, “he says nobody will believe me”), treat it as a possible threat and explore it privately: threats to take the children are a form of control and a sign of danger.',
    ]),
    handouts: [
      handout(
        ['Mitos y realidades', 'Myths and realities'],
        ['- Mito: «Si no se va es porque le gusta». Realidad: salir es difícil y peligroso; el miedo, la falta de dinero y las amenazas la retienen.', '- Myth: “If she does not leave, she must like it”. Reality: leaving is hard and dangerous; fear, lack of money and threats hold her back.'],
        ['- Mito: «El alcohol causa la violencia». Realidad: el alcohol puede empeorarla, pero la violencia es una decisión para controlar.', '- Myth: “Alcohol causes violence”. Reality: alcohol can make it worse, but violence is a choice made in order to control.'],
        ['- Mito: «Los celos son prueba de amor». Realidad: los celos son una forma de control y de desconfianza.', '- Myth: “Jealousy is proof of love”. Reality: jealousy is a form of control and mistrust.'],
        ['- Mito: «La ropa sucia se lava en casa». Realidad: la violencia no es un asunto privado; pedir ayuda es un derecho.', '- Myth: “Dirty laundry is washed at home”. Reality: violence is not a private matter; asking for help is a right.'],
        ['- Mito: «Por los hijos hay que aguantar». Realidad: crecer con violencia daña a las niñas y los niños.', '- Myth: “You have to put up with it for the children”. Reality: growing up with violence harms children.'],
      ),
    ],
    themeKeys: ['myths-and-realities', 'gender-roles'],
  },
  {
    number: 6,
    moduleKey: 'comprender',
    title: L('Ser mujer: roles y mandatos de género', 'Being a woman: gender roles and expectations'),
    summary: L(
      'Pensamos en lo que nos enseñaron sobre cómo debe ser una «buena mujer» y de dónde viene. Vemos que estos mandatos cambian según la cultura y la comunidad, y que podemos elegir cuáles conservar.',
      'We think about what we were taught about how a “good woman” should be and where that comes from. We see that these expectations vary with culture and community, and that we can choose which ones to keep.',
    ),
    objectives: [
      L('Distinguir entre sexo (lo biológico) y género (lo aprendido).', 'Distinguish between sex (biology) and gender (what is learnt).'),
      L('Identificar los mandatos de género que sostienen la violencia: obedecer, aguantar, servir.', 'Identify the gender expectations that sustain violence: obey, endure, serve.'),
      L('Reconocer la diversidad de experiencias de mujeres indígenas, rurales, urbanas y migrantes, y sus fortalezas.', 'Recognise the diversity of experience of Indigenous, rural, urban and migrant women, and their strengths.'),
    ],
    activities: [
      checkIn(15, ['¿Qué frase sobre las mujeres te gustaría que ya no se dijera nunca?', 'What saying about women would you like never to hear again?']),
      act(
        'themeWork',
        45,
        L('La caja de la «buena mujer»', 'The “good woman” box'),
        P(
          [
            'Dibuje una caja grande en el papelógrafo. Pida que digan lo que se espera de una «buena mujer» en su familia y su comunidad y escríbalo dentro: atender al marido, no contestar, ser bonita pero no provocar, cuidar a todos, aguantar. Afuera, escriba lo que se dice de la que se sale de la caja: «mala madre», «loca», «se lo buscó».',
            'Draw a large box on the flip chart. Ask what is expected of a “good woman” in their family and community and write it inside: look after the husband, not answer back, be pretty but not provocative, care for everyone, endure. Outside, write what is said about a woman who steps out of the box: “bad mother”, “crazy”, “she asked for it”.',
          ],
          [
            'Luego explique la diferencia entre sexo y género con un ejemplo: parir es biológico; que solo las mujeres laven la ropa es aprendido. Pregunte: ¿quién decide qué va dentro de la caja? ¿Cómo se castiga a la que sale? Relacione: la violencia muchas veces es el castigo por salir de la caja.',
            'Then explain the difference between sex and gender with an example: giving birth is biological; only women doing the washing is learnt. Ask: Who decides what goes in the box? How is the woman who steps out punished? Make the link: violence is often the punishment for stepping out of the box.',
          ],
        ),
        P(
          [
            '¿Qué se espera de una «buena mujer» en tu familia y en tu comunidad? ¿Qué le dicen a la que no lo cumple?',
            'What is expected of a “good woman” in your family and community? What do people say to a woman who does not live up to it?',
          ],
          [
            'Piensa: ¿cuáles de estas reglas nacen con nosotras y cuáles aprendimos?',
            'Think: which of these rules are we born with, and which did we learn?',
          ],
        ),
      ),
      pause(15),
      act(
        'groupDiscussion',
        40,
        L('Mujeres de muchos lugares', 'Women from many places'),
        P(
          [
            'Forme parejas, de preferencia de lugares de origen distintos. Pida que platiquen durante 10 minutos cómo es ser mujer en la comunidad donde crecieron: qué costumbres les pesaron y cuáles les dieron fuerza (el trabajo colectivo, la medicina tradicional, las cooperativas, la lengua, las redes de comadres).',
            'Form pairs, ideally from different places of origin. Ask them to spend 10 minutes talking about what it is like to be a woman in the community where they grew up: which customs weighed on them and which gave them strength (collective work, traditional medicine, cooperatives, their language, networks of close friends and godmothers).',
          ],
          [
            'En plenaria, anote en dos columnas «lo que pesa» y «lo que da fuerza». Cuide que ninguna cultura quede señalada como «más violenta»: la violencia contra las mujeres existe en todas; lo que cambia es la forma. Si hay participantes hablantes de una lengua indígena, invítelas a decir cómo se nombra el respeto en su lengua.',
            'In plenary, write two columns: “what weighs” and “what gives strength”. Make sure no culture is singled out as “more violent”: violence against women exists in all of them; what changes is its form. If there are speakers of an Indigenous language, invite them to say how respect is named in their language.',
          ],
        ),
        P(
          [
            'Platica con una compañera: ¿cómo es ser mujer en el lugar donde creciste? ¿Qué costumbres te dieron fuerza y cuáles te pesaron?',
            'Talk with another woman: What is it like to be a woman where you grew up? Which customs gave you strength and which weighed on you?',
          ],
        ),
      ),
      reflection(15, ['Lo que conservo y lo que suelto', 'What I keep and what I let go'], [
        'Escribe o dibuja un mandato que quieres soltar y una enseñanza de las mujeres de tu familia o tu comunidad que quieres conservar.',
        'Write or draw one expectation you want to let go of and one teaching from the women in your family or community that you want to keep.',
      ]),
      homework(10, ['Sexo y género', 'Sex and gender'], [
        'Esta semana, haz algo pequeño que esté «fuera de la caja» y que sea seguro para ti: pedir ayuda con una tarea de la casa, decir que no a un favor, dedicar un rato a algo que te guste.',
        'This week, do something small that is “outside the box” and safe for you: ask for help with a household task, say no to a favour, spend some time on something you enjoy.',
      ]),
      closing(10, ['¿Qué mujer de tu familia o tu comunidad te inspira?', 'Which woman in your family or community inspires you?']),
    ],
    facilitatorNotes: P(
      [
        'Infórmese antes sobre las comunidades de origen de las participantes. Si el grupo es rural o indígena, use ejemplos de su vida diaria (la milpa, el mercado, las fiestas) y evite ejemplos solo urbanos. Si alguna participante no habla bien español, acuerde con ella si quiere que una compañera le traduzca.',
        'Find out beforehand where participants come from. If the group is rural or Indigenous, use examples from their daily life (the maize field, the market, festivities) and avoid purely urban examples. If a participant does not speak Spanish well, agree with her whether she would like another woman to interpret.',
      ],
    ),
    safetyNotes: safety([
      'Los mandatos de obediencia a la familia política (suegra, cuñados) pueden ser parte de la violencia. Si una participante vive con la familia de la pareja y menciona vigilancia o castigos por asistir al grupo, valore en privado si su asistencia la expone y acuerden medidas: otro horario, una explicación segura, sesiones de recuperación.',
      'Expectations of obedience to in-laws (mother-in-law, brothers-in-law) can be part of the violence. If a participant lives with her partner’s family and mentions being watched or punished for attending the group, assess privately whether attending exposes her and agree on measures: another time, a safe explanation, catch-up sessions.',
    ]),
    handouts: [
      handout(
        ['Sexo y género', 'Sex and gender'],
        ['El sexo son las diferencias biológicas con las que nacemos. El género es lo que la sociedad nos enseña que «debe» hacer y sentir una mujer o un hombre. Lo aprendido se puede cambiar.', 'Sex is the biological differences we are born with. Gender is what society teaches us a woman or a man “should” do and feel. What is learnt can be changed.'],
        ['- Biológico: embarazarse, parir, amamantar.', '- Biological: becoming pregnant, giving birth, breastfeeding.'],
        ['- Aprendido: que solo las mujeres cocinen, que no puedan salir solas, que tengan que aguantar.', '- Learnt: that only women cook, that they cannot go out alone, that they have to put up with things.'],
        ['- Aprendido: que los hombres no lloren, que manden en la casa, que no cuiden a los hijos.', '- Learnt: that men do not cry, that they rule the home, that they do not look after the children.'],
        ['Pregunta para pensar: ¿qué quiero enseñarles a mis hijas e hijos?', 'A question to think about: what do I want to teach my daughters and sons?'],
      ),
    ],
    themeKeys: ['gender-roles', 'intercultural-perspective'],
  },
  {
    number: 7,
    moduleKey: 'comprender',
    title: L('Poder y control: la rueda del poder', 'Power and control: the power wheel'),
    summary: L(
      'Conocemos la rueda del poder y control, hecha a partir de las voces de mujeres sobrevivientes. Vemos que los golpes se sostienen con otras formas de control: aislamiento, intimidación, uso de las hijas e hijos y control del dinero.',
      'We learn about the power and control wheel, made from the voices of women survivors. We see that the blows are held in place by other forms of control: isolation, intimidation, using the children and controlling money.',
    ),
    objectives: [
      L('Reconocer las tácticas de control de la rueda del poder.', 'Recognise the control tactics of the power wheel.'),
      L('Entender que el propósito de la violencia es mantener el poder y el control.', 'Understand that the purpose of violence is to keep power and control.'),
      L('Identificar cómo el control debilita las redes de apoyo de las mujeres.', 'Identify how control weakens women’s support networks.'),
    ],
    activities: [
      checkIn(15, ['¿Qué hiciste esta semana «fuera de la caja» y cómo te sentiste?', 'What did you do “outside the box” this week, and how did you feel?']),
      act(
        'themeWork',
        30,
        L('La rueda del poder y control', 'The power and control wheel'),
        P(
          [
            'Muestre la ilustración de la rueda. Explique que fue creada en Duluth, Minnesota, a partir de lo que contaron muchas mujeres que vivían violencia: en el centro está el poder y el control; los rayos son las tácticas; el borde es la violencia física y sexual que sostiene todo.',
            'Show the illustration of the wheel. Explain that it was created in Duluth, Minnesota, from what many women living with violence said: at the centre are power and control; the spokes are the tactics; the rim is the physical and sexual violence that holds everything together.',
          ],
          [
            'Forme ocho parejas o equipos pequeños y asigne un rayo a cada uno: intimidación, abuso emocional, aislamiento, minimizar-negar-culpar, uso de las hijas e hijos, privilegio masculino, abuso económico, coerción y amenazas. Pida un ejemplo cotidiano de cada uno y que lo compartan en un minuto.',
            'Form eight pairs or small groups and give each a spoke: intimidation, emotional abuse, isolation, minimising-denying-blaming, using the children, male privilege, economic abuse, coercion and threats. Ask for an everyday example of each and for them to share it in one minute.',
          ],
        ),
        P(
          [
            'Observa la rueda. Cada rayo es una forma de control. ¿Cuál reconoces? ¿Cuál no sabías que era violencia?',
            'Look at the wheel. Each spoke is a form of control. Which do you recognise? Which did you not know was violence?',
          ],
        ),
      ),
      vignette(
        25,
        ['El permiso', 'Permission'],
        [
          'Lupita quiere inscribirse a un curso de costura en el DIF. Andrés le dice que no hace falta, esconde el dinero del gasto, le comenta a la familia de ella que está descuidando a los niños y le revisa el celular para ver con quién habla.',
          'Lupita wants to sign up for a sewing course at the community centre. Andrés tells her there is no need, hides the housekeeping money, tells her family she is neglecting the children and checks her phone to see who she talks to.',
        ],
        [
          '¿Qué rayos de la rueda aparecen? ¿Qué quiere lograr Andrés? ¿Cómo se siente Lupita al final?',
          'Which spokes of the wheel appear? What does Andrés want to achieve? How does Lupita feel at the end?',
        ],
        [
          'Señale que en la viñeta no hay golpes y sin embargo hay mucha violencia. Pregunte qué pasaría si Lupita insistiera en ir al curso: así se ve cómo el borde físico «amenaza» detrás de los rayos.',
          'Point out that there are no blows in the vignette and yet there is a great deal of violence. Ask what would happen if Lupita insisted on going to the course: this shows how the physical rim “threatens” behind the spokes.',
        ],
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('¿Para qué sirve el control?', 'What is control for?'),
        P(
          [
            'Pregunte: ¿qué gana quien controla?, ¿qué pierde la mujer controlada? Anote en dos columnas. Lleve al grupo a ver que el control da privilegios (servicio, obediencia, dinero, libertad de movimiento) y que por eso no se trata de «pérdida de control» sino de ejercer el control.',
            'Ask: What does the one who controls gain? What does the controlled woman lose? Write two columns. Lead the group to see that control brings privileges (being served, obedience, money, freedom of movement), which is why it is not about “losing control” but about exercising control.',
          ],
          [
            'Detenga la discusión en el rayo de aislamiento: pregunte cómo la violencia fue alejando a las mujeres de su familia, amigas o trabajo. Anuncie que en el módulo de seguridad reconstruiremos esas redes.',
            'Stop at the isolation spoke: ask how violence gradually cut women off from family, friends or work. Announce that in the safety module we will rebuild those networks.',
          ],
        ),
        P(
          [
            '¿Qué gana quien controla? ¿Qué pierde la mujer que es controlada? ¿Cómo nos aleja el control de las personas que nos quieren?',
            'What does the one who controls gain? What does the controlled woman lose? How does control cut us off from the people who love us?',
          ],
        ),
      ),
      reflection(10, ['Mi rueda', 'My wheel'], [
        'Mira la rueda y marca en silencio, en tu hoja, los rayos que has vivido. Luego marca con otro color uno que ya no permites o que ya no vives.',
        'Look at the wheel and silently mark on your sheet the spokes you have lived. Then mark in another colour one you no longer allow or no longer live.',
      ]),
      homework(10, ['La rueda del poder y control', 'The power and control wheel'], [
        'Durante la semana, fíjate si aparece alguno de los rayos en tu vida o en la de alguien cercana. Solo obsérvalo; no necesitas hacer nada más.',
        'During the week, notice whether any of the spokes appear in your life or in someone close to you. Just notice; you need do nothing else.',
      ]),
      closing(10, ['¿Qué rayo aprendiste a reconocer hoy?', 'Which spoke did you learn to recognise today?']),
    ],
    facilitatorNotes: P(
      [
        'Imprima la rueda en tamaño grande y en media carta para cada participante. Mencione que la rueda original se creó con mujeres de Estados Unidos; pregunte si hay tácticas de control en su comunidad que no aparezcan (por ejemplo, amenazar con el «qué dirán» o con la autoridad comunitaria) y agréguelas.',
        'Print the wheel in a large size and in half-letter size for each participant. Mention that the original wheel was made with women in the United States; ask whether there are control tactics in their community that do not appear (for example, threatening with gossip or with community authorities) and add them.',
      ],
    ),
    safetyNotes: safety([
      'Los rayos de aislamiento y amenazas pueden destapar situaciones de alto riesgo: vigilancia constante, revisión del celular, rastreo por GPS, amenazas de quitarle a los hijos o de dañar a su familia. El teléfono con que la participante se comunica con el programa puede estar vigilado: revisen en privado formas más seguras de contacto y no deje mensajes que mencionen el programa.',
      'The isolation and threats spokes can bring high-risk situations to light: constant surveillance, phone checking, GPS tracking, threats to take the children or to harm her family. The phone a participant uses to contact the programme may be monitored: agree privately on safer ways of contact and do not leave messages that mention the programme.',
    ]),
    handouts: [
      handout(
        ['La rueda del poder y control', 'The power and control wheel'],
        ['En el centro de la rueda está el poder y el control. Cada rayo es una forma de conseguirlo:', 'At the centre of the wheel are power and control. Each spoke is a way of getting them:'],
        ['- Intimidación: miradas, gritos, romper cosas, mostrar armas.', '- Intimidation: looks, shouting, breaking things, showing weapons.'],
        ['- Abuso emocional: insultos, humillaciones, hacerte sentir loca.', '- Emotional abuse: insults, humiliation, making you feel crazy.'],
        ['- Aislamiento: controlar a quién ves, con quién hablas, a dónde vas.', '- Isolation: controlling whom you see, whom you talk to, where you go.'],
        ['- Minimizar, negar y culpar: «no fue para tanto», «tú me provocaste».', '- Minimising, denying and blaming: “it was not that bad”, “you provoked me”.'],
        ['- Usar a las hijas e hijos: amenazar con quitártelos, usarlos para vigilarte.', '- Using the children: threatening to take them, using them to watch you.'],
        ['- Privilegio masculino: tratarte como sirvienta, decidir todo él solo.', '- Male privilege: treating you like a servant, making every decision alone.'],
        ['- Abuso económico: quitarte el dinero, impedirte trabajar.', '- Economic abuse: taking your money, stopping you from working.'],
        ['- Coerción y amenazas: amenazar con dejarte, con matarse o con denunciarte.', '- Coercion and threats: threatening to leave you, to kill himself or to report you.'],
      ),
    ],
    themeKeys: ['types-of-violence', 'gender-roles'],
    resourceKeys: ['illustration-power-wheel', 'video-grounding'],
  },
  {
    number: 8,
    moduleKey: 'comprender',
    title: L('Violencia sexual en la pareja: romper el silencio', 'Sexual violence in relationships: breaking the silence'),
    summary: L(
      'Hablamos de un tema del que casi no se habla: la violencia sexual dentro de la pareja. Estar casada o vivir juntos no obliga a nadie a tener relaciones sexuales: decir que no es un derecho.',
      'We talk about something that is hardly ever discussed: sexual violence within a relationship. Being married or living together does not oblige anyone to have sex: saying no is a right.',
    ),
    objectives: [
      L('Reconocer las formas de violencia sexual en la pareja, incluida la presión y el chantaje.', 'Recognise the forms of sexual violence in relationships, including pressure and emotional blackmail.'),
      L('Comprender qué es el consentimiento y que puede retirarse en cualquier momento.', 'Understand what consent is and that it can be withdrawn at any time.'),
      L('Conocer la atención de salud y los derechos que existen tras una agresión sexual.', 'Know the health care and rights available after a sexual assault.'),
    ],
    contentNotes: L(
      'Esta sesión trata sobre violencia sexual dentro de la pareja, incluida la violación en el matrimonio. No se pedirá a nadie que cuente su experiencia. Puedes salir de la sala en cualquier momento; una facilitadora estará disponible para acompañarte.',
      'This session is about sexual violence within relationships, including rape in marriage. Nobody will be asked to tell her own experience. You can leave the room at any time; a facilitator will be available to accompany you.',
    ),
    activities: [
      checkIn(15, ['En una palabra, ¿cómo llegas hoy?', 'In one word, how are you arriving today?'], [
        'Antes de la ronda, lea la nota de contenido de la sesión y acuerde una señal sencilla (por ejemplo, levantar la mano con el puño cerrado) para que quien necesite salir pueda hacerlo sin explicar. Observe quién se tensa al escuchar el tema.',
        'Before the round, read out the session’s content note and agree on a simple signal (for example, raising a closed fist) so that anyone who needs to leave can do so without explaining. Notice who tenses up on hearing the topic.',
      ]),
      act(
        'themeWork',
        40,
        L('¿Es consentimiento?', 'Is it consent?'),
        P(
          [
            'Explique en palabras sencillas: consentir es decir que sí con libertad, sin miedo, sin presión y sabiendo a qué se dice que sí; se puede cambiar de opinión en cualquier momento. Estar casada, haber dicho que sí antes o depender económicamente de la pareja no es consentimiento.',
            'Explain in simple words: consent means saying yes freely, without fear or pressure, and knowing what you are saying yes to; you can change your mind at any time. Being married, having said yes before or depending on your partner for money is not consent.',
          ],
          [
            'Lea tarjetas y pida que el grupo responda con una tarjeta verde (sí es consentimiento) o roja (no lo es): «ella dice que no y él se enoja y no le habla en tres días hasta que cede», «ella estaba dormida», «los dos quieren y se ponen de acuerdo en usar condón», «él le dice que si no quiere es porque tiene otro». Después de cada una, explique por qué.',
            'Read out cards and ask the group to answer with a green card (it is consent) or a red one (it is not): “she says no and he sulks and does not speak to her for three days until she gives in”, “she was asleep”, “they both want to and agree to use a condom”, “he tells her that if she does not want to it is because she has someone else”. After each one, explain why.',
          ],
        ),
        P(
          [
            'Escucha cada situación y levanta la tarjeta verde si hay consentimiento o la roja si no lo hay. Recuerda: consentir es decir que sí con libertad, sin miedo y sin presión.',
            'Listen to each situation and raise the green card if there is consent or the red one if there is not. Remember: consent means saying yes freely, without fear and without pressure.',
          ],
        ),
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('Lo que dicen la ley y la salud', 'What the law and health services say'),
        P(
          [
            'Explique: en México la violación entre cónyuges o concubinos es delito; la Suprema Corte lo reconoció en 2005. La norma oficial de salud sobre violencia (NOM-046) obliga a los servicios de salud a atender a las mujeres que viven violencia sexual: anticoncepción de emergencia, prevención de VIH e infecciones dentro de las primeras 72 horas, y atención psicológica, sin exigir denuncia.',
            'Explain: in Mexico rape between spouses or partners is a crime; the Supreme Court recognised this in 2005. The official health standard on violence (NOM-046) obliges health services to care for women who experience sexual violence: emergency contraception, HIV and infection prevention within the first 72 hours, and psychological care, without requiring a police report.',
          ],
          [
            'Pregunte qué impide que las mujeres pidan esta atención (vergüenza, no saber, miedo a que se enteren en la comunidad) y qué podría ayudar. Entregue la hoja con los servicios de salud del directorio.',
            'Ask what stops women from seeking this care (shame, not knowing, fear that the community will find out) and what could help. Hand out the sheet with the health services from the directory.',
          ],
        ),
        P(
          [
            '¿Sabías que la violación dentro del matrimonio es delito y que los servicios de salud deben atenderte sin pedirte denuncia? ¿Qué impide que las mujeres pidan ayuda en estos casos?',
            'Did you know that rape within marriage is a crime and that health services must care for you without asking you to report it? What stops women from asking for help in these cases?',
          ],
        ),
      ),
      reflection(20, ['Volver al cuerpo con calma', 'Coming back to the body calmly'], [
        'Escucha la guía de respiración. Siente tus pies en el piso y tu espalda en la silla. Puedes dejar los ojos abiertos. Al terminar, piensa en una frase amable para tu cuerpo.',
        'Listen to the breathing guide. Feel your feet on the floor and your back against the chair. You can keep your eyes open. When it ends, think of a kind sentence for your body.',
      ], [
        'Use el audio de respiración guiada y baje la luz si es posible. No pida que compartan; al final, pregunte solo «¿cómo está tu cuerpo ahora?». Quien siga muy alterada puede quedarse con la cofacilitadora.',
        'Use the guided breathing audio and dim the light if possible. Do not ask them to share; at the end, ask only “How is your body now?”. Anyone still very upset can stay with the co-facilitator.',
      ]),
      homework(10, ['Mi cuerpo, mis decisiones', 'My body, my decisions'], [
        'Esta semana, haz una cosa para cuidar tu cuerpo: dormir un rato más, tomar un baño tranquilo, ir a una revisión de salud. Tú decides cuál.',
        'This week, do one thing to look after your body: sleep a little longer, take a quiet bath, go for a health check-up. You choose which.',
      ]),
      closing(15, ['¿Qué derecho sobre tu cuerpo quieres recordar?', 'Which right over your body do you want to remember?']),
    ],
    facilitatorNotes: P(
      [
        'Trabaje con dos facilitadoras: una conduce y otra queda disponible para acompañar a quien salga. Tenga pañuelos, agua y la lista de servicios de salud con horario. No use videos ni imágenes de violencia sexual en esta sesión.',
        'Work with two facilitators: one leads and the other stays available to accompany anyone who leaves. Have tissues, water and the list of health services with opening hours. Do not use videos or images of sexual violence in this session.',
      ],
      [
        'Hable con un lenguaje claro y sin eufemismos, pero sin detalles gráficos. Si el grupo se queda en silencio, no lo llene de inmediato: el silencio también es una forma de procesar.',
        'Speak plainly and without euphemisms, but without graphic detail. If the group falls silent, do not fill the silence at once: silence is also a way of taking things in.',
      ],
    ),
    safetyNotes: safety(
      [
        'Si una participante revela una agresión sexual reciente (últimos cinco días), ofrezca en privado acompañarla de inmediato a un servicio de salud para anticoncepción de emergencia y profilaxis, y explíquele que ella decide si denuncia. Si revela abuso sexual de una niña o niño, explíquele que usted tiene la obligación de dar aviso a la procuraduría de protección de niñas, niños y adolescentes, y hágalo según el protocolo.',
        'If a participant discloses a recent sexual assault (within the last five days), offer privately to go with her at once to a health service for emergency contraception and prophylaxis, and explain that she decides whether to report it. If she discloses sexual abuse of a child, explain that you are obliged to notify the child protection authority, and do so according to the protocol.',
      ],
    ),
    handouts: [
      handout(
        ['Mi cuerpo, mis decisiones', 'My body, my decisions'],
        ['Tu cuerpo es tuyo. Nadie, ni siquiera tu esposo o pareja, tiene derecho a obligarte o presionarte a tener relaciones sexuales.', 'Your body is yours. Nobody, not even your husband or partner, has the right to force or pressure you into sex.'],
        ['- Puedes decir que no, aunque antes hayas dicho que sí.', '- You can say no, even if you said yes before.'],
        ['- Puedes decidir cuándo, cómo y si quieres usar anticonceptivos.', '- You can decide when, how and whether to use contraception.'],
        ['- La violación dentro del matrimonio es delito en México.', '- Rape within marriage is a crime in Mexico.'],
        ['- Si viviste una agresión sexual, acude a un centro de salud lo antes posible: en las primeras 72 horas pueden darte medicamentos para prevenir el VIH y otras infecciones, y anticoncepción de emergencia. No te pueden exigir una denuncia para atenderte.', '- If you were sexually assaulted, go to a health centre as soon as possible: within the first 72 hours they can give you medicines to prevent HIV and other infections, and emergency contraception. They cannot require a police report before caring for you.'],
        ['En una emergencia, llama al 911.', 'In an emergency, call 911.'],
      ),
    ],
    themeKeys: ['types-of-violence', 'rights'],
    resourceKeys: ['audio-breathing-guide'],
  },
  // ───────────── Module 3: Derechos e igualdad ─────────────
  {
    number: 9,
    moduleKey: 'derechos',
    title: L('Mis derechos como mujer', 'My rights as a woman'),
    summary: L(
      'Conocemos los derechos humanos de las mujeres: a una vida libre de violencia, a decidir sobre nuestro cuerpo, a la salud, al trabajo, a la educación y a participar. No son favores: nos pertenecen por ser personas.',
      'We learn about women’s human rights: to a life free of violence, to decide about our bodies, to health, work, education and participation. They are not favours: they belong to us because we are people.',
    ),
    objectives: [
      L('Identificar los derechos humanos de las mujeres y reconocerlos en la vida diaria.', 'Identify women’s human rights and recognise them in daily life.'),
      L('Reconocer qué derechos se violan en una relación con violencia.', 'Recognise which rights are violated in a violent relationship.'),
      L('Practicar cómo reclamar un derecho con firmeza y respeto.', 'Practise claiming a right firmly and respectfully.'),
    ],
    activities: [
      checkIn(20, ['¿Qué derecho ejerces hoy que tu mamá o tu abuela no pudo ejercer?', 'Which right do you exercise today that your mother or grandmother could not?']),
      act(
        'themeWork',
        40,
        L('El árbol de los derechos', 'The tree of rights'),
        P(
          [
            'Muestre la ilustración de los derechos y dibuje un árbol grande. En las raíces escriba «dignidad»: tenemos derechos por ser personas, no porque alguien nos los dé. Forme equipos y entregue a cada uno hojas de papel con forma de fruto; pida que escriban un derecho y, en el reverso, qué cambia en la vida de una mujer cuando lo ejerce.',
            'Show the rights illustration and draw a large tree. At the roots write “dignity”: we have rights because we are people, not because someone grants them. Form groups and give each paper fruits; ask them to write a right on each and, on the back, what changes in a woman’s life when she exercises it.',
          ],
          [
            'Al pegar los frutos, complete los que falten: vida libre de violencia, salud (incluida la sexual y reproductiva), educación, trabajo con salario justo, propiedad, libre tránsito, participación y a decidir con quién vivir. Pregunte cuáles se violan en una relación con violencia.',
            'As they stick up the fruits, add any missing: a life free of violence, health (including sexual and reproductive health), education, work with fair pay, property, freedom of movement, participation and deciding whom to live with. Ask which are violated in a violent relationship.',
          ],
        ),
        P(
          [
            'Con tu equipo, escriban un derecho en cada fruto y, atrás, lo que cambia en la vida de una mujer cuando puede ejercerlo.',
            'With your group, write a right on each fruit and, on the back, what changes in a woman’s life when she can exercise it.',
          ],
        ),
      ),
      pause(15),
      rolePlay(
        40,
        ['Reclamar un derecho', 'Claiming a right'],
        [
          'en el centro de salud le dicen que vuelva otro día aunque tiene cita; en la escuela le piden la firma del papá para inscribir a su hija; en la oficina de gobierno le dicen que su trámite «no procede» sin explicarle por qué.',
          'at the health centre she is told to come back another day although she has an appointment; at the school they ask for the father’s signature to enrol her daughter; at a government office she is told her application “does not proceed” without being told why.',
        ],
        [
          'En la plenaria, rescate frases que funcionaron: «tengo derecho a…», «por favor, explíqueme por escrito», «quiero hablar con su superior». Subraye que reclamar con firmeza no es ser grosera.',
          'In plenary, pick out phrases that worked: “I have the right to…”, “please explain it to me in writing”, “I would like to speak to your supervisor”. Stress that claiming firmly is not being rude.',
        ],
        [
          'Practica cómo pedir lo que te corresponde en una oficina, una escuela o un centro de salud. Usa frases como «tengo derecho a…» y «¿me lo puede explicar?».',
          'Practise asking for what is yours in an office, a school or a health centre. Use phrases like “I have the right to…” and “could you explain that to me?”.',
        ],
      ),
      reflection(15, ['Un derecho para mí', 'A right for me'], [
        'Elige un derecho que quieras ejercer más en tu vida. ¿Qué paso pequeño podrías dar esta semana?',
        'Choose one right you would like to exercise more in your life. What small step could you take this week?',
      ]),
      homework(10, ['Mis derechos', 'My rights'], [
        'Da el paso pequeño que elegiste para ejercer tu derecho, si es seguro para ti. La próxima semana platicaremos cómo te fue.',
        'Take the small step you chose to exercise your right, if it is safe for you. Next week we will talk about how it went.',
      ]),
      closing(10, ['Completa la frase: «Tengo derecho a…»', 'Complete the sentence: “I have the right to…”']),
    ],
    facilitatorNotes: P([
      'Prepare la ilustración de los derechos, frutos de papel, cinta y el árbol dibujado. Si hay participantes que no leen, pida que dibujen el derecho y léalo usted en voz alta.',
      'Prepare the rights illustration, paper fruits, tape and the drawn tree. If some participants do not read, ask them to draw the right and read it aloud yourself.',
    ]),
    safetyNotes: safety([
      'Al hablar de derechos, algunas participantes querrán denunciar o separarse de inmediato. Acompañe sin presionar en ningún sentido: separarse o denunciar puede aumentar el riesgo a corto plazo. Antes de cualquier paso, ofrezca en privado elaborar o revisar su plan de seguridad.',
      'When rights are discussed, some participants will want to report or separate straight away. Support them without pushing in either direction: separating or reporting can increase the danger in the short term. Before any step, offer privately to make or review her safety plan.',
    ]),
    handouts: [
      handout(
        ['Mis derechos', 'My rights'],
        ['Los derechos humanos son de todas las personas. Nadie te los puede quitar, ni tu pareja ni tu familia.', 'Human rights belong to everyone. Nobody can take them from you, not your partner and not your family.'],
        ['- A vivir sin violencia en mi casa, en la calle y en el trabajo.', '- To live without violence at home, in the street and at work.'],
        ['- A decidir sobre mi cuerpo, mi sexualidad y cuántos hijos tener.', '- To decide about my body, my sexuality and how many children to have.'],
        ['- A la salud, la educación y un trabajo con salario justo.', '- To health, education and work with fair pay.'],
        ['- A tener mis documentos y mis bienes.', '- To have my own documents and belongings.'],
        ['- A salir, estudiar, reunirme y participar en mi comunidad.', '- To go out, study, meet others and take part in my community.'],
        ['- A ser atendida en mi lengua y con respeto a mi cultura.', '- To be served in my language and with respect for my culture.'],
      ),
    ],
    themeKeys: ['rights'],
    resourceKeys: ['illustration-rights'],
  },
  {
    number: 10,
    moduleKey: 'derechos',
    title: L('La ley está de nuestro lado: órdenes de protección y ruta de denuncia', 'The law is on our side: protection orders and how to report'),
    summary: L(
      'Conocemos la Ley General de Acceso de las Mujeres a una Vida Libre de Violencia y qué son las órdenes de protección. Revisamos paso a paso a dónde acudir si decidimos denunciar y qué derechos tenemos durante el proceso.',
      'We learn about the General Law on Women’s Access to a Life Free of Violence and what protection orders are. We go step by step through where to go if we decide to report and what rights we have during the process.',
    ),
    objectives: [
      L('Conocer en lenguaje sencillo la ley de 2007 y las órdenes de protección.', 'Learn, in plain language, about the 2007 law and protection orders.'),
      L('Conocer la ruta de atención en el estado: Ministerio Público, Centro de Justicia para las Mujeres, asesoría jurídica gratuita.', 'Learn the route to help in the state: public prosecutor, women’s justice centre, free legal advice.'),
      L('Identificar obstáculos frecuentes y cómo enfrentarlos.', 'Identify common obstacles and how to face them.'),
    ],
    activities: [
      checkIn(15, ['¿Cómo te fue con el paso que elegiste para ejercer un derecho?', 'How did the step you chose to exercise a right go?']),
      act(
        'themeWork',
        35,
        L('¿Qué dice la ley?', 'What does the law say?'),
        P(
          [
            'Explique con ejemplos: la ley reconoce las formas de violencia que vimos y obliga a las autoridades a atender, proteger y sancionar. Las órdenes de protección pueden ordenar que el agresor salga del domicilio, que no se acerque a la mujer, a sus hijas e hijos ni a su trabajo, y que entregue armas. Se piden ante el Ministerio Público o un juez y deben resolverse con rapidez.',
            'Explain with examples: the law recognises the forms of violence we have seen and obliges the authorities to attend, protect and punish. Protection orders can require the aggressor to leave the home, not to approach the woman, her children or her workplace, and to hand over weapons. They are requested from the public prosecutor or a judge and must be decided quickly.',
          ],
          [
            'Subraye un punto: la ley indica evitar la mediación o conciliación en casos de violencia, porque no se puede negociar en igualdad con quien domina. Si en una oficina le proponen «arreglarse» con el agresor, ella tiene derecho a negarse.',
            'Stress one point: the law says mediation or conciliation should be avoided in cases of violence, because one cannot negotiate as an equal with the person who dominates. If an office suggests she “settle” with the aggressor, she has the right to refuse.',
          ],
        ),
        P([
          'Escucha qué dice la ley y qué son las órdenes de protección. Anota tus dudas: no hay preguntas tontas cuando se trata de tu seguridad.',
          'Listen to what the law says and what protection orders are. Write down your questions: no question is silly when your safety is at stake.',
        ]),
      ),
      vignette(
        25,
        ['En el Ministerio Público', 'At the prosecutor’s office'],
        [
          'Teresa va a denunciar. El agente le pregunta «¿y usted qué le hizo?» y le sugiere regresar cuando «esté más tranquila». Una asesora jurídica del Centro de Justicia la acompaña, explica sus derechos y pide una orden de protección.',
          'Teresa goes to report. The officer asks her “and what did you do to him?” and suggests she come back when she is “calmer”. A legal adviser from the justice centre accompanies her, explains her rights and requests a protection order.',
        ],
        [
          '¿Qué derechos de Teresa no se respetaron al principio? ¿Qué cambió cuando llegó la asesora? ¿Qué necesitarías tú para sentirte acompañada?',
          'Which of Teresa’s rights were not respected at first? What changed when the adviser arrived? What would you need to feel supported?',
        ],
        [
          'Valide el enojo que suele provocar la primera parte del video: la revictimización es real. Oriente hacia soluciones: ir acompañada, pedir todo por escrito, pedir hablar con la persona titular, presentar una queja ante la comisión de derechos humanos.',
          'Validate the anger the first part of the video usually provokes: re-victimisation is real. Steer towards solutions: going with someone, asking for everything in writing, asking to speak to the person in charge, filing a complaint with the human rights commission.',
        ],
      ),
      pause(15),
      act(
        'groupDiscussion',
        30,
        L('La ruta de atención en nuestro estado', 'The route to help in our state'),
        P(
          [
            'Dibuje en el papelógrafo un camino con estaciones: llamar al 911 en emergencia; acudir al Centro de Justicia para las Mujeres o al Ministerio Público; asesoría jurídica gratuita; servicio de salud; refugio si hace falta. Use el directorio del estado para poner nombres, horarios y teléfonos reales del servicio local.',
            'Draw a path with stations on the flip chart: call 911 in an emergency; go to the women’s justice centre or the public prosecutor; free legal advice; health service; shelter if needed. Use the state directory to add names, hours and phone numbers of the local services.',
          ],
          [
            'Pregunte qué obstáculos imaginan (distancia, costo del pasaje, hablar otra lengua, miedo a la reacción de la familia) y anote ideas para cada uno. Aclare que denunciar es un derecho, no una obligación, y que pueden informarse sin denunciar.',
            'Ask what obstacles they foresee (distance, bus fares, speaking another language, fear of the family’s reaction) and note ideas for each. Make clear that reporting is a right, not an obligation, and that they can get information without reporting.',
          ],
        ),
        P([
          '¿A dónde puede acudir una mujer en nuestro estado? ¿Qué obstáculos puede encontrar y qué la ayudaría a superarlos?',
          'Where can a woman go for help in our state? What obstacles might she meet, and what would help her overcome them?',
        ]),
      ),
      reflection(10, ['Mi información', 'My information'], [
        '¿Qué información de hoy te da más tranquilidad? ¿Qué te gustaría averiguar con más calma?',
        'Which information from today makes you feel calmer? What would you like to find out more about?',
      ]),
      homework(10, ['Órdenes de protección y ruta de atención', 'Protection orders and the route to help'], [
        'Guarda en un lugar seguro, o en tu memoria, el teléfono de un servicio de asesoría jurídica del directorio. No tienes que llamar; solo tenerlo a la mano.',
        'Keep the phone number of a legal advice service from the directory somewhere safe, or in your memory. You do not have to call; just have it to hand.',
      ]),
      closing(10, ['¿Qué te llevas para ti o para otra mujer?', 'What are you taking away for yourself or for another woman?']),
    ],
    facilitatorNotes: P([
      'Actualice antes la información local: dirección y horario del Centro de Justicia para las Mujeres, del Ministerio Público especializado y de la asesoría jurídica gratuita. Si es posible, invite a una abogada del directorio a resolver dudas en la segunda parte, con el acuerdo previo del grupo.',
      'Update local information beforehand: address and hours of the women’s justice centre, the specialised prosecutor and free legal advice. If possible, invite a lawyer from the directory to answer questions in the second half, with the group’s prior agreement.',
    ]),
    safetyNotes: safety([
      'La decisión de denunciar es de cada mujer. Separarse o denunciar son momentos de mayor riesgo: pregunte en privado si él tiene acceso a armas, si ya la amenazó con represalias y si hay órdenes de protección vigentes. Si el riesgo es alto, antes de denunciar acuerden dónde pasará esa noche (refugio, familiar) y a quién avisará.',
      'The decision to report is each woman’s. Separating or reporting are times of heightened danger: ask privately whether he has access to weapons, whether he has already threatened reprisals and whether protection orders are in force. If the danger is high, before reporting agree where she will spend that night (shelter, relative) and whom she will tell.',
    ]),
    handouts: [
      handout(
        ['Órdenes de protección y ruta de atención', 'Protection orders and the route to help'],
        ['Las órdenes de protección sirven para cuidarte a ti y a tus hijas e hijos. Pueden ordenar, por ejemplo:', 'Protection orders are there to protect you and your children. They can order, for example:'],
        ['- Que el agresor salga de la casa.', '- That the aggressor leave the home.'],
        ['- Que no se acerque a ti, a tu trabajo, a la escuela de tus hijos ni a tu familia.', '- That he not come near you, your work, your children’s school or your family.'],
        ['- Que entregue las armas que tenga.', '- That he hand over any weapons.'],
        ['- Que te devuelvan tus documentos y objetos personales.', '- That your documents and personal belongings be returned.'],
        ['No estás obligada a «conciliar» ni a «arreglarte» con quien te violenta. Puedes ir acompañada y pedir un intérprete si hablas una lengua indígena.', 'You are not obliged to “reconcile” or “settle” with the person who abuses you. You can take someone with you and ask for an interpreter if you speak an Indigenous language.'],
      ),
    ],
    themeKeys: ['rights', 'safety-and-risk'],
  },
  {
    number: 11,
    moduleKey: 'derechos',
    title: L('Relaciones de igualdad: la rueda de la igualdad', 'Relationships of equality: the equality wheel'),
    summary: L(
      'Después de mirar el control, miramos su contrario: una relación de igualdad, con respeto, confianza, responsabilidades compartidas y decisiones negociadas. Pensamos qué merecemos en cualquier relación.',
      'Having looked at control, we look at its opposite: a relationship of equality, with respect, trust, shared responsibilities and negotiated decisions. We think about what we deserve in any relationship.',
    ),
    objectives: [
      L('Conocer la rueda de la igualdad y contrastarla con la del poder y control.', 'Learn about the equality wheel and contrast it with the power and control wheel.'),
      L('Describir cómo se ve el respeto en la vida diaria de una pareja y de una familia.', 'Describe what respect looks like in the daily life of a couple and a family.'),
      L('Nombrar lo que cada una merece en sus relaciones.', 'Name what each woman deserves in her relationships.'),
    ],
    activities: [
      checkIn(15, ['¿Qué hace que te sientas respetada por una persona?', 'What makes you feel respected by someone?']),
      act(
        'themeWork',
        35,
        L('De una rueda a la otra', 'From one wheel to the other'),
        P(
          [
            'Pegue juntas las dos ruedas. Entregue a cada equipo un rayo de la rueda del poder y pida que encuentren su «contrario» en la de la igualdad: intimidación y conducta no amenazante; aislamiento y confianza y apoyo; abuso económico y economía compartida; privilegio masculino y responsabilidades compartidas; coerción y negociación justa.',
            'Put the two wheels up side by side. Give each group a spoke of the power wheel and ask them to find its “opposite” on the equality wheel: intimidation and non-threatening behaviour; isolation and trust and support; economic abuse and economic partnership; male privilege and shared responsibility; coercion and fair negotiation.',
          ],
          [
            'Pida que describan cómo se vería ese rayo de igualdad un martes cualquiera en casa. Anote ejemplos concretos: «cada quien puede ver a su familia», «deciden juntos en qué gastar», «él también lava los trastes».',
            'Ask them to describe what that equality spoke would look like on an ordinary Tuesday at home. Write down concrete examples: “each can see their own family”, “they decide together what to spend on”, “he washes the dishes too”.',
          ],
        ),
        P([
          'Busca en la rueda de la igualdad el contrario del rayo que le tocó a tu equipo. ¿Cómo se vería en un día cualquiera en casa?',
          'Find on the equality wheel the opposite of your group’s spoke. What would it look like on an ordinary day at home?',
        ]),
      ),
      vignette(
        25,
        ['El aguinaldo', 'The Christmas bonus'],
        [
          'Claudia y Jorge reciben el aguinaldo. Él quiere cambiar la llanta de la camioneta; ella, pagar los útiles de los niños. Platican, cada uno explica sus razones, hacen cuentas y acuerdan un plan para las dos cosas.',
          'Claudia and Jorge receive their year-end bonus. He wants to replace the van’s tyre; she wants to pay for the children’s school supplies. They talk, each explains their reasons, they do the sums and agree on a plan for both.',
        ],
        [
          '¿Qué hizo posible que llegaran a un acuerdo? ¿Alguno tuvo miedo del otro? ¿Qué rayos de la rueda de la igualdad aparecen?',
          'What made it possible for them to agree? Was either afraid of the other? Which spokes of the equality wheel appear?',
        ],
        [
          'Es una viñeta de modelo positivo: pida que noten los detalles (tono de voz, escuchar sin interrumpir, ceder en algo). Si alguien dice «eso no existe», reconozca que es difícil y pregunte dónde han visto relaciones así, aunque sea entre amigas o hermanos.',
          'This is a positive-model vignette: ask them to notice details (tone of voice, listening without interrupting, giving way on something). If someone says “that does not exist”, acknowledge that it is hard and ask where they have seen relationships like this, even between friends or siblings.',
        ],
      ),
      pause(15),
      act(
        'groupDiscussion',
        30,
        L('Lo que merezco', 'What I deserve'),
        P(
          [
            'Pida que cada participante complete en una tarjeta la frase «Merezco una relación en la que…». Recójalas, léalas sin decir de quién son y péguelas alrededor de la rueda de la igualdad.',
            'Ask each participant to complete on a card the sentence “I deserve a relationship in which…”. Collect them, read them aloud without saying whose they are and stick them around the equality wheel.',
          ],
          [
            'Lleve la conversación más allá de la pareja: ¿cómo se ve la igualdad con las hijas e hijos, con la familia, en el trabajo? Cierre: merecer respeto no depende de «portarse bien».',
            'Take the conversation beyond the couple: what does equality look like with the children, the family, at work? Close: deserving respect does not depend on “behaving well”.',
          ],
        ),
        P([
          'Completa la frase: «Merezco una relación en la que…». Piensa en la pareja, pero también en tu familia, tus amistades y tu trabajo.',
          'Complete the sentence: “I deserve a relationship in which…”. Think about a partner, but also about your family, friends and work.',
        ]),
      ),
      reflection(10, ['Un rayo de igualdad', 'A spoke of equality'], [
        '¿Qué rayo de la rueda de la igualdad ya existe en alguna de tus relaciones? ¿Cuál te gustaría que creciera?',
        'Which spoke of the equality wheel already exists in one of your relationships? Which would you like to see grow?',
      ]),
      homework(10, ['La rueda de la igualdad', 'The equality wheel'], [
        'Esta semana, observa una relación cercana (de amigas, de hermanos, de vecinos) donde veas respeto. ¿Qué hacen distinto?',
        'This week, look at a relationship near you (friends, siblings, neighbours) where you see respect. What do they do differently?',
      ]),
      closing(10, ['¿Qué mereces?', 'What do you deserve?']),
    ],
    facilitatorNotes: P([
      'Tenga impresas ambas ruedas y las tarjetas para «Merezco…». Esta sesión equilibra el peso de las anteriores: dé espacio al buen humor y a los ejemplos positivos sin minimizar lo vivido.',
      'Have both wheels printed and the cards for “I deserve…”. This session balances the weight of the earlier ones: make room for good humour and positive examples without minimising what has been lived.',
    ]),
    safetyNotes: safety([
      'Ver una relación igualitaria puede despertar la esperanza de que la pareja cambie «si yo hago las cosas bien». Aclare que el cambio de quien ejerce violencia depende de él y de un proceso especializado. Si una participante dice que su pareja asiste al grupo de hombres y que «ya cambió», no la contradiga frente al grupo, pero recuérdele en privado que los periodos de calma pueden ser parte del ciclo y que mantenga su plan de seguridad.',
      'Seeing an equal relationship can raise the hope that her partner will change “if I do things right”. Make clear that change in the one who uses violence depends on him and on a specialised process. If a participant says her partner attends the men’s group and “has already changed”, do not contradict her in front of the group, but remind her privately that calm periods can be part of the cycle and that she should keep her safety plan.',
    ]),
    handouts: [
      handout(
        ['La rueda de la igualdad', 'The equality wheel'],
        ['En el centro de esta rueda está la igualdad. Cada rayo es una forma de vivirla:', 'At the centre of this wheel is equality. Each spoke is a way of living it:'],
        ['- No violencia y conducta no amenazante: hablar sin miedo.', '- Non-violence and non-threatening behaviour: talking without fear.'],
        ['- Respeto: escuchar y valorar las opiniones de la otra persona.', '- Respect: listening to and valuing the other person’s opinions.'],
        ['- Confianza y apoyo: apoyar sus metas, sus amistades y su familia.', '- Trust and support: supporting her goals, friends and family.'],
        ['- Honestidad y responsabilidad: reconocer los errores sin culpar.', '- Honesty and accountability: owning mistakes without blaming.'],
        ['- Responsabilidades compartidas: repartir el trabajo de la casa y la crianza.', '- Shared responsibility: sharing housework and child-rearing.'],
        ['- Economía compartida y negociación justa: decidir juntos sobre el dinero y los problemas.', '- Economic partnership and fair negotiation: deciding together about money and problems.'],
      ),
    ],
    themeKeys: ['respect', 'negotiation-and-fairness'],
    resourceKeys: ['illustration-equality-wheel'],
  },
  {
    number: 12,
    moduleKey: 'derechos',
    title: L('Comunicación asertiva: decir no y pedir lo que necesito', 'Assertive communication: saying no and asking for what I need'),
    summary: L(
      'Practicamos formas de expresar lo que pensamos, sentimos y necesitamos con claridad y respeto. Aprendemos a decir «no» sin culpa y a reconocer cuándo no es seguro confrontar.',
      'We practise ways of expressing what we think, feel and need clearly and respectfully. We learn to say “no” without guilt and to recognise when it is not safe to confront.',
    ),
    objectives: [
      L('Distinguir entre responder de forma pasiva, agresiva y asertiva.', 'Distinguish passive, aggressive and assertive responses.'),
      L('Practicar los «mensajes yo» y el «no» en situaciones cotidianas.', 'Practise “I-messages” and saying “no” in everyday situations.'),
      L('Reconocer que, ante una pareja violenta, la seguridad va primero.', 'Recognise that with a violent partner, safety comes first.'),
    ],
    activities: [
      checkIn(15, ['¿A quién te cuesta más trabajo decirle que no?', 'Who do you find it hardest to say no to?']),
      act(
        'themeWork',
        30,
        L('Tres formas de responder', 'Three ways of responding'),
        P(
          [
            'Con la cofacilitadora, actúe tres veces la misma escena: una vecina pide prestado dinero por tercera vez. Primero responda de forma pasiva (acepta aunque no puede), luego agresiva (la insulta) y al final asertiva («te entiendo, pero esta vez no puedo prestarte»).',
            'With the co-facilitator, act the same scene three times: a neighbour asks to borrow money for the third time. First respond passively (agreeing although you cannot afford it), then aggressively (insulting her) and finally assertively (“I understand, but this time I cannot lend you any”).',
          ],
          [
            'Pregunte cómo se sintió cada personaje en cada versión. Presente el «mensaje yo» en el papelógrafo: «Cuando pasa…, yo me siento…, y necesito…». Dé dos ejemplos.',
            'Ask how each character felt in each version. Present the “I-message” on the flip chart: “When… happens, I feel…, and I need…”. Give two examples.',
          ],
        ),
        P([
          'Observa las tres escenas. ¿Cómo se siente cada persona? ¿Cuál respuesta cuida a las dos?',
          'Watch the three scenes. How does each person feel? Which response takes care of both?',
        ]),
      ),
      pause(15),
      rolePlay(
        40,
        ['Practicar el «no»', 'Practising “no”'],
        [
          'la cuñada pide que le cuide otra vez a sus hijos todo el sábado; el patrón pide quedarse dos horas más sin pago; una amiga insiste en que vaya a una fiesta a la que no quiere ir.',
          'a sister-in-law asks again for her to look after her children all Saturday; the boss asks her to stay two hours late without pay; a friend insists she go to a party she does not want to attend.',
        ],
        [
          'No incluya escenas con la pareja violenta. Si una participante lo propone, explique que ensayar una confrontación con quien usa violencia puede ponerla en riesgo y que eso se trabaja en el plan de seguridad.',
          'Do not include scenes with the violent partner. If a participant suggests one, explain that rehearsing a confrontation with someone who uses violence can put her at risk and that this is worked on in the safety plan.',
        ],
        [
          'Practica decir «no» usando un mensaje yo: «Cuando me pides…, me siento…, y necesito…». Puedes repetir tu «no» con calma las veces que haga falta.',
          'Practise saying “no” with an I-message: “When you ask me…, I feel…, and I need…”. You can calmly repeat your “no” as many times as necessary.',
        ],
      ),
      act(
        'groupDiscussion',
        20,
        L('¿Cuándo sí y cuándo no es seguro?', 'When is it safe, and when is it not?'),
        P(
          [
            'Pregunte: ¿hay personas con las que decir «no» puede ser peligroso? Reconozca que con una pareja violenta a veces la mejor estrategia es no confrontar y protegerse; eso no es ser pasiva, es ser estratégica.',
            'Ask: are there people to whom saying “no” can be dangerous? Acknowledge that with a violent partner the best strategy is sometimes not to confront and to protect oneself; that is not being passive, it is being strategic.',
          ],
          [
            'Anote señales para decidir: ¿he visto antes que se enoja de forma violenta?, ¿estoy sola?, ¿tengo a dónde ir? Cierre: la asertividad es una herramienta, no una obligación.',
            'Write down signs to help decide: Have I seen him become violently angry before? Am I alone? Do I have somewhere to go? Close: assertiveness is a tool, not an obligation.',
          ],
        ),
        P([
          '¿Con quién es seguro para ti decir lo que piensas? ¿Con quién es mejor cuidarte primero?',
          'With whom is it safe for you to say what you think? With whom is it better to protect yourself first?',
        ]),
      ),
      reflection(10, ['Mi primer «no»', 'My first “no”'], [
        'Piensa en una situación de esta semana en la que te gustaría decir «no» y en la que sea seguro hacerlo. Escribe tu mensaje yo.',
        'Think of a situation this week in which you would like to say “no” and it is safe to do so. Write your I-message.',
      ]),
      homework(10, ['Mensajes yo', 'I-messages'], [
        'Usa tu mensaje yo en la situación que elegiste. Fíjate cómo te sentiste antes, durante y después.',
        'Use your I-message in the situation you chose. Notice how you felt before, during and after.',
      ]),
      closing(10, ['¿Qué necesitas pedir esta semana?', 'What do you need to ask for this week?']),
    ],
    facilitatorNotes: P([
      'Ensaye con la cofacilitadora las tres escenas antes de la sesión; el humor ayuda, pero no ridiculice a la persona pasiva: muchas participantes se reconocerán en ella.',
      'Rehearse the three scenes with the co-facilitator before the session; humour helps, but do not ridicule the passive character: many participants will recognise themselves in her.',
    ]),
    safetyNotes: safety([
      'Si una participante dice que esta semana le va a «poner un alto» a su pareja, explore en privado cómo piensa hacerlo y qué podría pasar, e incorpore esa decisión a su plan de seguridad (dónde estarán los niños, a quién avisará, cómo saldrá si él se pone violento).',
      'If a participant says that this week she is going to “put a stop” to her partner, explore privately how she plans to do it and what could happen, and build that decision into her safety plan (where the children will be, whom she will tell, how she will get out if he turns violent).',
    ]),
    handouts: [
      handout(
        ['Mensajes yo', 'I-messages'],
        ['Un mensaje yo sirve para decir lo que sientes y necesitas sin atacar a la otra persona:', 'An I-message lets you say what you feel and need without attacking the other person:'],
        ['- Cuando… (describe lo que pasó, sin insultos)', '- When… (describe what happened, without insults)'],
        ['- Yo me siento… (nombra tu emoción)', '- I feel… (name your emotion)'],
        ['- Y necesito… (pide algo concreto)', '- And I need… (ask for something specific)'],
        ['Ejemplo: «Cuando me pides que cuide a tus hijos sin avisarme, me siento presionada, y necesito que me preguntes con tiempo».', 'Example: “When you ask me to look after your children without warning, I feel pressured, and I need you to ask me in good time”.'],
        ['Recuerda: tu seguridad va primero. No tienes que confrontar a quien te puede lastimar.', 'Remember: your safety comes first. You do not have to confront someone who may hurt you.'],
      ),
    ],
    themeKeys: ['negotiation-and-fairness', 'respect', 'emotions-and-self-care'],
  },
  // ───────────── Module 4: Autoestima, cuerpo y emociones ─────────────
  {
    number: 13,
    moduleKey: 'autoestima',
    title: L('Autoestima: cómo me veo y cómo me trato', 'Self-esteem: how I see myself and how I treat myself'),
    summary: L(
      'La violencia deja huellas en la forma como nos vemos. En esta sesión reconocemos nuestras cualidades y logros y cambiamos algunas de las frases con que nos hablamos a nosotras mismas.',
      'Violence leaves marks on how we see ourselves. In this session we recognise our qualities and achievements and change some of the things we say to ourselves.',
    ),
    objectives: [
      L('Reconocer cómo la violencia afecta la autoestima.', 'Recognise how violence affects self-esteem.'),
      L('Identificar cualidades, saberes y logros propios.', 'Identify one’s own qualities, skills and achievements.'),
      L('Cambiar frases de desvalorización por frases de reconocimiento.', 'Replace put-downs with words of recognition.'),
    ],
    activities: [
      checkIn(20, ['¿Qué haces bien y casi nadie te lo reconoce?', 'What do you do well that almost nobody acknowledges?']),
      act(
        'themeWork',
        45,
        L('El espejo', 'The mirror'),
        P(
          [
            'Entregue una hoja doblada en dos. Del lado izquierdo, cada participante escribe o dibuja frases que ha escuchado sobre sí misma que la lastimaron («no sirves para nada», «estás gorda», «nadie te va a querer») y, junto a cada una, quién la dijo. Dé 10 minutos en silencio.',
            'Hand out a sheet folded in two. On the left side, each participant writes or draws things she has heard about herself that hurt her (“you are useless”, “you are fat”, “nobody will ever love you”) and, beside each one, who said it. Allow 10 minutes of silence.',
          ],
          [
            'Pregunte: ¿esas frases dicen la verdad sobre ti o dicen algo de quien las dijo? Del lado derecho, pida que reescriban cada frase como la diría alguien que las quiere («sacaste adelante a tus hijos sola»). En parejas, lean solo el lado derecho. Al final pueden romper el lado izquierdo, si quieren.',
            'Ask: do those words tell the truth about you, or do they say something about the person who said them? On the right side, ask them to rewrite each one as someone who loves them would say it (“you raised your children on your own”). In pairs, they read only the right side aloud. At the end they can tear off the left side, if they wish.',
          ],
        ),
        P([
          'Del lado izquierdo escribe las frases que te han lastimado. Del lado derecho, escríbelas de nuevo como te las diría alguien que te quiere. Lo que escribas es solo tuyo.',
          'On the left, write the words that have hurt you. On the right, write them again as someone who loves you would say them. What you write is yours alone.',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        30,
        L('La silla de las cualidades', 'The chair of qualities'),
        P(
          [
            'Coloque una silla al centro. Por turnos y solo quien quiera, una participante se sienta y el grupo le dice cualidades que ha visto en ella durante estas semanas. Regla: solo frases positivas y verdaderas, sin «pero». La participante solo escucha y al final dice «gracias».',
            'Put a chair in the centre. In turns, and only those who wish, a participant sits and the group tells her qualities they have seen in her over these weeks. Rule: only true, positive statements, with no “but”. She only listens and at the end says “thank you”.',
          ],
          [
            'Después pregunte cómo se sintió recibir reconocimiento y por qué a veces cuesta tanto. Relacione con el aislamiento: la violencia nos quita espejos amables.',
            'Afterwards ask how it felt to be recognised and why it is sometimes so hard. Link it to isolation: violence takes away kind mirrors.',
          ],
        ),
        P([
          'Si quieres, siéntate en la silla y escucha lo que tus compañeras ven en ti. Solo escucha y di «gracias». Cuando sea el turno de otra, dile una cualidad verdadera que hayas visto en ella.',
          'If you like, sit in the chair and listen to what the others see in you. Just listen and say “thank you”. When it is someone else’s turn, tell her one true quality you have seen in her.',
        ]),
      ),
      reflection(15, ['Carta a mí misma', 'A letter to myself'], [
        'Escribe o dibuja unas líneas para ti: ¿qué has logrado a pesar de todo? ¿Qué te gustaría decirte más seguido?',
        'Write or draw a few lines to yourself: What have you achieved in spite of everything? What would you like to tell yourself more often?',
      ]),
      homework(10, ['Mis cualidades y mis logros', 'My qualities and achievements'], [
        'Cada noche, anota o piensa en una cosa que hiciste bien ese día, por pequeña que sea.',
        'Each night, write down or think of one thing you did well that day, however small.',
      ]),
      closing(15, ['Di una cualidad tuya en voz alta.', 'Say one of your qualities out loud.']),
    ],
    facilitatorNotes: P([
      'La silla de las cualidades funciona mejor cuando el grupo ya tiene confianza. Si es un grupo abierto con participantes nuevas, sustitúyala por cualidades escritas en tarjetas anónimas que cada una recibe. Cuide que todas reciban reconocimientos parecidos en número.',
      'The chair of qualities works best once the group has built trust. If it is an open group with new participants, replace it with qualities written on anonymous cards that each woman receives. Make sure everyone receives a similar number of compliments.',
    ]),
    safetyNotes: safety([
      'Frases como «no valgo nada», «mis hijos estarían mejor sin mí» o «ya no quiero seguir» pueden indicar riesgo de suicidio. No las pase por alto: al terminar, pregunte directamente y con calma si ha pensado en quitarse la vida. Si es así, no la deje irse sola y active la canalización urgente a salud mental según el protocolo.',
      'Remarks such as “I am worthless”, “my children would be better off without me” or “I do not want to go on” may indicate a risk of suicide. Do not let them pass: at the end, ask directly and calmly whether she has thought of taking her own life. If so, do not let her leave alone, and make an urgent mental-health referral according to the protocol.',
    ]),
    handouts: [
      handout(
        ['Mis cualidades y mis logros', 'My qualities and achievements'],
        ['La autoestima es cómo te ves, cómo te valoras y cómo te tratas. La violencia la daña, pero se puede reconstruir.', 'Self-esteem is how you see yourself, value yourself and treat yourself. Violence damages it, but it can be rebuilt.'],
        ['- Tres cosas que hago bien:', '- Three things I do well:'],
        ['- Una dificultad que ya superé:', '- One difficulty I have already overcome:'],
        ['- Una persona que me valora:', '- One person who values me:'],
        ['- Una frase amable para decirme cuando me sienta mal:', '- A kind sentence to tell myself when I feel bad:'],
      ),
    ],
    themeKeys: ['emotions-and-self-care'],
  },
  {
    number: 14,
    moduleKey: 'autoestima',
    title: L('Mi cuerpo, mi territorio', 'My body, my territory'),
    summary: L(
      'Hablamos del cuerpo como un lugar que merece cuidado y respeto. Vemos cómo la violencia se siente en el cuerpo (dolores, cansancio, insomnio) y qué podemos hacer para cuidarnos, incluidos nuestros derechos sexuales y reproductivos.',
      'We talk about the body as a place that deserves care and respect. We see how violence is felt in the body (aches, tiredness, sleeplessness) and what we can do to look after ourselves, including our sexual and reproductive rights.',
    ),
    objectives: [
      L('Reconocer cómo la violencia y el estrés se manifiestan en el cuerpo.', 'Recognise how violence and stress show up in the body.'),
      L('Conocer los derechos sexuales y reproductivos y los servicios de salud disponibles.', 'Know sexual and reproductive rights and the health services available.'),
      L('Practicar una técnica sencilla de relajación y autocuidado.', 'Practise a simple relaxation and self-care technique.'),
    ],
    contentNotes: L(
      'Hablamos del cuerpo, de la salud sexual y reproductiva y de cómo la violencia afecta al cuerpo. Hay un ejercicio de relajación con los ojos cerrados que puedes hacer con los ojos abiertos si lo prefieres.',
      'We talk about the body, sexual and reproductive health and how violence affects the body. There is a relaxation exercise with eyes closed that you can do with your eyes open if you prefer.',
    ),
    activities: [
      checkIn(15, ['¿Qué parte de tu cuerpo te pide hoy descanso?', 'Which part of your body is asking for rest today?']),
      act(
        'themeWork',
        40,
        L('El mapa del cuerpo', 'The body map'),
        P(
          [
            'Entregue a cada participante una silueta humana impresa. Pida que marque con azul dónde siente cansancio, dolor o tensión cuando hay problemas (cabeza, estómago, espalda, pecho) y con amarillo dónde siente fuerza, alivio o gusto. No se pide dibujar lesiones ni relatar episodios.',
            'Give each participant a printed body outline. Ask her to mark in blue where she feels tiredness, pain or tension when there are problems (head, stomach, back, chest) and in yellow where she feels strength, relief or pleasure. Nobody is asked to draw injuries or describe episodes.',
          ],
          [
            'En plenaria, pregunte qué zonas se repiten. Explique que la violencia sostenida provoca estrés crónico: dolores de cabeza, colitis, insomnio, presión alta, y que merece atención médica. Pregunte qué hacen ya para cuidarse y anote esas prácticas.',
            'In plenary, ask which areas come up repeatedly. Explain that ongoing violence causes chronic stress: headaches, colitis, sleeplessness, high blood pressure, and that it deserves medical attention. Ask what they already do to look after themselves and write those practices down.',
          ],
        ),
        P([
          'En la silueta, marca con azul dónde sientes cansancio, dolor o tensión, y con amarillo dónde sientes fuerza o alivio. Es tu mapa: solo compartes lo que quieras.',
          'On the outline, mark in blue where you feel tiredness, pain or tension, and in yellow where you feel strength or relief. It is your map: share only what you want to.',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        40,
        L('Cuidarme también es un derecho', 'Looking after myself is a right too'),
        P(
          [
            'Presente los derechos sexuales y reproductivos con ejemplos: decidir si tener hijas o hijos, cuántos y cuándo; elegir y usar anticonceptivos sin permiso de la pareja; recibir información y atención sin maltrato; vivir la sexualidad sin violencia. Mencione la detección de cáncer cervicouterino y de mama y la prueba de VIH gratuita en los centros de salud.',
            'Present sexual and reproductive rights with examples: deciding whether to have children, how many and when; choosing and using contraception without the partner’s permission; receiving information and care without mistreatment; living one’s sexuality without violence. Mention cervical and breast cancer screening and free HIV testing at health centres.',
          ],
          [
            'Pregunte qué dificulta ir a revisarse (tiempo, dinero, vergüenza, que la pareja no deje) y busquen juntas una salida para cada obstáculo. Use el directorio para nombrar el centro de salud más cercano.',
            'Ask what makes it hard to get checked (time, money, embarrassment, the partner not allowing it) and look together for a way round each obstacle. Use the directory to name the nearest health centre.',
          ],
        ),
        P([
          '¿Cuándo fue la última vez que fuiste a una revisión solo para ti? ¿Qué te lo ha hecho difícil y qué podría ayudarte?',
          'When did you last go for a check-up just for yourself? What has made it hard, and what could help?',
        ]),
      ),
      reflection(20, ['Relajación guiada', 'Guided relaxation'], [
        'Escucha la guía de respiración. Inhala contando hasta cuatro, sostén un momento, exhala contando hasta seis. Puedes tener los ojos abiertos y detenerte cuando quieras.',
        'Listen to the breathing guide. Breathe in counting to four, hold for a moment, breathe out counting to six. You can keep your eyes open and stop whenever you like.',
      ], [
        'Use el audio de respiración guiada. Al terminar, pida que muevan despacio manos y pies antes de hablar. No pida que compartan; ofrezca que quien quiera diga una palabra sobre cómo está su cuerpo ahora.',
        'Use the guided breathing audio. When it ends, ask them to move hands and feet slowly before speaking. Do not ask them to share; invite anyone who wishes to say one word about how her body feels now.',
      ]),
      homework(10, ['Mis derechos sexuales y reproductivos', 'My sexual and reproductive rights'], [
        'Practica la respiración de hoy una vez al día, por ejemplo antes de dormir. Si puedes, pide una cita de revisión en tu centro de salud.',
        'Practise today’s breathing once a day, for example before going to sleep. If you can, book a check-up at your health centre.',
      ]),
      closing(10, ['¿Cómo vas a cuidar tu cuerpo esta semana?', 'How will you look after your body this week?']),
    ],
    facilitatorNotes: P([
      'Prepare siluetas impresas, colores azul y amarillo, el audio de respiración y una bocina. Si el grupo incluye mujeres embarazadas o con discapacidad, adapte el ejercicio de relajación a la postura que les resulte cómoda.',
      'Prepare printed outlines, blue and yellow crayons, the breathing audio and a speaker. If the group includes pregnant women or women with disabilities, adapt the relaxation exercise to a comfortable position.',
    ]),
    safetyNotes: safety([
      'El trabajo corporal puede activar recuerdos traumáticos. Dé siempre la opción de hacer el ejercicio con los ojos abiertos y de detenerse. Si alguna participante se desconecta (mirada fija, respiración agitada, no responde), háblele por su nombre, pídale que sienta los pies en el piso y que nombre cinco cosas que ve. Dolores crónicos, lesiones sin atender o golpes durante el embarazo requieren canalización a salud.',
      'Body work can trigger traumatic memories. Always offer the option of doing the exercise with eyes open and of stopping. If a participant dissociates (fixed stare, rapid breathing, no response), call her by name, ask her to feel her feet on the floor and to name five things she can see. Chronic pain, untreated injuries or blows during pregnancy call for a health referral.',
    ]),
    handouts: [
      handout(
        ['Mis derechos sexuales y reproductivos', 'My sexual and reproductive rights'],
        ['- Decidir si quiero tener hijas o hijos, cuántos y cuándo.', '- To decide whether I want children, how many and when.'],
        ['- Elegir un método anticonceptivo sin pedir permiso a nadie.', '- To choose a method of contraception without asking anyone’s permission.'],
        ['- Recibir información clara y atención de salud sin maltrato.', '- To receive clear information and health care without mistreatment.'],
        ['- Vivir mi sexualidad sin violencia, presión ni miedo.', '- To live my sexuality without violence, pressure or fear.'],
        ['- Hacerme estudios de salud (Papanicolaou, exploración de mama, prueba de VIH) de manera gratuita en los centros de salud.', '- To have health tests (Pap smear, breast examination, HIV test) free of charge at health centres.'],
      ),
    ],
    themeKeys: ['emotions-and-self-care', 'rights'],
    resourceKeys: ['audio-breathing-guide'],
  },
  {
    number: 15,
    moduleKey: 'autoestima',
    title: L('Emociones: el miedo, la tristeza y el enojo también hablan', 'Emotions: fear, sadness and anger speak too'),
    summary: L(
      'Aprendemos a reconocer nuestras emociones y lo que nos quieren decir. El enojo de una mujer no es malo: puede ser una señal de que algo injusto está pasando. Practicamos una respiración para calmarnos.',
      'We learn to recognise our emotions and what they are telling us. A woman’s anger is not bad: it can be a sign that something unfair is happening. We practise a breathing exercise to calm ourselves.',
    ),
    objectives: [
      L('Identificar emociones básicas y las señales que dan en el cuerpo.', 'Identify basic emotions and the signals they give in the body.'),
      L('Reconocer el enojo como una emoción legítima y aprender a expresarlo sin dañarse.', 'Recognise anger as a legitimate emotion and learn to express it without harming oneself.'),
      L('Practicar una técnica de respiración para momentos difíciles.', 'Practise a breathing technique for difficult moments.'),
    ],
    activities: [
      checkIn(15, ['Si tu ánimo de hoy fuera un clima, ¿cuál sería: sol, nublado, lluvia o tormenta?', 'If your mood today were the weather, what would it be: sunny, cloudy, rainy or stormy?']),
      act(
        'themeWork',
        35,
        L('Las caras de las emociones', 'The faces of emotions'),
        P(
          [
            'Muestre la ilustración de las emociones (alegría, tristeza, enojo, calma) y agregue el miedo. Para cada una pregunte: ¿dónde la sientes en el cuerpo?, ¿qué te dice?, ¿qué haces cuando aparece? Anote en cinco columnas.',
            'Show the emotions illustration (joy, sadness, anger, calm) and add fear. For each ask: Where do you feel it in your body? What is it telling you? What do you do when it appears? Write five columns.',
          ],
          [
            'Explique que las emociones no son buenas ni malas: son información. El miedo nos avisa de un peligro; la tristeza, de una pérdida; el enojo, de una injusticia. Lo que importa es qué hacemos con ellas.',
            'Explain that emotions are neither good nor bad: they are information. Fear warns us of danger; sadness, of a loss; anger, of an injustice. What matters is what we do with them.',
          ],
        ),
        P([
          'Mira las caras. ¿Dónde sientes cada emoción en tu cuerpo? ¿Qué te quiere decir? ¿Qué haces cuando aparece?',
          'Look at the faces. Where do you feel each emotion in your body? What is it trying to tell you? What do you do when it appears?',
        ]),
      ),
      vignette(
        25,
        ['Lo que no dije', 'What I did not say'],
        [
          'En la comida familiar, la suegra de Sofía critica cómo educa a sus hijos y su esposo se ríe. Sofía sonríe, sirve más tortillas y, ya sola en la cocina, llora. Esa noche le duele la cabeza y no duerme.',
          'At a family meal, Sofía’s mother-in-law criticises how she raises her children and her husband laughs. Sofía smiles, serves more tortillas and, alone in the kitchen, cries. That night she has a headache and cannot sleep.',
        ],
        [
          '¿Qué emociones sintió Sofía? ¿Por qué no las mostró? ¿A dónde se fueron? ¿Qué podría hacer con ellas de forma segura?',
          'What emotions did Sofía feel? Why did she not show them? Where did they go? What could she do with them safely?',
        ],
        [
          'Lleve la conversación a los mandatos: a las mujeres se les enseña a tragarse el enojo. Pida ideas seguras para expresarlo: escribirlo, platicarlo con una amiga, caminar, golpear una almohada, decirlo cuando sea seguro.',
          'Steer the conversation towards expectations: women are taught to swallow their anger. Ask for safe ways to express it: writing it down, talking to a friend, walking, hitting a pillow, saying it when it is safe.',
        ],
      ),
      pause(15),
      act(
        'groupDiscussion',
        25,
        L('Emociones que nos enseñaron a callar', 'Emotions we were taught to hide'),
        P(
          [
            'Pregunte: ¿qué emociones te dejaban mostrar de niña y cuáles no? ¿Qué pasaba si te enojabas? Anote frases: «calladita te ves más bonita», «no llores». Compare con lo que se permitía a los hermanos varones.',
            'Ask: Which emotions were you allowed to show as a girl, and which not? What happened if you got angry? Write down phrases: “you look prettier when you keep quiet”, “don’t cry”. Compare with what brothers were allowed.',
          ],
          [
            'Cierre con una idea clave: el enojo de una mujer ante la violencia es legítimo y sano; la violencia no. Sentir no daña; lo que daña es usar las emociones para lastimar.',
            'Close with a key idea: a woman’s anger at violence is legitimate and healthy; violence is not. Feeling does no harm; what harms is using emotions to hurt others.',
          ],
        ),
        P([
          '¿Qué emociones podías mostrar de niña y cuáles no? ¿Qué te decían cuando te enojabas o llorabas?',
          'Which emotions could you show as a girl, and which not? What were you told when you got angry or cried?',
        ]),
      ),
      reflection(15, ['Respirar para volver a mí', 'Breathing to come back to myself'], [
        'Escucha la guía de respiración y síguela a tu ritmo. Después piensa: ¿en qué momento de tu semana te serviría respirar así?',
        'Listen to the breathing guide and follow it at your own pace. Then think: at what moment of your week would it help to breathe like this?',
      ], [
        'Use el audio de respiración guiada (con subtítulos si hay participantes con discapacidad auditiva). Practiquen dos veces. Pida solo que levanten la mano quienes sientan un poco más de calma.',
        'Use the guided breathing audio (with captions if any participants have hearing impairments). Practise twice. Ask only for a show of hands from those who feel a little calmer.',
      ]),
      homework(10, ['Mi diario de emociones', 'My emotions diary'], [
        'Durante la semana, anota o recuerda cada día una emoción fuerte: qué pasó, dónde la sentiste en el cuerpo y qué hiciste. No hay respuestas correctas.',
        'During the week, note down or remember one strong emotion each day: what happened, where you felt it in your body and what you did. There are no right answers.',
      ]),
      closing(10, ['¿Qué emoción quieres escuchar más?', 'Which emotion do you want to listen to more?']),
    ],
    facilitatorNotes: P([
      'Prepare la ilustración de las emociones, el video «Lo que no dije» y el audio de respiración. Si una participante expresa mucho enojo, no lo calme de inmediato: valídelo («tiene sentido que estés enojada») y ayúdele a ponerle palabras.',
      'Prepare the emotions illustration, the video “What I did not say” and the breathing audio. If a participant expresses a lot of anger, do not calm it down at once: validate it (“it makes sense that you are angry”) and help her put it into words.',
    ]),
    safetyNotes: safety([
      'Hablar de emociones puede revelar síntomas de depresión o estrés postraumático (pesadillas, sobresaltos, no poder salir de casa). Si son intensos o duran semanas, ofrezca en privado canalización a atención psicológica. Si una participante dice que el miedo que siente es porque él la amenazó recientemente, trátelo como señal de riesgo, no como un síntoma.',
      'Talking about emotions may bring out symptoms of depression or post-traumatic stress (nightmares, startling, being unable to leave the house). If they are intense or have lasted weeks, offer privately a referral to psychological care. If a participant says her fear is because he threatened her recently, treat it as a danger sign, not a symptom.',
    ]),
    handouts: [
      handout(
        ['Mi diario de emociones', 'My emotions diary'],
        ['Cada día, fíjate en una emoción fuerte y contesta:', 'Each day, notice one strong emotion and answer:'],
        ['- ¿Qué pasó?', '- What happened?'],
        ['- ¿Qué sentí? (alegría, tristeza, miedo, enojo, calma, otra)', '- What did I feel? (joy, sadness, fear, anger, calm, other)'],
        ['- ¿Dónde lo sentí en el cuerpo?', '- Where did I feel it in my body?'],
        ['- ¿Qué hice? ¿Qué me ayudó?', '- What did I do? What helped?'],
        ['Las emociones son información. No son buenas ni malas.', 'Emotions are information. They are neither good nor bad.'],
      ),
    ],
    themeKeys: ['emotions-and-self-care', 'gender-roles'],
    resourceKeys: ['illustration-emotions', 'audio-breathing-guide'],
  },
  {
    number: 16,
    moduleKey: 'autoestima',
    title: L('Culpa y vergüenza: soltar lo que no me corresponde', 'Guilt and shame: letting go of what is not mine'),
    summary: L(
      'Muchas mujeres cargan con la culpa de la violencia que vivieron. En esta sesión distinguimos lo que sí es nuestra responsabilidad de lo que no: la violencia siempre es responsabilidad de quien la ejerce.',
      'Many women carry guilt for the violence they lived through. In this session we separate what is our responsibility from what is not: violence is always the responsibility of the person who uses it.',
    ),
    objectives: [
      L('Identificar de dónde viene la culpa que cargan muchas mujeres.', 'Identify where the guilt many women carry comes from.'),
      L('Colocar la responsabilidad de la violencia en quien la ejerce.', 'Place responsibility for violence with the person who uses it.'),
      L('Practicar la compasión hacia una misma.', 'Practise self-compassion.'),
    ],
    activities: [
      checkIn(20, ['¿Qué emoción anotaste más veces en tu diario esta semana?', 'Which emotion did you note most often in your diary this week?']),
      act(
        'themeWork',
        45,
        L('La mochila', 'The backpack'),
        P(
          [
            'Coloque al centro una mochila con piedras. Pida al grupo frases de culpa que cargan muchas mujeres y escriba cada una en un papel que se pega a una piedra: «yo lo provoqué», «no fui buena esposa», «no me fui antes», «no protegí a mis hijos», «me lo busqué por salir». Pida a una voluntaria que se cuelgue la mochila.',
            'Put a backpack full of stones in the middle. Ask the group for guilty thoughts many women carry and write each on a paper stuck to a stone: “I provoked it”, “I was not a good wife”, “I did not leave sooner”, “I did not protect my children”, “I asked for it by going out”. Ask a volunteer to put the backpack on.',
          ],
          [
            'Por cada piedra, pregunte al grupo: ¿de quién es esta responsabilidad? Cuando el grupo concluya que la decisión de ejercer violencia fue de él, saque la piedra. Deje en la mochila solo lo que sí depende de ella hoy (pedir ayuda, cuidarse) y note cuánto pesa ahora.',
            'For each stone, ask the group: whose responsibility is this? When the group concludes that the decision to use violence was his, take the stone out. Leave in the backpack only what does depend on her today (asking for help, looking after herself) and notice how much it weighs now.',
          ],
        ),
        P([
          'Escucha cada frase de culpa. ¿De quién es esa responsabilidad? Si no es tuya, no tienes por qué cargarla.',
          'Listen to each guilty thought. Whose responsibility is it? If it is not yours, you do not have to carry it.',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('Lo que le diría a una amiga', 'What I would say to a friend'),
        P(
          [
            'En parejas, cada participante elige una frase de culpa propia y su compañera le responde como lo haría con su mejor amiga. Luego intercambian. Dé 15 minutos.',
            'In pairs, each participant chooses a guilty thought of her own and her partner answers it as she would answer her best friend. Then they swap. Allow 15 minutes.',
          ],
          [
            'En plenaria, pregunte por qué somos más amables con las amigas que con nosotras mismas. Distinga culpa de vergüenza: la culpa dice «hice algo mal»; la vergüenza dice «yo estoy mal». Ninguna de las dos corresponde a quien vivió violencia.',
            'In plenary, ask why we are kinder to friends than to ourselves. Distinguish guilt from shame: guilt says “I did something wrong”; shame says “I am wrong”. Neither belongs to the person who lived through violence.',
          ],
        ),
        P([
          'Dile a tu compañera una frase de culpa que cargas. Escucha lo que ella te responde, como si fueras su mejor amiga. Después, cambien.',
          'Tell your partner one guilty thought you carry. Listen to her answer, as if you were her best friend. Then swap.',
        ]),
      ),
      reflection(15, ['La piedra que suelto', 'The stone I put down'], [
        'Piensa en una culpa que no te corresponde. Escríbela en un papel. Si quieres, al salir, déjala en la caja del centro o rómpela.',
        'Think of a guilt that is not yours. Write it on a piece of paper. If you like, leave it in the box in the middle or tear it up on your way out.',
      ]),
      homework(10, ['No es mi culpa', 'It is not my fault'], [
        'Cuando aparezca esta semana una frase de culpa, pregúntate: «¿esto me lo diría a una amiga?». Escribe cómo te responderías con cariño.',
        'When a guilty thought comes up this week, ask yourself: “Would I say this to a friend?”. Write how you would answer yourself kindly.',
      ]),
      closing(10, ['¿Qué soltaste hoy?', 'What did you put down today?']),
    ],
    facilitatorNotes: P([
      'Prepare una mochila y piedras medianas. Es probable que aparezca la culpa por no haber protegido a los hijos; trátela con especial cuidado: reconozca el dolor y recuerde que la responsabilidad de la violencia hacia ellos también es de quien la ejerció.',
      'Prepare a backpack and medium-sized stones. Guilt about not having protected the children is likely to come up; handle it with particular care: acknowledge the pain and remember that responsibility for violence towards them also lies with the person who used it.',
    ]),
    safetyNotes: safety([
      'Cuando una participante se culpa por no haber protegido a sus hijas e hijos, puede aparecer información sobre violencia actual contra ellos. Escuche sin juzgar; si hay riesgo para una niña o niño, explíquele en privado su obligación de dar aviso a la procuraduría de protección y hágalo acompañándola, cuidando su seguridad.',
      'When a participant blames herself for not having protected her children, information about current violence against them may come out. Listen without judging; if a child is at risk, explain privately that you must notify the child protection authority and do so alongside her, taking care of her safety.',
    ]),
    handouts: [
      handout(
        ['No es mi culpa', 'It is not my fault'],
        ['La violencia es una decisión de quien la ejerce. Nada de lo que hiciste o dejaste de hacer justifica que te lastimen.', 'Violence is a decision made by the person who uses it. Nothing you did or did not do justifies being hurt.'],
        ['- No es tu culpa lo que él decidió hacer.', '- What he decided to do is not your fault.'],
        ['- Hiciste lo que pudiste con lo que tenías en ese momento.', '- You did what you could with what you had at the time.'],
        ['- Quedarte, irte o volver fueron formas de sobrevivir.', '- Staying, leaving or going back were ways of surviving.'],
        ['- Hoy puedes elegir cuidarte y pedir ayuda.', '- Today you can choose to look after yourself and ask for help.'],
      ),
    ],
    themeKeys: ['myths-and-realities', 'non-violence', 'emotions-and-self-care'],
  },
  {
    number: 17,
    moduleKey: 'autoestima',
    title: L('Lo que aprendimos en casa: historias de la infancia', 'What we learnt at home: childhood stories'),
    summary: L(
      'Miramos hacia atrás para entender qué aprendimos de niñas sobre el amor, la obediencia y la violencia. No buscamos culpables: buscamos comprender y decidir qué queremos transmitir a quienes vienen después.',
      'We look back to understand what we learnt as girls about love, obedience and violence. We are not looking for someone to blame: we want to understand and decide what we want to pass on to those who come after us.',
    ),
    objectives: [
      L('Reconocer lo aprendido en la infancia sobre las relaciones y la violencia.', 'Recognise what was learnt in childhood about relationships and violence.'),
      L('Distinguir las herencias familiares que se quieren conservar de las que se quieren cambiar.', 'Distinguish the family legacies one wants to keep from those one wants to change.'),
      L('Tratar con compasión a la niña que fuimos.', 'Treat the girl we once were with compassion.'),
    ],
    contentNotes: L(
      'Recordamos la infancia y lo que aprendimos en la familia. Para algunas personas esto incluye recuerdos de violencia o abuso. Puedes compartir solo lo que quieras y cuando quieras.',
      'We remember childhood and what we learnt in our families. For some people this includes memories of violence or abuse. You can share only what you want, when you want.',
    ),
    activities: [
      checkIn(15, ['¿Qué juego o lugar de tu infancia recuerdas con cariño?', 'What childhood game or place do you remember fondly?']),
      act(
        'themeWork',
        40,
        L('Mi línea de vida', 'My lifeline'),
        P(
          [
            'Entregue una hoja larga con una línea horizontal. Pida que marquen momentos importantes de su infancia y adolescencia con símbolos: un sol para los buenos, una nube para los difíciles. Aclare que no tendrán que explicar los símbolos. Dé 15 minutos con música suave.',
            'Hand out a long sheet with a horizontal line. Ask them to mark important moments of their childhood and adolescence with symbols: a sun for good ones, a cloud for hard ones. Make clear that they will not have to explain the symbols. Allow 15 minutes with soft music.',
          ],
          [
            'Pregunte al grupo en general, sin pedir historias: ¿qué aprendimos en casa sobre cómo se trata a una mujer?, ¿y sobre el amor?, ¿y sobre qué hacer cuando alguien se enoja? Anote las respuestas como «aprendizajes», no como relatos.',
            'Ask the group in general, without asking for stories: What did we learn at home about how a woman is treated? About love? About what to do when someone gets angry? Write the answers down as “lessons”, not as stories.',
          ],
        ),
        P([
          'Marca en la línea momentos importantes de tu infancia: un sol para los buenos, una nube para los difíciles. No tienes que explicar nada. Después piensa: ¿qué aprendí en casa sobre el amor y sobre el enojo?',
          'Mark important moments of your childhood on the line: a sun for good ones, a cloud for hard ones. You do not have to explain anything. Then think: what did I learn at home about love and about anger?',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        40,
        L('Herencias que elijo', 'The legacy I choose'),
        P(
          [
            'Dibuje dos cofres. En uno, «lo que conservo» de mi familia (el trabajo duro, la fe, las recetas, la solidaridad de las tías); en otro, «lo que dejo» (los gritos, el silencio, la idea de que hay que aguantar). Pida que cada participante escriba al menos una tarjeta para cada cofre.',
            'Draw two chests. In one, “what I keep” from my family (hard work, faith, recipes, the aunts’ solidarity); in the other, “what I leave behind” (shouting, silence, the idea that you must put up with things). Ask each participant to write at least one card for each chest.',
          ],
          [
            'Lea las tarjetas y relacione con la crianza: lo que dejamos atrás es lo que podemos dejar de transmitir. Cierre recordando que muchas mujeres del grupo ya están rompiendo la cadena con solo estar aquí.',
            'Read the cards and link them to parenting: what we leave behind is what we can stop passing on. Close by reminding the group that many of the women here are already breaking the chain just by being here.',
          ],
        ),
        P([
          'Escribe una tarjeta para cada cofre: algo de tu familia que quieres conservar y algo que quieres dejar atrás.',
          'Write a card for each chest: something from your family you want to keep and something you want to leave behind.',
        ]),
      ),
      reflection(20, ['Carta a la niña que fui', 'A letter to the girl I was'], [
        'Escribe o dibuja un mensaje para la niña que fuiste. ¿Qué necesitaba escuchar? ¿Qué le dirías hoy?',
        'Write or draw a message to the girl you were. What did she need to hear? What would you tell her today?',
      ]),
      homework(10, ['Herencias que elijo', 'The legacy I choose'], [
        'Esta semana, haz algo pequeño que la niña que fuiste habría disfrutado: jugar, cantar, comer algo que te gustaba.',
        'This week, do something small that the girl you were would have enjoyed: play, sing, eat something you used to like.',
      ]),
      closing(10, ['¿Qué herencia buena quieres pasar a quienes vienen?', 'What good legacy do you want to pass on to those who come after you?']),
    ],
    facilitatorNotes: P([
      'Trabaje siempre en tercera persona o con símbolos; no pida historias de la infancia en plenaria. Tenga a la cofacilitadora disponible durante toda la sesión y prevea un cierre tranquilo: es una de las sesiones con más carga emocional del programa.',
      'Always work in the third person or with symbols; do not ask for childhood stories in plenary. Have the co-facilitator available throughout and plan a calm ending: this is one of the most emotionally charged sessions of the programme.',
    ]),
    safetyNotes: safety([
      'Recordar la infancia puede traer revelaciones de abuso sexual infantil. Agradezca, reconozca el valor de hablar y ofrezca atención psicológica especializada; no pida detalles en grupo. Si la participante menciona que la persona agresora sigue en contacto con niñas o niños de la familia, valore en privado y siga el protocolo de aviso a la procuraduría de protección.',
      'Remembering childhood may lead to disclosures of child sexual abuse. Thank her, acknowledge the courage it takes to speak and offer specialised psychological care; do not ask for details in the group. If the participant mentions that the abuser is still in contact with children in the family, assess privately and follow the protocol for notifying the child protection authority.',
    ]),
    handouts: [
      handout(
        ['Herencias que elijo', 'The legacy I choose'],
        ['Lo que aprendimos de niñas no es un destino. Podemos elegir qué conservar y qué dejar atrás.', 'What we learnt as girls is not our destiny. We can choose what to keep and what to leave behind.'],
        ['- De mi familia conservo:', '- From my family I keep:'],
        ['- De mi familia dejo atrás:', '- From my family I leave behind:'],
        ['- Lo que quiero enseñar a las niñas y niños de mi vida:', '- What I want to teach the children in my life:'],
      ),
    ],
    themeKeys: ['parenting-without-violence', 'gender-roles', 'emotions-and-self-care'],
  },
  // ───────────── Module 5: Seguridad y redes de apoyo ─────────────
  {
    number: 18,
    moduleKey: 'seguridad',
    title: L('Reconocer el peligro: señales de alerta', 'Recognising danger: warning signs'),
    summary: L(
      'Aprendemos a reconocer las señales de que la violencia puede volverse más peligrosa y a confiar en lo que sentimos. Conocer estas señales nos permite prepararnos y buscar ayuda a tiempo.',
      'We learn to recognise the signs that violence may become more dangerous, and to trust what we feel. Knowing these signs lets us prepare and seek help in time.',
    ),
    objectives: [
      L('Conocer las señales de alerta de violencia grave.', 'Know the warning signs of serious violence.'),
      L('Valorar la propia intuición como información de seguridad.', 'Value one’s own intuition as safety information.'),
      L('Saber que el riesgo se puede valorar con ayuda especializada.', 'Know that danger can be assessed with specialist help.'),
    ],
    activities: [
      checkIn(15, ['¿Qué hiciste esta semana que la niña que fuiste habría disfrutado?', 'What did you do this week that the girl you were would have enjoyed?']),
      act(
        'themeWork',
        35,
        L('El semáforo', 'The traffic light'),
        P(
          [
            'Dibuje un semáforo grande. Lea situaciones y pida a los equipos que las coloquen en verde (relación sin violencia), amarillo (señales de control: celos, revisar el celular, aislar) o rojo (peligro: amenazas de muerte, armas, intento de ahorcarla, golpes en el embarazo, perseguirla después de separarse, violencia sexual forzada, amenazas de suicidio de él).',
            'Draw a large traffic light. Read out situations and ask the groups to place them on green (relationship without violence), amber (signs of control: jealousy, checking her phone, isolating her) or red (danger: death threats, weapons, trying to choke her, blows during pregnancy, following her after separation, forced sex, threats by him to kill himself).',
          ],
          [
            'Explique por qué las señales rojas son graves: por ejemplo, un intento de estrangulamiento aumenta mucho el riesgo de un ataque mortal, aunque no deje marcas. Subraye que separarse es un momento de mayor riesgo, y que por eso se planea con apoyo.',
            'Explain why the red signs are serious: for example, an attempt at strangulation greatly increases the risk of a fatal attack, even if it leaves no marks. Stress that separating is a time of heightened danger, which is why it is planned with support.',
          ],
        ),
        P([
          'Con tu equipo, coloquen cada situación en el color del semáforo que le corresponde: verde, amarillo o rojo. ¿Qué señales les parecen más peligrosas y por qué?',
          'With your group, place each situation on the right colour of the traffic light: green, amber or red. Which signs seem most dangerous to you, and why?',
        ]),
      ),
      vignette(
        25,
        ['Todo está tranquilo', 'Everything is calm'],
        [
          'Marisol se separó hace dos meses. Su ex pareja la espera afuera del trabajo «solo para hablar», le manda mensajes a todas horas y le dice a la familia que sin ella no puede vivir. La madre de Marisol piensa que es romántico.',
          'Marisol separated two months ago. Her ex-partner waits outside her work “just to talk”, sends her messages at all hours and tells her family he cannot live without her. Marisol’s mother thinks it is romantic.',
        ],
        [
          '¿Qué señales de alerta ves? ¿De qué color son en el semáforo? ¿Qué le dice a Marisol su intuición? ¿Qué podría hacer para protegerse?',
          'What warning signs do you see? What colour are they on the traffic light? What does Marisol’s intuition tell her? What could she do to protect herself?',
        ],
        [
          'Señale que «no puedo vivir sin ti» puede ser una amenaza de suicidio o de homicidio, y que esperar afuera del trabajo es acoso. Pregunte qué le diría el grupo a la madre de Marisol.',
          'Point out that “I cannot live without you” can be a threat of suicide or homicide, and that waiting outside her work is stalking. Ask what the group would say to Marisol’s mother.',
        ],
      ),
      pause(15),
      act(
        'groupDiscussion',
        30,
        L('Confiar en lo que siento', 'Trusting what I feel'),
        P(
          [
            'Pregunte: ¿alguna vez sintieron que algo malo iba a pasar antes de que pasara? ¿Qué señales dio el cuerpo? Explique que las mujeres que viven violencia suelen conocer mejor que nadie el peligro: su intuición es información valiosa.',
            'Ask: Have you ever felt that something bad was going to happen before it did? What signals did your body give? Explain that women who live with violence often know the danger better than anyone: their intuition is valuable information.',
          ],
          [
            'Presente la idea de la valoración de riesgo: una conversación privada con una persona capacitada que ayuda a ver con claridad el nivel de peligro y a planear. Informe que está disponible al final de esta y de cualquier sesión.',
            'Introduce the idea of a risk assessment: a private conversation with a trained person that helps see the level of danger clearly and plan. Let them know it is available at the end of this and any session.',
          ],
        ),
        P([
          '¿Alguna vez tu cuerpo te avisó de un peligro? ¿Cómo? Tu intuición es información valiosa: escúchala.',
          'Has your body ever warned you of danger? How? Your intuition is valuable information: listen to it.',
        ]),
      ),
      reflection(10, ['Mi semáforo', 'My traffic light'], [
        'En silencio, piensa: ¿de qué color está hoy tu semáforo? Si está en amarillo o rojo, puedes hablar en privado con la facilitadora al terminar.',
        'In silence, think: what colour is your traffic light today? If it is amber or red, you can talk privately with the facilitator at the end.',
      ], [
        'No pida que compartan el color. Anuncie claramente que usted y la cofacilitadora estarán disponibles al final para conversaciones privadas, y organice el tiempo para poder atender a más de una participante.',
        'Do not ask them to share the colour. Announce clearly that you and the co-facilitator will be available at the end for private conversations, and organise your time so that you can see more than one participant.',
      ]),
      homework(10, ['Señales de alerta', 'Warning signs'], [
        'Lee la hoja de señales de alerta. Piensa en una persona de confianza a la que podrías avisar si ves una señal roja.',
        'Read the warning signs sheet. Think of a person you trust whom you could tell if you see a red sign.',
      ]),
      closing(10, ['¿Qué señal aprendiste a escuchar hoy?', 'Which sign did you learn to listen to today?']),
    ],
    facilitatorNotes: P([
      'Tenga a mano la tarjeta de señales de riesgo para facilitadoras y reserve tiempo al final para valoraciones individuales; si es posible, programe a una segunda facilitadora. Prepare las tarjetas del semáforo con dibujos para participantes con poca lectura.',
      'Have the facilitators’ risk-cue card to hand and keep time at the end for individual assessments; if possible, schedule a second facilitator. Prepare the traffic-light cards with drawings for participants with low literacy.',
    ]),
    safetyNotes: safety([
      'Esta sesión suele llevar a las participantes a evaluar su propia situación. Son señales de riesgo alto: intento de estrangulamiento, amenazas con arma o acceso a armas, amenazas de muerte, violencia durante el embarazo, separación reciente con acoso, celos extremos y vigilancia constante, violencia sexual forzada y amenazas de suicidio del agresor. Ante riesgo alto no espere a la siguiente sesión: elaboren un plan inmediato y haga la canalización con su consentimiento.',
      'This session often leads participants to assess their own situation. High-risk signs are: an attempt at strangulation, threats with a weapon or access to weapons, death threats, violence during pregnancy, recent separation with stalking, extreme jealousy and constant surveillance, forced sex and threats of suicide by the aggressor. If the danger is high, do not wait for the next session: make an immediate plan and refer her with her consent.',
    ]),
    handouts: [
      handout(
        ['Señales de alerta', 'Warning signs'],
        ['Estas señales indican que la violencia puede volverse muy peligrosa. Si reconoces alguna, busca ayuda y habla con la facilitadora:', 'These signs mean the violence may become very dangerous. If you recognise any of them, seek help and talk to the facilitator:'],
        ['- Te ha apretado el cuello o intentado ahorcarte.', '- He has squeezed your neck or tried to choke you.'],
        ['- Tiene un arma o te ha amenazado con una.', '- He has a weapon or has threatened you with one.'],
        ['- Te ha dicho que te va a matar o que se va a matar.', '- He has said he will kill you or kill himself.'],
        ['- La violencia es cada vez más frecuente o más fuerte.', '- The violence is more and more frequent or more severe.'],
        ['- Te golpeó estando embarazada.', '- He hit you while you were pregnant.'],
        ['- Te sigue, te vigila o te busca después de separarse.', '- He follows you, watches you or looks for you after separating.'],
        ['Confía en lo que sientes. En una emergencia, llama al 911.', 'Trust what you feel. In an emergency, call 911.'],
      ),
    ],
    themeKeys: ['safety-and-risk'],
    resourceKeys: ['illustration-risk-cues', 'video-grounding'],
  },
  {
    number: 19,
    moduleKey: 'seguridad',
    title: L('Mi plan de seguridad', 'My safety plan'),
    summary: L(
      'Elaboramos paso a paso un plan de seguridad personal: qué hacer si hay peligro en casa, a quién avisar, qué documentos y objetos tener listos y a dónde ir. Cada plan es distinto y se guarda de forma segura.',
      'We make a personal safety plan step by step: what to do if there is danger at home, whom to tell, which documents and belongings to have ready and where to go. Every plan is different and is kept safely.',
    ),
    objectives: [
      L('Elaborar un plan de seguridad personal y adaptado a la propia situación.', 'Make a personal safety plan suited to one’s own situation.'),
      L('Identificar lugares y personas seguras y una palabra clave.', 'Identify safe places and people and a code word.'),
      L('Incluir a las hijas e hijos en el plan de forma adecuada a su edad.', 'Include the children in the plan in a way suited to their age.'),
    ],
    activities: [
      checkIn(20, ['¿En quién pensaste como persona de confianza para avisar si ves una señal roja?', 'Whom did you think of as a trusted person to tell if you see a red sign?']),
      act(
        'themeWork',
        45,
        L('Mi plan, paso a paso', 'My plan, step by step'),
        P(
          [
            'Muestre la ilustración del plan de seguridad y entregue la plantilla. Explique las cinco partes: 1) señales de que se acerca el peligro; 2) cómo salir de casa (puertas, llaves, a dónde); 3) personas a quienes avisar y una palabra clave; 4) mochila de emergencia (documentos, medicinas, dinero, cargador, llaves, ropa para los niños); 5) números de emergencia.',
            'Show the safety plan illustration and hand out the template. Explain the five parts: 1) signs that danger is coming; 2) how to get out of the house (doors, keys, where to go); 3) people to tell and a code word; 4) emergency bag (documents, medicines, money, charger, keys, children’s clothes); 5) emergency numbers.',
          ],
          [
            'Dé 25 minutos de trabajo individual. Usted y la cofacilitadora circulan para ayudar, en voz baja, a quien lo necesite. Recuerde que cada plan es distinto: no es lo mismo vivir con él que estar separada, ni vivir en la ciudad que en una ranchería sin transporte de noche.',
            'Allow 25 minutes of individual work. You and the co-facilitator move around quietly helping anyone who needs it. Remember that every plan is different: living with him is not the same as being separated, and living in town is not the same as living in a hamlet with no transport at night.',
          ],
        ),
        P([
          'Llena tu plan con calma. Piensa en tu casa, tus vecinas, tus caminos y tus hijas e hijos. Escribe solo lo que sea seguro escribir; lo demás puedes guardarlo en tu memoria.',
          'Fill in your plan calmly. Think about your house, your neighbours, your routes and your children. Write only what is safe to write; you can keep the rest in your memory.',
        ]),
      ),
      pause(15),
      rolePlay(
        30,
        ['Ensayar la llamada y la palabra clave', 'Rehearsing the call and the code word'],
        [
          'llamar al 911 y dar la dirección con referencias claras («casa azul frente a la tienda, en la calle sin pavimentar»); avisar a una vecina con la palabra clave acordada; explicarle a un hijo de diez años a dónde correr y a quién llamar.',
          'calling 911 and giving the address with clear landmarks (“blue house opposite the shop, on the unpaved street”); alerting a neighbour with the agreed code word; explaining to a ten-year-old son where to run and whom to call.',
        ],
        [
          'Insista en la dirección: muchas mujeres rurales no tienen número de casa; practiquen dar referencias. Para la escena con el niño, recuerde que a las hijas e hijos se les enseña a protegerse y pedir ayuda, nunca a intervenir en la pelea.',
          'Insist on the address: many rural women have no house number; practise giving landmarks. For the scene with the child, remember that children are taught to protect themselves and call for help, never to step into the fight.',
        ],
        [
          'Practica decir tu dirección con referencias claras, usar tu palabra clave y explicar a tus hijas e hijos qué hacer si hay peligro.',
          'Practise giving your address with clear landmarks, using your code word and explaining to your children what to do if there is danger.',
        ],
      ),
      act(
        'groupDiscussion',
        25,
        L('Dudas y obstáculos', 'Questions and obstacles'),
        P(
          [
            'Pregunte qué parte del plan fue más difícil y qué obstáculos ven (no tener a dónde ir, no tener dinero, miedo a dejar a los animales o la casa). Busquen soluciones en grupo y mencione los refugios y servicios del directorio.',
            'Ask which part of the plan was hardest and what obstacles they see (having nowhere to go, no money, fear of leaving the animals or the house). Look for solutions together and mention the shelters and services in the directory.',
          ],
          [
            'Pregunte a cada una, en general, dónde guardará su plan. Cierre: el plan se revisa y se cambia cuando cambia la situación.',
            'Ask everyone, in general, where they will keep their plan. Close: the plan is reviewed and changed when the situation changes.',
          ],
        ),
        P([
          '¿Qué parte de tu plan fue más difícil? ¿Qué te ayudaría a resolverla? ¿Dónde guardarás tu plan para que esté seguro?',
          'Which part of your plan was hardest? What would help you sort it out? Where will you keep your plan so that it is safe?',
        ]),
      ),
      homework(5, ['Mi plan de seguridad', 'My safety plan'], [
        'Si es seguro, prepara poco a poco tu mochila de emergencia o deja copias de tus documentos con una persona de confianza.',
        'If it is safe, gradually prepare your emergency bag or leave copies of your documents with someone you trust.',
      ]),
      closing(10, ['¿Qué paso de tu plan darás primero?', 'Which step of your plan will you take first?']),
    ],
    facilitatorNotes: P([
      'Lleve plantillas del plan en tamaño pequeño (que quepan en un monedero) y sobres. Conozca de antemano los refugios y servicios con atención 24 horas del estado y confirme sus teléfonos la misma semana.',
      'Bring small-size plan templates (that fit in a purse) and envelopes. Know in advance the shelters and 24-hour services in the state and confirm their phone numbers that same week.',
    ]),
    safetyNotes: safety([
      'Un plan escrito puede ser peligroso si la pareja lo encuentra. Pregunte a cada participante dónde lo guardará; ofrezca memorizarlo, dejarlo con una persona de confianza o en el centro. Nunca envíe el plan ni mensajes sobre él al teléfono de la participante sin su autorización expresa.',
      'A written plan can be dangerous if the partner finds it. Ask each participant where she will keep it; offer to memorise it, leave it with a trusted person or at the centre. Never send the plan or messages about it to her phone without her express permission.',
    ]),
    handouts: [
      handout(
        ['Mi plan de seguridad', 'My safety plan'],
        ['Este plan es tuyo. Guárdalo en un lugar seguro o apréndetelo de memoria.', 'This plan is yours. Keep it somewhere safe or learn it by heart.'],
        ['- Señales de que viene el peligro:', '- Signs that danger is coming:'],
        ['- Cómo salgo de la casa y a dónde voy:', '- How I get out of the house and where I go:'],
        ['- Personas a las que aviso y mi palabra clave:', '- People I tell, and my code word:'],
        ['- Mi mochila de emergencia: acta de nacimiento, INE, CURP, actas de mis hijos, recetas y medicinas, dinero, cargador, llaves, ropa.', '- My emergency bag: birth certificate, voter ID, CURP, my children’s certificates, prescriptions and medicines, money, charger, keys, clothes.'],
        ['- Lo que saben hacer mis hijas e hijos si hay peligro:', '- What my children know to do if there is danger:'],
        ['- Teléfonos: 911 y los del directorio de servicios.', '- Phone numbers: 911 and those in the directory of services.'],
      ),
    ],
    themeKeys: ['safety-and-risk', 'parenting-without-violence'],
    resourceKeys: ['illustration-safety-plan'],
  },
  {
    number: 20,
    moduleKey: 'seguridad',
    title: L('Redes de apoyo: no estoy sola', 'Support networks: I am not alone'),
    summary: L(
      'Dibujamos el mapa de las personas, grupos e instituciones con los que contamos. La violencia nos aísla; reconstruir la red es una forma de protegernos y de recuperar la alegría.',
      'We draw a map of the people, groups and institutions we can count on. Violence isolates us; rebuilding our network is a way of protecting ourselves and finding joy again.',
    ),
    objectives: [
      L('Identificar la red de apoyo actual y sus huecos.', 'Identify one’s current support network and its gaps.'),
      L('Planear un paso concreto para fortalecer la red.', 'Plan one concrete step to strengthen the network.'),
      L('Reconocer al propio grupo como parte de la red.', 'Recognise the group itself as part of the network.'),
    ],
    activities: [
      checkIn(15, ['¿A quién llamarías primero si tuvieras una buena noticia?', 'Whom would you call first if you had good news?']),
      act(
        'themeWork',
        45,
        L('Mi mapa de apoyos', 'My support map'),
        P(
          [
            'Muestre la ilustración de la red de apoyo. Entregue una hoja con tres círculos concéntricos y un punto al centro («yo»). En el primer círculo van las personas más cercanas; en el segundo, conocidas, grupos, iglesia, escuela; en el tercero, instituciones y servicios. Pida que dibujen o escriban cada apoyo.',
            'Show the support network illustration. Hand out a sheet with three concentric circles and a dot in the middle (“me”). The first circle is for the closest people; the second for acquaintances, groups, church, school; the third for institutions and services. Ask them to draw or write each source of support.',
          ],
          [
            'Luego pida que marquen con una estrella a quien apoya de verdad y con una cruz a quien dejó de estar por la violencia. Pregunte en plenaria qué descubrieron: muchas verán que el aislamiento fue una táctica de control.',
            'Then ask them to put a star by those who truly support them and a cross by those who drifted away because of the violence. Ask in plenary what they discovered: many will see that isolation was a control tactic.',
          ],
        ),
        P([
          'Escribe o dibuja en tu mapa a las personas, grupos e instituciones con los que cuentas. Marca con una estrella a quienes te apoyan de verdad y con una cruz a quienes se alejaron.',
          'Write or draw on your map the people, groups and institutions you can count on. Put a star by those who really support you and a cross by those who drifted away.',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('La red de este grupo', 'This group’s network'),
        P(
          [
            'Pregunte qué les ha dado el grupo en estas semanas. Luego proponga una «feria de apoyos»: cada una ofrece algo que sabe o puede hacer (una receta, acompañar a un trámite, información sobre un programa, enseñar a usar el celular) y lo escribe en una tarjeta.',
            'Ask what the group has given them over these weeks. Then suggest a “support fair”: each woman offers something she knows or can do (a recipe, going with someone to an appointment, information about a programme, teaching how to use a phone) and writes it on a card.',
          ],
          [
            'Pregunte a quién de su primer círculo podrían volver a buscar y cómo. Dé ideas seguras: una llamada desde otro teléfono, una visita en día de mercado, un mensaje sencillo.',
            'Ask whom from their inner circle they could reach out to again, and how. Offer safe ideas: a call from another phone, a visit on market day, a simple message.',
          ],
        ),
        P([
          '¿Qué te ha dado este grupo? ¿Qué puedes ofrecer tú a otras mujeres? ¿A quién de tu vida podrías volver a buscar?',
          'What has this group given you? What can you offer other women? Whom in your life could you reach out to again?',
        ]),
      ),
      reflection(15, ['Un hilo nuevo', 'A new thread'], [
        'Elige a una persona o un grupo de tu mapa con quien quieras reforzar el lazo. ¿Qué paso pequeño y seguro puedes dar?',
        'Choose one person or group from your map with whom you want to strengthen your bond. What small, safe step can you take?',
      ]),
      homework(10, ['Mi mapa de apoyos', 'My support map'], [
        'Da el paso pequeño que elegiste para reforzar tu red. Si no es seguro llevar tu mapa a casa, déjalo aquí.',
        'Take the small step you chose to strengthen your network. If it is not safe to take your map home, leave it here.',
      ]),
      closing(15, ['¿Con quién cuentas?', 'Who can you count on?']),
    ],
    facilitatorNotes: P([
      'Prepare la ilustración de la red de apoyo y hojas con círculos concéntricos. En comunidades pequeñas, recuerde que las participantes pueden conocerse fuera del grupo: cuide la confidencialidad al hablar de personas concretas.',
      'Prepare the support network illustration and sheets with concentric circles. In small communities, remember that participants may know each other outside the group: protect confidentiality when specific people are mentioned.',
    ]),
    safetyNotes: safety([
      'Intercambiar teléfonos entre participantes es decisión de cada una; recuerde en privado que un número nuevo en el celular puede despertar sospechas de la pareja. Si el grupo forma un chat, sugiera un nombre neutro y que nadie comparta ahí su ubicación ni detalles de su situación.',
      'Exchanging phone numbers among participants is each woman’s decision; remind them privately that a new number in their phone may arouse the partner’s suspicion. If the group starts a chat, suggest a neutral name and that nobody share their location or details of their situation there.',
    ]),
    handouts: [
      handout(
        ['Mi mapa de apoyos', 'My support map'],
        ['Nadie sale adelante sola. Tu red es parte de tu seguridad.', 'Nobody gets through alone. Your network is part of your safety.'],
        ['- Personas más cercanas (familia, amigas, comadres):', '- Closest people (family, friends, close friends and godmothers):'],
        ['- Grupos y lugares (escuela, iglesia, cooperativa, este grupo):', '- Groups and places (school, church, cooperative, this group):'],
        ['- Instituciones y servicios (centro de salud, centro de justicia, línea de ayuda):', '- Institutions and services (health centre, justice centre, helpline):'],
        ['- Un paso para reforzar mi red esta semana:', '- One step to strengthen my network this week:'],
      ),
    ],
    themeKeys: ['safety-and-risk', 'emotions-and-self-care'],
    resourceKeys: ['illustration-support-network'],
  },
  {
    number: 21,
    moduleKey: 'seguridad',
    title: L('Pedir ayuda: servicios e instituciones en mi comunidad', 'Asking for help: services and institutions in my community'),
    summary: L(
      'Conocemos los servicios que existen en el estado y en la comunidad: líneas telefónicas, centros de justicia, refugios, atención psicológica y jurídica. Hablamos de cómo llegar a ellos aunque vivamos lejos o hablemos otra lengua.',
      'We get to know the services in the state and the community: helplines, justice centres, shelters, psychological and legal support. We talk about how to reach them even if we live far away or speak another language.',
    ),
    objectives: [
      L('Conocer el directorio de servicios del estado y qué ofrece cada uno.', 'Know the state directory of services and what each offers.'),
      L('Identificar barreras de acceso (distancia, lengua, costo, desconfianza) y formas de superarlas.', 'Identify barriers to access (distance, language, cost, mistrust) and ways to overcome them.'),
      L('Conocer el derecho a ser atendida en la propia lengua y con intérprete.', 'Know the right to be served in one’s own language and with an interpreter.'),
    ],
    activities: [
      checkIn(15, ['¿Cómo te fue con el paso para reforzar tu red?', 'How did your step to strengthen your network go?']),
      act(
        'themeWork',
        35,
        L('El directorio de servicios', 'The directory of services'),
        P(
          [
            'Entregue el directorio impreso del estado. Explique cada tipo de servicio con un dibujo: línea telefónica (un teléfono), centro de justicia para las mujeres (una balanza), refugio (una casa con corazón), asesoría jurídica (un documento), salud (una cruz), apoyo psicológico (dos sillas). Indique cuáles tienen cobertura rural y en qué lenguas atienden.',
            'Hand out the printed state directory. Explain each type of service with a drawing: helpline (a phone), women’s justice centre (scales), shelter (a house with a heart), legal aid (a document), health (a cross), psychological support (two chairs). Point out which cover rural areas and which languages they serve in.',
          ],
          [
            'Por equipos, entregue un caso breve (una mujer que necesita asesoría para la pensión alimenticia; otra que necesita salir de casa esta noche; otra que habla maya y quiere atención psicológica) y pida que encuentren en el directorio el servicio adecuado y cómo llegar.',
            'Give each group a short case (a woman who needs advice about child maintenance; another who needs to leave home tonight; another who speaks Maya and wants psychological support) and ask them to find the right service in the directory and how to get there.',
          ],
        ),
        P([
          'Con tu equipo, lean el caso y busquen en el directorio el servicio que puede ayudar. ¿Qué horario tiene? ¿Cómo se llega? ¿En qué lenguas atiende?',
          'With your group, read the case and find in the directory the service that can help. What are its hours? How do you get there? Which languages does it serve in?',
        ]),
      ),
      vignette(
        25,
        ['La intérprete', 'The interpreter'],
        [
          'Doña Felipa, hablante de maya, va al centro de salud por un dolor que no se le quita. La primera vez nadie la entiende y se va sin atención. La segunda vez va acompañada por una promotora comunitaria que pide una intérprete, y Felipa puede contar lo que vive en casa.',
          'Doña Felipa, a Maya speaker, goes to the health centre about a pain that will not go away. The first time nobody understands her and she leaves without care. The second time she goes with a community health promoter who asks for an interpreter, and Felipa is able to tell what is happening at home.',
        ],
        [
          '¿Qué le pasó a Felipa la primera vez? ¿Qué cambió la segunda? ¿Qué barreras encuentran las mujeres de tu comunidad para pedir ayuda?',
          'What happened to Felipa the first time? What changed the second time? What barriers do women in your community face when asking for help?',
        ],
        [
          'Subraye que ser atendida en la propia lengua es un derecho y que los servicios públicos deben proporcionar intérprete. Si hay participantes hablantes de lenguas indígenas, pregúnteles qué les ha funcionado.',
          'Stress that being served in one’s own language is a right and that public services must provide an interpreter. If there are speakers of Indigenous languages, ask them what has worked for them.',
        ],
      ),
      pause(15),
      act(
        'groupDiscussion',
        30,
        L('Barreras y puentes', 'Barriers and bridges'),
        P(
          [
            'Dibuje un río: en una orilla la mujer, en la otra el servicio. Pida que nombren las barreras (distancia, pasaje, horario, lengua, miedo al chisme, una mala experiencia anterior) y escríbalas en el agua. Luego pida «puentes» para cada una: ir acompañada, llamar primero a la línea gratuita, aprovechar el día de mercado, pedir intérprete.',
            'Draw a river: on one bank the woman, on the other the service. Ask them to name the barriers (distance, fares, opening hours, language, fear of gossip, a bad previous experience) and write them in the water. Then ask for “bridges” for each one: going with someone, calling the free helpline first, using market day, asking for an interpreter.',
          ],
          [
            'Cierre reconociendo que a veces las instituciones fallan; eso no es culpa de la mujer, y tiene derecho a quejarse y a buscar otro servicio.',
            'Close by acknowledging that institutions sometimes fail; that is not the woman’s fault, and she has the right to complain and to look for another service.',
          ],
        ),
        P([
          '¿Qué barreras hay entre las mujeres de tu comunidad y los servicios? ¿Qué puentes podemos construir?',
          'What barriers are there between women in your community and the services? What bridges can we build?',
        ]),
      ),
      reflection(10, ['Mi servicio', 'My service'], [
        '¿Qué servicio del directorio te gustaría conocer o tener a la mano? ¿Qué necesitas para acercarte?',
        'Which service in the directory would you like to know about or keep to hand? What do you need in order to approach it?',
      ]),
      homework(10, ['Directorio de servicios', 'Directory of services'], [
        'Memoriza o guarda en un lugar seguro el teléfono de un servicio del directorio. Si quieres, llama solo para preguntar su horario.',
        'Memorise, or keep somewhere safe, the phone number of one service in the directory. If you like, call just to ask their opening hours.',
      ]),
      closing(10, ['¿Qué puente te llevas?', 'Which bridge are you taking with you?']),
    ],
    facilitatorNotes: P([
      'Actualice el directorio del estado antes de la sesión y marque los servicios con atención en lenguas indígenas y cobertura rural. Si el grupo es rural, consiga los horarios de transporte hacia la cabecera municipal.',
      'Update the state directory before the session and mark the services that serve in Indigenous languages and cover rural areas. If the group is rural, find out transport times to the municipal seat.',
    ]),
    safetyNotes: safety([
      'Antes de canalizar, confirme con el servicio que sigue funcionando y en qué horario: una mala experiencia puede hacer que la mujer no vuelva a pedir ayuda. Si una participante habla una lengua indígena y prefiere atención en ella, busque un servicio con intérprete o personal hablante.',
      'Before referring, check with the service that it is still running and when: a bad experience can stop a woman from ever asking for help again. If a participant speaks an Indigenous language and prefers to be served in it, look for a service with an interpreter or speaking staff.',
    ]),
    handouts: [
      handout(
        ['Directorio de servicios: cómo usarlo', 'Directory of services: how to use it'],
        ['El directorio tiene servicios gratuitos de tu estado. Algunos atienden en lenguas indígenas y llegan a comunidades rurales.', 'The directory lists free services in your state. Some serve in Indigenous languages and reach rural communities.'],
        ['- En una emergencia: 911.', '- In an emergency: 911.'],
        ['- Para orientación por teléfono: la línea gratuita del directorio.', '- For advice by phone: the free helpline in the directory.'],
        ['- Para denunciar u obtener una orden de protección: el centro de justicia para las mujeres o el Ministerio Público.', '- To report or get a protection order: the women’s justice centre or the public prosecutor.'],
        ['- Para un lugar seguro donde quedarte: un refugio (su ubicación es confidencial; se llega a través de la línea o del centro de justicia).', '- For a safe place to stay: a shelter (its location is confidential; you get there through the helpline or the justice centre).'],
        ['Tienes derecho a que te atiendan en tu lengua y a ir acompañada.', 'You have the right to be served in your language and to take someone with you.'],
      ),
    ],
    themeKeys: ['rights', 'intercultural-perspective', 'safety-and-risk'],
  },
  // ───────────── Module 6: Autonomía y proyecto de vida ─────────────
  {
    number: 22,
    moduleKey: 'proyecto',
    title: L('Autonomía económica: mi dinero, mis decisiones', 'Economic autonomy: my money, my decisions'),
    summary: L(
      'Hablamos de la violencia económica y de lo que significa tener autonomía: conocer nuestros ingresos y gastos, tener documentos propios y explorar opciones de trabajo, capacitación o ahorro.',
      'We talk about economic violence and what autonomy means: knowing our income and spending, having our own documents and exploring options for work, training or saving.',
    ),
    objectives: [
      L('Reconocer la violencia económica y patrimonial en la vida diaria.', 'Recognise economic and property-related violence in daily life.'),
      L('Valorar los saberes propios como recursos económicos.', 'Value one’s own skills as economic resources.'),
      L('Explorar opciones concretas de ingreso, ahorro y capacitación.', 'Explore concrete options for income, savings and training.'),
    ],
    activities: [
      checkIn(15, ['¿Qué sabes hacer que otras personas te pagarían por hacer?', 'What can you do that other people would pay you to do?']),
      act(
        'themeWork',
        35,
        L('¿Quién decide sobre el dinero?', 'Who decides about money?'),
        P(
          [
            'Dibuje una casa con cuatro cuartos: «quién gana», «quién decide en qué se gasta», «a nombre de quién están las cosas» (casa, terreno, animales, vehículo) y «quién guarda los documentos». Pida que cada participante piense en silencio en su hogar actual o anterior y ponga una marca en su hoja.',
            'Draw a house with four rooms: “who earns”, “who decides what is spent”, “in whose name things are” (house, land, animals, vehicle) and “who keeps the documents”. Ask each participant to think silently about her current or former home and make a mark on her sheet.',
          ],
          [
            'En plenaria, sin pedir detalles personales, pregunte qué patrones ven. Explique que el trabajo doméstico y de cuidados también es trabajo y sostiene la economía del hogar, aunque no se pague. Relacione con el derecho a los bienes adquiridos en el matrimonio y a la pensión alimenticia.',
            'In plenary, without asking for personal details, ask what patterns they see. Explain that housework and care work are work too and sustain the household economy, even though unpaid. Link this to the right to property acquired during marriage and to child maintenance.',
          ],
        ),
        P([
          'Piensa en tu hogar: ¿quién gana el dinero?, ¿quién decide en qué se gasta?, ¿a nombre de quién están las cosas?, ¿quién guarda los documentos?',
          'Think about your home: Who earns the money? Who decides what it is spent on? In whose name are things? Who keeps the documents?',
        ]),
      ),
      vignette(
        25,
        ['La tanda', 'The savings circle'],
        [
          'Guadalupe entra a una tanda con sus vecinas sin contarle a su esposo. Con lo que junta compra un horno y empieza a vender pan los fines de semana. Una vecina la ayuda a abrir una cuenta a su nombre y a sacar copias de sus documentos.',
          'Guadalupe joins a savings circle with her neighbours without telling her husband. With what she saves she buys an oven and starts selling bread at weekends. A neighbour helps her open an account in her own name and copy her documents.',
        ],
        [
          '¿Qué recursos usó Guadalupe? ¿Quién la apoyó? ¿Qué riesgos tuvo que cuidar? ¿Qué opciones parecidas existen en tu comunidad?',
          'What resources did Guadalupe use? Who supported her? What risks did she have to guard against? What similar options exist in your community?',
        ],
        [
          'Valore la decisión de Guadalupe de no contarle a su esposo como una estrategia de seguridad, no como un engaño. Anote las opciones locales que mencionen: cooperativas, programas estatales, cursos del DIF, cajas de ahorro.',
          'Treat Guadalupe’s decision not to tell her husband as a safety strategy, not as deceit. Note the local options they mention: cooperatives, state programmes, community-centre courses, savings banks.',
        ],
      ),
      pause(15),
      act(
        'groupDiscussion',
        35,
        L('Mis saberes valen', 'My skills are worth something'),
        P(
          [
            'Pida que cada una haga una lista de lo que sabe hacer: cocinar, bordar, cuidar enfermos, vender, sembrar, llevar cuentas, peinar. En parejas, pensar cómo uno de esos saberes podría generar un ingreso o un ahorro.',
            'Ask each woman to list what she knows how to do: cook, embroider, care for the sick, sell, grow crops, keep accounts, do hair. In pairs, think how one of those skills could bring in income or savings.',
          ],
          [
            'En plenaria, comparta información práctica del directorio y del municipio sobre programas de capacitación, cooperativas y apoyos. Cierre: la autonomía económica no es solo ganar dinero, es poder decidir.',
            'In plenary, share practical information from the directory and the municipality about training programmes, cooperatives and grants. Close: economic autonomy is not only earning money; it is being able to decide.',
          ],
        ),
        P([
          'Haz una lista de lo que sabes hacer. Con tu compañera, piensen cómo uno de esos saberes podría darte un ingreso o un ahorro propio.',
          'Make a list of what you know how to do. With your partner, think how one of those skills could give you income or savings of your own.',
        ]),
      ),
      reflection(10, ['Un paso hacia mi autonomía', 'A step towards my autonomy'], [
        '¿Qué paso pequeño hacia tu autonomía económica podrías dar este mes: sacar una copia de tus documentos, averiguar un curso, ahorrar un poco?',
        'What small step towards economic autonomy could you take this month: copy your documents, find out about a course, save a little?',
      ]),
      homework(5, ['Mis documentos y mis recursos', 'My documents and resources'], [
        'Revisa qué documentos tienes y dónde están. Si falta alguno, anota dónde se tramita.',
        'Check which documents you have and where they are. If any are missing, note where to get them.',
      ]),
      closing(10, ['¿Qué saber tuyo vale oro?', 'Which of your skills is worth gold?']),
    ],
    facilitatorNotes: P([
      'Reúna información local actualizada: programas de capacitación, cooperativas, cajas de ahorro, apoyos estatales para mujeres y requisitos. Evite prometer apoyos que no dependen del programa.',
      'Gather up-to-date local information: training programmes, cooperatives, savings banks, state support for women and their requirements. Avoid promising support that does not depend on the programme.',
    ]),
    safetyNotes: safety([
      'Empezar a trabajar o ahorrar puede provocar la reacción de una pareja controladora (quitarle el dinero, sabotear el empleo, celos). Pregunte en privado si es seguro que él lo sepa y ayude a planear dónde guardar el ahorro y los documentos. Quien depende económicamente del agresor enfrenta mayor riesgo al separarse: vincúlela con apoyos antes de esa decisión.',
      'Starting to work or save can provoke a reaction from a controlling partner (taking the money, sabotaging the job, jealousy). Ask privately whether it is safe for him to know and help plan where to keep savings and documents. A woman who depends financially on the aggressor faces greater danger when separating: connect her with support before that decision.',
    ]),
    handouts: [
      handout(
        ['Mis documentos y mis recursos', 'My documents and resources'],
        ['Tener tus documentos y conocer tus recursos te da más libertad para decidir.', 'Having your documents and knowing your resources gives you more freedom to decide.'],
        ['- Acta de nacimiento, INE, CURP y comprobante de domicilio.', '- Birth certificate, voter ID, CURP and proof of address.'],
        ['- Actas de nacimiento y cartillas de vacunación de tus hijas e hijos.', '- Your children’s birth certificates and vaccination cards.'],
        ['- Acta de matrimonio, escrituras o papeles de terrenos y bienes.', '- Marriage certificate, deeds or papers for land and property.'],
        ['- Una copia guardada fuera de casa, con una persona de confianza.', '- A copy kept outside the home, with someone you trust.'],
        ['- Mis saberes y cómo podrían darme un ingreso:', '- My skills and how they could bring me an income:'],
      ),
    ],
    themeKeys: ['life-project', 'negotiation-and-fairness'],
  },
  {
    number: 23,
    moduleKey: 'proyecto',
    title: L('Crianza sin violencia: acompañar a mis hijas e hijos', 'Parenting without violence: supporting my children'),
    summary: L(
      'La violencia en casa también afecta a las niñas y los niños, aunque no la vean directamente. Hablamos de cómo ayudarles a sentirse seguros, de poner límites sin golpes ni gritos y de educar a hijas e hijos en la igualdad.',
      'Violence at home also affects children, even if they do not see it directly. We talk about how to help them feel safe, how to set limits without hitting or shouting and how to raise daughters and sons in equality.',
    ),
    objectives: [
      L('Reconocer los efectos de la violencia en las niñas y los niños.', 'Recognise the effects of violence on children.'),
      L('Practicar formas de poner límites sin violencia.', 'Practise ways of setting limits without violence.'),
      L('Pensar cómo educar a hijas e hijos en la igualdad y en otras formas de ser hombre.', 'Think about how to raise daughters and sons in equality and in other ways of being a man.'),
    ],
    activities: [
      checkIn(15, ['¿Qué es lo que más disfrutas de estar con tus hijas e hijos, o con las niñas y niños cercanos?', 'What do you enjoy most about being with your children, or with children close to you?']),
      act(
        'themeWork',
        35,
        L('¿Qué viven las niñas y los niños?', 'What do children go through?'),
        P(
          [
            'Pregunte: ¿qué sienten las niñas y los niños cuando hay violencia en casa, aunque estén en otro cuarto? Anote: miedo, culpa («fue por mí»), tristeza, enojo, confusión. Luego pregunte cómo se nota: problemas para dormir, mojar la cama, bajo rendimiento escolar, agresividad, aislamiento, querer cuidar a mamá.',
            'Ask: What do children feel when there is violence at home, even if they are in another room? Write down: fear, guilt (“it was because of me”), sadness, anger, confusion. Then ask how it shows: trouble sleeping, bed-wetting, falling behind at school, aggression, withdrawal, wanting to look after mum.',
          ],
          [
            'Explique que las niñas y los niños se recuperan mejor cuando tienen al menos un adulto que les da seguridad, les explica con palabras sencillas que la violencia no es su culpa y les deja expresar lo que sienten. Dé ejemplos de frases: «no es tu culpa», «tienes derecho a estar enojado», «yo te voy a cuidar».',
            'Explain that children recover better when they have at least one adult who makes them feel safe, tells them in simple words that the violence is not their fault and lets them express their feelings. Give example phrases: “it is not your fault”, “you are allowed to be angry”, “I will look after you”.',
          ],
        ),
        P([
          '¿Qué sienten las niñas y los niños cuando hay violencia en casa? ¿Cómo lo muestran? ¿Qué les ayuda a sentirse seguros?',
          'What do children feel when there is violence at home? How do they show it? What helps them feel safe?',
        ]),
      ),
      pause(15),
      rolePlay(
        35,
        ['Límites con cariño', 'Limits with care'],
        [
          'un niño de cuatro años hace berrinche en el mercado porque quiere un dulce; una hija de catorce llega dos horas tarde sin avisar; dos hermanos se pelean a golpes por el celular.',
          'a four-year-old throws a tantrum at the market because he wants a sweet; a fourteen-year-old daughter comes home two hours late without telling anyone; two brothers come to blows over the phone.',
        ],
        [
          'En la plenaria, rescate los pasos: calmarse primero (respirar, alejarse un momento), nombrar la emoción de la niña o el niño, poner el límite con claridad y una consecuencia relacionada, sin golpes, gritos ni humillaciones. Reconozca que las participantes muchas veces crían solas y cansadas.',
          'In plenary, pick out the steps: calm yourself first (breathe, step away for a moment), name the child’s emotion, set the limit clearly with a related consequence, without hitting, shouting or humiliating. Acknowledge that participants are often raising children alone and exhausted.',
        ],
        [
          'Practica cómo poner un límite con firmeza y cariño: primero te calmas, luego nombras lo que siente la niña o el niño, y después dices con claridad qué sí y qué no.',
          'Practise setting a limit firmly and lovingly: first calm yourself, then name what the child feels, then say clearly what is and is not allowed.',
        ],
      ),
      act(
        'groupDiscussion',
        20,
        L('Criar en igualdad', 'Raising children in equality'),
        P(
          [
            'Pregunte: ¿qué les enseñamos distinto a las hijas y a los hijos? (tareas de la casa, juegos, permisos, llorar). Anote en dos columnas. Pregunte qué pueden cambiar en casa desde ya: que los hijos laven trastes, que las hijas jueguen futbol, que los niños puedan llorar.',
            'Ask: What do we teach daughters and sons differently? (housework, games, permission to go out, crying). Write two columns. Ask what they could change at home right away: sons washing dishes, daughters playing football, boys being allowed to cry.',
          ],
          [
            'Relacione con las nuevas masculinidades: los niños que aprenden a cuidar, a expresar emociones y a respetar son los hombres que no usarán violencia mañana.',
            'Link this to new masculinities: boys who learn to care, to express their emotions and to respect others are the men who will not use violence tomorrow.',
          ],
        ),
        P([
          '¿Qué les enseñamos distinto a las hijas y a los hijos? ¿Qué te gustaría cambiar en tu casa para criar en igualdad?',
          'What do we teach daughters and sons differently? What would you like to change at home to raise them in equality?',
        ]),
      ),
      reflection(10, ['Lo que quiero para ellas y ellos', 'What I want for them'], [
        '¿Qué quieres que tus hijas e hijos recuerden de su infancia contigo? ¿Qué puedes hacer esta semana para ello?',
        'What do you want your children to remember of their childhood with you? What can you do towards it this week?',
      ]),
      homework(10, ['Límites con cariño', 'Limits with care'], [
        'Esta semana, cuando necesites poner un límite, prueba los tres pasos: calmarte, nombrar la emoción y decir con claridad qué sí y qué no. Fíjate qué pasa.',
        'This week, when you need to set a limit, try the three steps: calm yourself, name the emotion and say clearly what is and is not allowed. Notice what happens.',
      ]),
      closing(10, ['¿Qué le dirías hoy a tus hijas e hijos?', 'What would you say to your children today?']),
    ],
    facilitatorNotes: P([
      'Algunas participantes no tienen hijos o no viven con ellos (por ejemplo, si el agresor se quedó con la custodia). Invítelas a pensar en sobrinas, nietos o niñas y niños de su comunidad, y tenga cuidado con el dolor que puede despertar el tema.',
      'Some participants have no children or do not live with them (for example, if the aggressor kept custody). Invite them to think about nieces, grandchildren or children in their community, and be careful of the pain the topic may stir up.',
    ]),
    safetyNotes: safety([
      'Si una participante cuenta que su pareja o ex pareja amenaza con llevarse a las hijas e hijos, los usa para vigilarla o los maltrata durante las visitas, trátelo como riesgo alto: valore en privado y vincúlela con asesoría jurídica (guarda y custodia, visitas con medidas de protección). Si la propia participante describe castigos físicos severos, no la avergüence ante el grupo; hable en privado, ofrezca apoyo y, si hay riesgo para la niña o el niño, siga el protocolo de aviso.',
      'If a participant says her partner or ex-partner threatens to take the children, uses them to watch her or mistreats them during visits, treat it as high risk: assess privately and connect her with legal aid (custody, supervised contact). If the participant herself describes severe physical punishment, do not shame her in front of the group; talk privately, offer support and, if a child is at risk, follow the notification protocol.',
    ]),
    handouts: [
      handout(
        ['Límites con cariño', 'Limits with care'],
        ['Poner límites es cuidar. Se puede hacer sin golpes, sin gritos y sin humillar.', 'Setting limits is a way of caring. It can be done without hitting, shouting or humiliating.'],
        ['- Primero me calmo: respiro, cuento hasta diez o me alejo un momento.', '- First I calm down: I breathe, count to ten or step away for a moment.'],
        ['- Nombro lo que siente: «veo que estás muy enojado».', '- I name what the child feels: “I can see you are very angry”.'],
        ['- Digo el límite con claridad: «no se vale pegarle a tu hermano».', '- I state the limit clearly: “hitting your brother is not allowed”.'],
        ['- Doy una consecuencia relacionada: «hoy no usarás el celular».', '- I give a related consequence: “you will not use the phone today”.'],
        ['- Reconozco cuando lo hace bien.', '- I notice when the child gets it right.'],
      ),
    ],
    themeKeys: ['parenting-without-violence', 'new-masculinities', 'gender-roles'],
  },
  {
    number: 24,
    moduleKey: 'proyecto',
    title: L('Mi proyecto de vida', 'My life project'),
    summary: L(
      'Imaginamos la vida que queremos en uno, tres y cinco años y la convertimos en metas pequeñas y posibles. El proyecto de vida es nuestro, aunque cambie con el tiempo.',
      'We imagine the life we want in one, three and five years and turn it into small, achievable goals. The life project is ours, even if it changes over time.',
    ),
    objectives: [
      L('Imaginar un futuro deseado en distintas áreas de la vida.', 'Imagine a desired future in different areas of life.'),
      L('Convertir los deseos en metas con pasos concretos.', 'Turn wishes into goals with concrete steps.'),
      L('Identificar recursos, apoyos y obstáculos para cada meta.', 'Identify resources, support and obstacles for each goal.'),
    ],
    activities: [
      checkIn(15, ['¿Qué sueño tenías de niña que todavía te hace sonreír?', 'What dream did you have as a girl that still makes you smile?']),
      act(
        'themeWork',
        40,
        L('El camino', 'The path'),
        P(
          [
            'Entregue una hoja con un camino dibujado y cuatro estaciones: hoy, un año, tres años, cinco años. Pida que en cada estación escriban o dibujen cómo quieren estar en cinco áreas: salud, familia y relaciones, trabajo o estudio, casa y dinero, y algo solo para ellas (un gusto, un sueño).',
            'Hand out a sheet with a path drawn on it and four stops: today, one year, three years, five years. Ask them to write or draw at each stop how they want to be in five areas: health, family and relationships, work or study, home and money, and something just for them (a pleasure, a dream).',
          ],
          [
            'Después, pida que elijan una meta para el primer año y la dividan en tres pasos pequeños, cada uno con fecha y con una persona o servicio que pueda apoyar. Circule ayudando a que las metas sean concretas («terminar la secundaria abierta», no «superarme»).',
            'Then ask them to choose one goal for the first year and break it into three small steps, each with a date and a person or service that could help. Go round helping to make goals concrete (“finish open secondary school”, not “better myself”).',
          ],
        ),
        P([
          'Dibuja en el camino cómo quieres estar en uno, tres y cinco años. Después elige una meta para este año y divídela en tres pasos pequeños.',
          'Draw on the path how you want to be in one, three and five years. Then choose one goal for this year and break it into three small steps.',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        40,
        L('Compartir un sueño', 'Sharing a dream'),
        P(
          [
            'En grupos de tres, cada una comparte la meta que eligió y sus tres pasos. Las compañeras ayudan con ideas: recursos que conocen, obstáculos que no vio, apoyos posibles. Dé 25 minutos.',
            'In groups of three, each woman shares the goal she chose and its three steps. The others help with ideas: resources they know of, obstacles she did not see, possible support. Allow 25 minutes.',
          ],
          [
            'En plenaria, pida a voluntarias que compartan su meta en una frase y aplaudan cada una. Cierre: el proyecto de vida puede cambiar, y cambiarlo también es decidir.',
            'In plenary, ask volunteers to share their goal in one sentence and applaud each one. Close: a life project can change, and changing it is also a decision.',
          ],
        ),
        P([
          'Comparte tu meta y tus pasos con tus compañeras. Escucha sus ideas y ofrece las tuyas: ¿qué recursos conocen?, ¿qué obstáculos ven?, ¿quién podría apoyar?',
          'Share your goal and your steps with the others. Listen to their ideas and offer yours: What resources do they know of? What obstacles do they see? Who could help?',
        ]),
      ),
      reflection(20, ['Mis primeros pasos', 'My first steps'], [
        'Cierra los ojos o mira un punto fijo. Imagina que ya diste el primer paso de tu meta. ¿Dónde estás? ¿Cómo te sientes? ¿Quién está contigo?',
        'Close your eyes or look at a fixed point. Imagine that you have already taken the first step towards your goal. Where are you? How do you feel? Who is with you?',
      ], [
        'Guíe la visualización despacio, con pausas largas. Al terminar, pida que escriban en una palabra cómo se sintieron y que guarden la hoja del camino donde sea seguro.',
        'Guide the visualisation slowly, with long pauses. When it ends, ask them to write one word for how they felt and to keep the path sheet somewhere safe.',
      ]),
      homework(10, ['Mi proyecto de vida', 'My life project'], [
        'Da el primer paso de tu meta antes de la próxima sesión, aunque sea muy pequeño. La próxima vez celebraremos lo que cada una logró.',
        'Take the first step towards your goal before the next session, however small. Next time we will celebrate what each woman achieved.',
      ]),
      closing(10, ['¿Cuál es tu primer paso?', 'What is your first step?']),
    ],
    facilitatorNotes: P([
      'Prepare hojas con el camino dibujado, colores y, si es posible, revistas para recortar imágenes. Para participantes con poca lectura, el proyecto puede hacerse solo con dibujos y recortes.',
      'Prepare sheets with the path drawn, crayons and, if possible, magazines to cut pictures from. For participants with low literacy, the project can be done entirely with drawings and cut-outs.',
    ]),
    safetyNotes: safety([
      'Los planes de cambio (mudarse, estudiar, trabajar, separarse) deben revisarse a la luz del plan de seguridad. Si el proyecto de una participante incluye separarse, recuérdele en privado que la separación es un momento de mayor riesgo y actualicen juntas el plan antes de dar el paso.',
      'Plans for change (moving, studying, working, separating) should be reviewed in light of the safety plan. If a participant’s project includes separating, remind her privately that separation is a time of heightened danger and update the plan together before she takes the step.',
    ]),
    handouts: [
      handout(
        ['Mi proyecto de vida', 'My life project'],
        ['Tu proyecto de vida es tuyo. Puedes cambiarlo cuando quieras.', 'Your life project is yours. You can change it whenever you want.'],
        ['- Mi meta para este año:', '- My goal for this year:'],
        ['- Paso 1 (con fecha):', '- Step 1 (with date):'],
        ['- Paso 2 (con fecha):', '- Step 2 (with date):'],
        ['- Paso 3 (con fecha):', '- Step 3 (with date):'],
        ['- Personas y servicios que me pueden apoyar:', '- People and services that can support me:'],
        ['- Algo que haré solo para mí:', '- Something I will do just for me:'],
      ),
    ],
    themeKeys: ['life-project', 'emotions-and-self-care', 'rights'],
  },
  {
    number: 25,
    moduleKey: 'proyecto',
    title: L('Cierre: lo que me llevo y despedida', 'Closing: what I take with me, and farewell'),
    summary: L(
      'Revisamos el camino recorrido en estas 25 sesiones, celebramos los logros de cada una y nos despedimos. Hablamos de cómo seguir cuidándonos y a dónde acudir después del programa.',
      'We look back over the path of these 25 sessions, celebrate each woman’s achievements and say goodbye. We talk about how to keep looking after ourselves and where to go after the programme.',
    ),
    objectives: [
      L('Reconocer los aprendizajes y cambios de cada participante.', 'Recognise each participant’s learning and changes.'),
      L('Planear la continuidad: seguimiento, servicios y redes después del programa.', 'Plan what comes next: follow-up, services and networks after the programme.'),
      L('Despedirse del grupo con un ritual de cierre.', 'Say goodbye to the group with a closing ritual.'),
    ],
    activities: [
      checkIn(15, ['¿Cómo te fue con el primer paso de tu meta?', 'How did the first step towards your goal go?']),
      act(
        'themeWork',
        35,
        L('El camino recorrido', 'The road travelled'),
        P(
          [
            'Extienda en el piso una tira de papel con los títulos y dibujos de los seis módulos. Pida que cada participante camine por ella y se detenga en el tema que más le sirvió; ahí escribe o dibuja en una nota qué aprendió o qué cambió en su vida.',
            'Lay a strip of paper on the floor with the titles and drawings of the six modules. Ask each participant to walk along it and stop at the topic that helped her most; there she writes or draws on a note what she learnt or what changed in her life.',
          ],
          [
            'Lea en voz alta las notas de cada módulo. Resalte los cambios concretos: «ya tengo mis documentos», «ya no me culpo», «volví a ver a mi hermana». Recuerde que cambiar es un proceso y que lo vivido en el grupo les pertenece.',
            'Read out the notes for each module. Highlight concrete changes: “I have my documents now”, “I no longer blame myself”, “I see my sister again”. Remember that change is a process and that what they lived in the group belongs to them.',
          ],
        ),
        P([
          'Camina por el camino de los temas y detente en el que más te sirvió. Escribe o dibuja qué aprendiste o qué cambió en tu vida.',
          'Walk along the path of topics and stop at the one that helped you most. Write or draw what you learnt or what changed in your life.',
        ]),
      ),
      pause(15),
      act(
        'groupDiscussion',
        30,
        L('Mensajes para las que vienen', 'Messages for the women who come next'),
        P(
          [
            'Pida que cada participante escriba o dicte una carta breve, sin su nombre, para una mujer que empezará el programa el próximo ciclo: qué le diría, qué le recomendaría, qué le daría fuerza. Con su permiso, se leerán en la primera sesión del siguiente grupo.',
            'Ask each participant to write or dictate a short letter, without her name, to a woman who will start the programme next time round: what she would tell her, recommend to her, what would give her strength. With their permission, they will be read at the first session of the next group.',
          ],
          [
            'Después hablen de cómo seguir: grupos de apoyo, seguimiento individual, servicios del directorio y la red que formaron. Entregue a cada una el directorio actualizado.',
            'Then talk about what comes next: support groups, individual follow-up, services in the directory and the network they have built. Give each woman the updated directory.',
          ],
        ),
        P([
          'Escribe un mensaje para una mujer que empezará este programa. ¿Qué te hubiera gustado escuchar en tu primera sesión?',
          'Write a message to a woman who will start this programme. What would you have liked to hear at your first session?',
        ]),
      ),
      reflection(20, ['El regalo', 'The gift'], [
        'Escribe en una tarjeta una palabra o un deseo para la compañera que te toque. Lo que recibas es un regalo del grupo para ti.',
        'Write a word or a wish on a card for the woman whose name you draw. What you receive is a gift from the group to you.',
      ], [
        'Haga un sorteo para que cada participante escriba a otra. Entregue las tarjetas en un sobre. Si alguna faltó, escriban también para ella y guárdelo para entregárselo en privado.',
        'Hold a draw so that each participant writes to another. Hand the cards over in an envelope. If someone is absent, write for her too and keep it to give her privately.',
      ]),
      homework(5, ['Mi compromiso conmigo', 'My commitment to myself'], [
        'Escribe un compromiso contigo misma para los próximos tres meses y guárdalo donde puedas verlo y sea seguro.',
        'Write a commitment to yourself for the next three months and keep it where you can see it and where it is safe.',
      ]),
      act(
        'closing',
        30,
        L('Ritual de despedida', 'Farewell ritual'),
        P(
          [
            'Forme un círculo alrededor de una vela o de flores. Cada participante enciende una vela pequeña o toma una flor y dice en voz alta lo que se lleva del grupo y lo que deja (un miedo, una culpa). El grupo responde «te acompañamos».',
            'Form a circle around a candle or flowers. Each participant lights a small candle or takes a flower and says aloud what she is taking from the group and what she leaves behind (a fear, a guilt). The group answers “we are with you”.',
          ],
          [
            'Entregue las constancias de participación solo a quien quiera llevarla y con un formato discreto. Recuerde el 911, el directorio y las opciones de seguimiento. Agradezca a cada una por su valor y su presencia.',
            'Hand out certificates of participation only to those who want one, in a discreet format. Remind them of 911, the directory and the follow-up options. Thank each woman for her courage and her presence.',
          ],
          [
            'Quédese después del cierre para despedidas privadas y para confirmar el seguimiento de las participantes que lo necesitan.',
            'Stay after the closing for private goodbyes and to confirm follow-up for participants who need it.',
          ],
        ),
        P(
          [
            'Toma una flor o enciende una vela y di lo que te llevas del grupo y lo que dejas aquí. Tus compañeras te acompañan.',
            'Take a flower or light a candle and say what you are taking from the group and what you are leaving here. The others are with you.',
          ],
          [
            'Este grupo termina, pero lo que aprendiste es tuyo. Si necesitas ayuda, llama al 911 o a los servicios del directorio.',
            'This group is ending, but what you learnt is yours. If you need help, call 911 or the services in the directory.',
          ],
        ),
      ),
    ],
    facilitatorNotes: P(
      [
        'Prepare la tira de papel con los módulos, tarjetas, sobres, velas o flores, constancias en formato discreto y el directorio actualizado. Si el grupo lo desea, puede compartirse algo de comer al final.',
        'Prepare the paper strip with the modules, cards, envelopes, candles or flowers, certificates in a discreet format and the updated directory. If the group wishes, food can be shared at the end.',
      ],
      [
        'Las despedidas despiertan emociones de pérdida. Dé espacio a la tristeza y a la alegría. Recuerde llenar el registro agregado de asistencia y las escalas de salida sin datos personales.',
        'Farewells stir up feelings of loss. Make room for sadness and joy. Remember to complete the aggregate attendance record and exit scales without personal data.',
      ],
    ),
    safetyNotes: safety([
      'El final del programa puede dejar a algunas participantes sin su principal espacio de apoyo justo cuando toman decisiones. Antes del cierre, identifique a quienes tienen riesgo alto o un proceso legal abierto y acuerde con cada una un servicio de seguimiento concreto (nombre, horario y teléfono). No entregue constancias con el nombre del programa a quien no sea seguro llevar ese papel a casa.',
      'The end of the programme can leave some participants without their main source of support just as they are making decisions. Before the closing, identify those at high risk or with a legal process under way and agree with each a specific follow-up service (name, hours and phone). Do not hand a certificate bearing the programme’s name to anyone for whom it is not safe to take that paper home.',
    ]),
    handouts: [
      handout(
        ['Mi compromiso conmigo', 'My commitment to myself'],
        ['Terminaste el programa. Lo que aprendiste te pertenece.', 'You have finished the programme. What you learnt belongs to you.'],
        ['- Lo más importante que aprendí:', '- The most important thing I learnt:'],
        ['- Mi compromiso para los próximos tres meses:', '- My commitment for the next three months:'],
        ['- Personas de mi red:', '- People in my network:'],
        ['- Servicio de seguimiento (nombre, horario, teléfono):', '- Follow-up service (name, hours, phone):'],
        ['En una emergencia, llama al 911.', 'In an emergency, call 911.'],
      ),
    ],
    themeKeys: ['life-project', 'emotions-and-self-care', 'safety-and-risk'],
  },
]

export const womenTrack: SeedTrack = {
  key: 'women',
  slug: 'mujeres',
  audience: 'women',
  title: L('Grupo de reeducación para mujeres que viven o han vivido violencia de pareja', 'Re-education group for women who live or have lived with partner violence'),
  // What her workbook says on the outside: she may take it home.
  discreetTitle: L('Cuaderno de trabajo · Taller de bienestar', 'Workbook · Wellbeing workshop'),
  description: L(
    'Veinticinco sesiones semanales de dos horas y media para mujeres que viven o han vivido violencia en la pareja. Con técnicas reflexivas y participativas, el grupo trabaja los tipos de violencia, los mitos y realidades, los derechos de las mujeres, la autoestima y las emociones, el plan de seguridad, las redes de apoyo, la autonomía económica y el proyecto de vida. El programa no busca que las mujeres permanezcan con su pareja ni que la dejen: busca que decidan con información, apoyo y seguridad.',
    'Twenty-five weekly sessions of two and a half hours for women who live or have lived with partner violence. Using reflective, participatory techniques, the group works on types of violence, myths and realities, women’s rights, self-esteem and emotions, safety planning, support networks, economic autonomy and the life project. The programme does not aim for women to stay with their partners or to leave them: it aims for them to decide with information, support and safety.',
  ),
  plannedSessions: 25,
  sessionMinutes: 150,
  modules: [
    {
      key: 'inicio',
      order: 1,
      title: L('Encuadre y primeros pasos', 'Group agreements and first steps'),
      summary: L('Nos conocemos, construimos los acuerdos del grupo y empezamos a nombrar la violencia y sus formas.', 'We get to know each other, make the group agreements and begin to name violence and its forms.'),
    },
    {
      key: 'comprender',
      order: 2,
      title: L('Comprender la violencia', 'Understanding violence'),
      summary: L('El ciclo de la violencia, los mitos que la sostienen, los mandatos de género, el poder y control, y la violencia sexual en la pareja.', 'The cycle of violence, the myths that sustain it, gender expectations, power and control, and sexual violence in relationships.'),
    },
    {
      key: 'derechos',
      order: 3,
      title: L('Derechos e igualdad', 'Rights and equality'),
      summary: L('Los derechos humanos de las mujeres, la ley y las órdenes de protección, las relaciones de igualdad y la comunicación asertiva.', 'Women’s human rights, the law and protection orders, relationships of equality and assertive communication.'),
    },
    {
      key: 'autoestima',
      order: 4,
      title: L('Autoestima, cuerpo y emociones', 'Self-esteem, body and emotions'),
      summary: L('Reconstruir la autoestima, cuidar el cuerpo, escuchar las emociones, soltar la culpa y mirar lo aprendido en la infancia.', 'Rebuilding self-esteem, caring for the body, listening to emotions, letting go of guilt and looking at what we learnt in childhood.'),
    },
    {
      key: 'seguridad',
      order: 5,
      title: L('Seguridad y redes de apoyo', 'Safety and support networks'),
      summary: L('Reconocer el peligro, elaborar el plan de seguridad, fortalecer las redes de apoyo y conocer los servicios de la comunidad.', 'Recognising danger, making a safety plan, strengthening support networks and getting to know community services.'),
    },
    {
      key: 'proyecto',
      order: 6,
      title: L('Autonomía y proyecto de vida', 'Autonomy and life project'),
      summary: L('Autonomía económica, crianza sin violencia, proyecto de vida y despedida del grupo.', 'Economic autonomy, parenting without violence, the life project and saying goodbye to the group.'),
    },
  ],
  sessions: linkNext(sessions),
}
