/**
 * Why a manual download is refused, in both admin languages: the facilitator reads it in the
 * portal or her download client, so it names what to do next, not an HTTP term.
 */
import type { Bilingual } from '@/core/language'

const EDITION_NAMES: Record<string, Bilingual> = {
  'facilitator-manual': { es: 'manual para facilitación', en: 'facilitator manual' },
  'participant-workbook': { es: 'cuaderno de participantes', en: 'participant workbook' },
  'offline-bundle': { es: 'paquete sin conexión', en: 'offline bundle' },
}

const editionName = (edition: string): Bilingual => EDITION_NAMES[edition] ?? { es: edition, en: edition }

export const downloadRefusals = {
  signIn: (): Bilingual => ({
    es: 'Inicia sesión para descargar los manuales.',
    en: 'Log in to download manual releases.',
  }),
  belowFacilitator: (): Bilingual => ({
    es: 'Tu cuenta no puede descargar manuales: se necesita el rol de facilitación o superior.',
    en: 'Your account may not download manual releases: it needs the facilitator role or above.',
  }),
  unknownEdition: (edition: string): Bilingual => ({
    es: `No existe la edición «${edition}»: elige facilitator-manual, participant-workbook u offline-bundle.`,
    en: `Unknown edition «${edition}»: facilitator-manual, participant-workbook or offline-bundle.`,
  }),
  noSuchRelease: (): Bilingual => ({
    es: 'Esa versión del manual no existe o fue retirada.',
    en: 'No such manual release: it does not exist or was withdrawn.',
  }),
  otherTrack: (): Bilingual => ({
    es: 'Esta versión es de una línea de trabajo que no tienes asignada.',
    en: 'This release is of a track you are not assigned to.',
  }),
  stillBuilding: (version: string | null | undefined): Bilingual => ({
    es: `La versión ${version ?? ''} todavía se está generando; vuelve a intentarlo en un minuto.`,
    en: `Release ${version ?? ''} is still being built; try again in a minute.`,
  }),
  failed: (version: string | null | undefined, reason?: string | null): Bilingual => ({
    es: `La versión ${version ?? ''} no se pudo generar${reason ? `: ${reason}` : ''}. No tiene archivos.`,
    en: `Release ${version ?? ''} failed to build${reason ? `: ${reason}` : ''}. It has no files.`,
  }),
  otherLocale: (version: string | null | undefined, locales: string[], locale: string | undefined): Bilingual => ({
    es: `La versión ${version ?? ''} está en ${locales.join(', ') || 'ningún idioma'}, no en «${locale ?? ''}».`,
    en: `Release ${version ?? ''} covers ${locales.join(', ') || 'no locale'}, not «${locale ?? ''}».`,
  }),
  noFile: (version: string | null | undefined, edition: string, locale: string): Bilingual => ({
    es: `La versión ${version ?? ''} no tiene ${editionName(edition).es} en «${locale}».`,
    en: `Release ${version ?? ''} has no ${editionName(edition).en} in «${locale}».`,
  }),
  unavailable: (version: string | null | undefined, reason: Bilingual): Bilingual => ({
    es: `La versión ${version ?? ''} no puede descargarse ahora: ${reason.es}. Sus archivos se están generando de nuevo; vuelve a intentarlo en unos minutos.`,
    en: `Release ${version ?? ''} cannot be downloaded right now: ${reason.en}. Its files are being built again; try again in a few minutes.`,
  }),
  serverError: (): Bilingual => ({
    es: 'Algo salió mal en el servidor; vuelve a intentarlo.',
    en: 'Something went wrong on the server; please try again.',
  }),
}
