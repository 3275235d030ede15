/**
 * What a facilitator gathers before each demo session, written out from what the session uses:
 * the room kit every group needs, a copy of each handout per person, a way to play its audio and
 * video with no connection, its pictures, paper for its writing and the directory at hand. The
 * manual prints it in the session's overview, before the safety box; the portal shows it too.
 * Written from the session rather than by hand for each of the demo's sessions, so that it never
 * lists a handout the session dropped or misses a video it added. Worded for women's and men's
 * groups alike (no gendered "obligada", "voluntarias").
 */
import { demoResources, type DemoResourceKey } from './resources'
import type { Localized, SeedSession } from './types'

const ROOM_KIT: Localized<string> = {
  es: 'Lista de asistencia, gafetes, rotafolio y plumones; un reloj a la vista para seguir la agenda.',
  en: 'Attendance list, name tags, flip chart and markers; a clock in sight to keep to the agenda.',
}

const WRITING: Localized<string> = {
  es: 'Hojas y lápices para quien quiera escribir o dibujar (nadie tiene que leer en voz alta lo que escribe).',
  en: 'Paper and pencils for anyone who wants to write or draw (nobody has to read out what they write).',
}

const ROLE_PLAY: Localized<string> = {
  es: 'Un espacio despejado para el juego de roles, con sillas que se puedan mover.',
  en: 'A clear space for the role-play, with chairs that can be moved.',
}

const DIRECTORY: Localized<string> = {
  es: 'El directorio de servicios del manual (apéndice), a la mano por si alguien necesita canalización.',
  en: 'The manual’s services directory (appendix) at hand, in case someone needs a referral.',
}

/** The session's materials, a line each, in both languages. */
export function sessionMaterials(session: SeedSession): Localized<string> {
  const lines: Localized<string>[] = [ROOM_KIT]
  for (const handout of session.handouts) {
    lines.push({
      es: `Una copia de la hoja «${handout.title.es}» por participante (también en el apéndice de hojas para fotocopiar).`,
      en: `One copy of the handout “${handout.title.en}” per participant (also in the appendix of handouts to photocopy).`,
    })
  }
  // Vignettes without a video of their own are read from their script, as the instructions say.
  // "Viñeta: «Una tarde cualquiera»" → "la viñeta «Una tarde cualquiera»".
  const named = (title: string) => `${title.charAt(0).toLowerCase()}${title.slice(1)}`.replace(': ', ' ')
  for (const activity of session.activities) {
    if (activity.kind !== 'videoVignette' || activity.resourceKey) continue
    lines.push({
      es: `Proyector o pantalla con bocinas para la ${named(activity.title.es)} (o su guion impreso, para leerla en voz alta entre dos personas del grupo).`,
      en: `A projector or screen with speakers for the ${named(activity.title.en)} (or its printed script, for two people in the group to read aloud).`,
    })
  }
  const keys = new Set([...(session.resourceKeys ?? []), ...session.activities.flatMap((activity) => (activity.resourceKey ? [activity.resourceKey] : []))])
  for (const key of keys as Set<DemoResourceKey>) {
    const resource = demoResources[key]
    if (!resource) continue
    const { es, en } = resource.title
    if (resource.audience === 'facilitator') {
      lines.push({ es: `Una copia de «${es}» para quien facilita (no se muestra al grupo).`, en: `A copy of “${en}” for the facilitator (not shown to the group).` })
    } else if (resource.kind === 'image') {
      lines.push({ es: `«${es}», impresa en grande o proyectada.`, en: `“${en}”, printed large or projected.` })
    } else {
      lines.push({
        es: `Un equipo con bocinas para ${resource.kind === 'video' ? 'proyectar el video' : 'escuchar el audio'} «${es}», descargado antes (el paquete sin conexión de la versión lo trae con sus subtítulos).`,
        en: `A device with speakers to ${resource.kind === 'video' ? 'show the video' : 'play the audio'} “${en}”, downloaded beforehand (the release’s offline bundle has it, with its captions).`,
      })
    }
  }
  const kinds = new Set(session.activities.map((activity) => activity.kind))
  if (kinds.has('reflection') || kinds.has('homework')) lines.push(WRITING)
  if (kinds.has('rolePlay')) lines.push(ROLE_PLAY)
  lines.push(DIRECTORY)
  return { es: lines.map((line) => line.es).join('\n'), en: lines.map((line) => line.en).join('\n') }
}
