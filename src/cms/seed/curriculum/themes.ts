/**
 * Cross-track themes of the demo curriculum. Each is worked on in both the women’s and the men’s
 * track, from each group’s side: the women’s group from rights, safety and autonomy; the men’s
 * group from responsibility for their own behaviour.
 */
import type { SeedTheme } from './types'

export const themes: SeedTheme[] = [
  {
    key: 'types-of-violence',
    title: { es: 'Tipos de violencia', en: 'Types of violence' },
    description: {
      es: 'Las formas de violencia que reconoce la ley en México (psicológica, física, sexual, económica y patrimonial), la violencia digital, el ciclo de la violencia y la rueda del poder y control.',
      en: 'The forms of violence recognised by Mexican law (psychological, physical, sexual, economic and property-related), digital violence, the cycle of violence and the power and control wheel.',
    },
  },
  {
    key: 'gender-roles',
    title: { es: 'Roles y mandatos de género', en: 'Gender roles and expectations' },
    description: {
      es: 'La diferencia entre sexo y género, los mandatos de la «buena mujer» y del «hombre de verdad», y cómo sostienen la desigualdad y la violencia.',
      en: 'The difference between sex and gender, the expectations of the “good woman” and the “real man”, and how they sustain inequality and violence.',
    },
  },
  {
    key: 'rights',
    title: { es: 'Derechos de las mujeres', en: 'Women’s rights' },
    description: {
      es: 'Los derechos humanos de las mujeres, la Ley General de Acceso de las Mujeres a una Vida Libre de Violencia, las órdenes de protección y los derechos sexuales y reproductivos.',
      en: 'Women’s human rights, the General Law on Women’s Access to a Life Free of Violence, protection orders, and sexual and reproductive rights.',
    },
  },
  {
    key: 'myths-and-realities',
    title: { es: 'Mitos y realidades', en: 'Myths and realities' },
    description: {
      es: 'Las creencias que justifican la violencia o culpan a las mujeres («ella lo provocó», «fue el alcohol», «los celos son amor») y lo que sabemos en realidad.',
      en: 'The beliefs that justify violence or blame women (“she provoked it”, “it was the drink”, “jealousy is love”) and what we actually know.',
    },
  },
  {
    key: 'non-violence',
    title: { es: 'No violencia y responsabilidad', en: 'Non-violence and accountability' },
    description: {
      es: 'Vivir sin violencia ni intimidación, y colocar la responsabilidad de la violencia en quien la ejerce: dejar de minimizar, negar y culpar, y reconocer el daño causado.',
      en: 'Living without violence or intimidation, and placing responsibility for violence on the person who uses it: no more minimising, denying and blaming, and acknowledging the harm done.',
    },
  },
  {
    key: 'respect',
    title: { es: 'Respeto, apoyo y confianza', en: 'Respect, support and trust' },
    description: {
      es: 'Escuchar y valorar a la otra persona, apoyar sus metas y relaciones, construir confianza sin vigilancia, y el respeto sexual basado en el consentimiento.',
      en: 'Listening to and valuing the other person, supporting her goals and relationships, building trust without surveillance, and sexual respect based on consent.',
    },
  },
  {
    key: 'negotiation-and-fairness',
    title: { es: 'Negociación, equidad y pareja', en: 'Negotiation, fairness and partnership' },
    description: {
      es: 'Resolver desacuerdos sin violencia, comunicarse con asertividad, compartir el trabajo de la casa, el cuidado y el dinero, y decidir juntos lo que es de los dos.',
      en: 'Resolving disagreements without violence, communicating assertively, sharing housework, care and money, and deciding together what belongs to both.',
    },
  },
  {
    key: 'emotions-and-self-care',
    title: { es: 'Emociones y autocuidado', en: 'Emotions and self-care' },
    description: {
      es: 'Reconocer y nombrar las emociones, las señales del cuerpo, la respiración pausada, la autoestima y el cuidado de la propia salud.',
      en: 'Recognising and naming emotions, body signals, slow breathing, self-esteem and looking after one’s own health.',
    },
  },
  {
    key: 'safety-and-risk',
    title: { es: 'Seguridad y riesgo', en: 'Safety and risk' },
    description: {
      es: 'Reconocer las señales de peligro, el plan de seguridad, el retiro (tiempo fuera), las redes de apoyo y la ruta de atención.',
      en: 'Recognising danger signs, the safety plan, the time-out, support networks and the route to help.',
    },
  },
  {
    key: 'new-masculinities',
    title: { es: 'Nuevas masculinidades', en: 'New masculinities' },
    description: {
      es: 'Otras formas de ser hombre: que cuidan, escuchan, comparten, expresan emociones y piden ayuda; y cómo criar a los niños fuera de la caja del «hombre de verdad».',
      en: 'Other ways of being a man: caring, listening, sharing, expressing emotions and asking for help; and how to raise boys outside the “real man” box.',
    },
  },
  {
    key: 'parenting-without-violence',
    title: { es: 'Crianza sin violencia', en: 'Parenting without violence' },
    description: {
      es: 'Los efectos de la violencia en las niñas y los niños, poner límites sin golpes ni gritos, no usar a los hijos para controlar, y romper la cadena de lo aprendido en la infancia.',
      en: 'The effects of violence on children, setting limits without hitting or shouting, not using children to control, and breaking the chain of what was learnt in childhood.',
    },
  },
  {
    key: 'intercultural-perspective',
    title: { es: 'Perspectiva intercultural', en: 'Intercultural perspective' },
    description: {
      es: 'Las costumbres y valores de pueblos indígenas, comunidades rurales y urbanas; el derecho a ser atendida en la propia lengua; y la diferencia entre tradición y prácticas que violan derechos.',
      en: 'The customs and values of Indigenous peoples and rural and urban communities; the right to be served in one’s own language; and the difference between tradition and practices that violate rights.',
    },
  },
  {
    key: 'life-project',
    title: { es: 'Proyecto de vida y autonomía', en: 'Life project and autonomy' },
    description: {
      es: 'La autonomía económica, las metas propias, el plan de vida sin violencia y la continuidad después del programa.',
      en: 'Economic autonomy, personal goals, the plan for a life without violence and what comes after the programme.',
    },
  },
]
