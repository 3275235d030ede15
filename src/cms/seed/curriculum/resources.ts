/**
 * Demo resources that sessions reference in `resourceKeys`. The seed draws each illustration and
 * the breathing audio at seed time (see ../media.ts), and the short video when ffmpeg is
 * installed; captionLines become WebVTT cues.
 */
import type { Localized } from './types'

export const demoResourceKeys = [
  'illustration-power-wheel',
  'illustration-equality-wheel',
  'illustration-safety-plan',
  'illustration-emotions',
  'illustration-rights',
  'illustration-support-network',
  'illustration-risk-cues',
  'audio-breathing-guide',
  'video-grounding',
] as const

export type DemoResourceKey = (typeof demoResourceKeys)[number]

export interface DemoResource {
  kind: 'image' | 'audio' | 'video'
  audience: 'participant' | 'facilitator'
  title: Localized<string>
  description: Localized<string>
  /** For audio and video: short lines that become WebVTT cues and the transcript. */
  captionLines?: Localized<string[]>
}

export const demoResources: Record<DemoResourceKey, DemoResource> = {
  'illustration-power-wheel': {
    kind: 'image',
    audience: 'participant',
    title: { es: 'Rueda del poder y control', en: 'Power and control wheel' },
    description: {
      es: 'Ilustración de la rueda del poder y control: en el centro, el poder y el control; en los rayos, las tácticas (intimidación, abuso emocional, aislamiento, minimizar-negar-culpar, uso de los hijos, privilegio masculino, abuso económico, coerción y amenazas); en el borde, la violencia física y sexual.',
      en: 'Illustration of the power and control wheel: at the centre, power and control; on the spokes, the tactics (intimidation, emotional abuse, isolation, minimising-denying-blaming, using the children, male privilege, economic abuse, coercion and threats); on the rim, physical and sexual violence.',
    },
  },
  'illustration-equality-wheel': {
    kind: 'image',
    audience: 'participant',
    title: { es: 'Rueda de la igualdad', en: 'Equality wheel' },
    description: {
      es: 'Ilustración de la rueda de la igualdad: no violencia, conducta no amenazante, respeto, apoyo y confianza, honestidad y responsabilidad, respeto sexual, pareja, y negociación y equidad.',
      en: 'Illustration of the equality wheel: non-violence, non-threatening behaviour, respect, support and trust, honesty and accountability, sexual respect, partnership, and negotiation and fairness.',
    },
  },
  'illustration-safety-plan': {
    kind: 'image',
    audience: 'participant',
    title: { es: 'Mi plan de seguridad', en: 'My safety plan' },
    description: {
      es: 'Dibujo de una casa con un camino hacia un lugar seguro, para acompañar la elaboración del plan de seguridad: señales de peligro, cómo salir, a quién avisar, mochila de emergencia y teléfonos.',
      en: 'Drawing of a house with a path to a safe place, to accompany making the safety plan: danger signs, how to get out, whom to tell, emergency bag and phone numbers.',
    },
  },
  'illustration-emotions': {
    kind: 'image',
    audience: 'participant',
    title: { es: 'Las caras de las emociones', en: 'The faces of emotions' },
    description: {
      es: 'Cuatro caras que muestran alegría, calma, tristeza y enojo, para nombrar las emociones y dónde se sienten en el cuerpo. Funciona sin texto, para grupos con poca lectura.',
      en: 'Four faces showing joy, calm, sadness and anger, for naming emotions and where they are felt in the body. It works without text, for groups with low literacy.',
    },
  },
  'illustration-rights': {
    kind: 'image',
    audience: 'participant',
    title: { es: 'Balanza de los derechos', en: 'The scales of rights' },
    description: {
      es: 'Una balanza equilibrada que representa la igualdad de derechos entre mujeres y hombres, para las sesiones sobre derechos humanos de las mujeres y la ley.',
      en: 'Balanced scales representing equal rights for women and men, for the sessions on women’s human rights and the law.',
    },
  },
  'illustration-support-network': {
    kind: 'image',
    audience: 'participant',
    title: { es: 'Mi red de apoyo', en: 'My support network' },
    description: {
      es: 'Un círculo central unido a otros círculos: la persona y las personas, grupos e instituciones con los que cuenta. Sirve para dibujar el mapa de apoyos.',
      en: 'A central circle joined to other circles: the person and the people, groups and institutions she can count on. Used for drawing the support map.',
    },
  },
  'illustration-risk-cues': {
    kind: 'image',
    audience: 'facilitator',
    title: { es: 'Tarjeta de señales de riesgo para facilitación', en: 'Facilitators’ risk-cue card' },
    description: {
      es: 'Tarjeta de consulta rápida para el equipo facilitador: señales de riesgo alto (intento de estrangulamiento, armas, amenazas de muerte, violencia en el embarazo, separación reciente con acoso, celos obsesivos, amenazas de suicidio del agresor) y los pasos del protocolo: detener con calma, hablar en privado, valorar el riesgo, plan de seguridad, canalización e informe a la coordinación. No se muestra a participantes.',
      en: 'Quick-reference card for the facilitation team: high-risk signs (attempted strangulation, weapons, death threats, violence during pregnancy, recent separation with stalking, obsessive jealousy, the aggressor’s suicide threats) and the protocol steps: pause calmly, talk privately, assess the risk, safety plan, referral and report to the coordinator. Not shown to participants.',
    },
  },
  'audio-breathing-guide': {
    kind: 'audio',
    audience: 'participant',
    title: { es: 'Guía de respiración pausada', en: 'Slow breathing guide' },
    description: {
      es: 'Audio breve con tonos suaves que marcan el ritmo de la respiración pausada (inhalar en cuatro, exhalar en seis), con subtítulos en español e inglés. Se puede usar en grupo o en casa.',
      en: 'Short audio with soft tones that pace slow breathing (in for four, out for six), with captions in Spanish and English. It can be used in the group or at home.',
    },
    captionLines: {
      es: [
        'Siéntate con calma y apoya los pies en el piso.',
        'Puedes cerrar los ojos o mirar un punto fijo.',
        'Inhala despacio por la nariz: uno, dos, tres, cuatro.',
        'Sostén el aire un momento.',
        'Exhala por la boca: uno, dos, tres, cuatro, cinco, seis.',
        'Otra vez: inhala, dos, tres, cuatro.',
        'Exhala despacio, dejando ir la tensión de los hombros.',
        'Siente tu espalda en la silla y tus pies en el piso.',
        'Cuando estés lista o listo, abre los ojos. Estás aquí, en este momento.',
      ],
      en: [
        'Sit calmly and rest your feet on the floor.',
        'You can close your eyes or look at a fixed point.',
        'Breathe in slowly through your nose: one, two, three, four.',
        'Hold the breath for a moment.',
        'Breathe out through your mouth: one, two, three, four, five, six.',
        'Again: breathe in, two, three, four.',
        'Breathe out slowly, letting the tension go from your shoulders.',
        'Feel your back against the chair and your feet on the floor.',
        'When you are ready, open your eyes. You are here, in this moment.',
      ],
    },
  },
  'video-grounding': {
    kind: 'video',
    audience: 'participant',
    title: { es: 'Video breve: volver al presente', en: 'Short video: coming back to the present' },
    description: {
      es: 'Video de demostración generado (patrón de colores y un tono suave) con subtítulos en español e inglés: una pausa de anclaje antes de un tema difícil.',
      en: 'Generated demonstration video (a colour pattern and a soft tone) with captions in Spanish and English: a grounding pause before a difficult topic.',
    },
    captionLines: {
      es: ['Hacemos una pausa.', 'Nombra en silencio tres cosas que ves.', 'Respira y vuelve al grupo.'],
      en: ['We take a pause.', 'Silently name three things you can see.', 'Breathe and come back to the group.'],
    },
  },
}
