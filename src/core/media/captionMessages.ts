/**
 * webvtt-parser (2.2.0) writes its line details in English only. Each message it can write is
 * given here in both languages of the admin, so a refused caption file is explained in the
 * uploader's language (tests/unit/media/captionMessages.test.ts reads the parser's source and
 * fails on a message missing here, e.g. after an upgrade). These are words of a refusal, made in
 * the core (which may not import src/ui/strings.ts), like the other upload refusals of
 * src/core/media/inspect.ts.
 */
import type { Bilingual } from '@/core/language'

const ALIGN_VALUES = 'start, center, end, left, right'

export const WEBVTT_PARSER_MESSAGES: Record<string, Bilingual> = {
  'No valid signature. (File needs to start with "WEBVTT".)': {
    es: 'Falta la firma: el archivo debe empezar con «WEBVTT».',
    en: 'No valid signature: the file must start with "WEBVTT".',
  },
  'No blank line after the signature.': { es: 'Falta una línea en blanco después de «WEBVTT».', en: 'No blank line after the signature.' },
  'Cannot have timestamp in a comment.': { es: 'Un comentario (NOTE) no puede llevar una marca de tiempo.', en: 'A comment (NOTE) cannot have a timestamp.' },
  'Cannot have timestamp in a style block.': { es: 'Un bloque de estilo no puede llevar una marca de tiempo.', en: 'A style block cannot have a timestamp.' },
  'Style blocks cannot appear after the first cue.': { es: 'Los bloques de estilo van antes del primer subtítulo.', en: 'Style blocks cannot appear after the first cue.' },
  'Cue identifier cannot be standalone.': { es: 'El identificador del subtítulo está solo: debe seguirle la línea de tiempos.', en: 'A cue identifier cannot stand alone: the timing line must follow it.' },
  'Cue identifier needs to be followed by timestamp.': { es: 'Después del identificador del subtítulo debe venir la línea de tiempos.', en: 'A cue identifier must be followed by the timing line.' },
  'Blank line missing before cue.': { es: 'Falta una línea en blanco antes del subtítulo.', en: 'Blank line missing before the cue.' },
  'No timestamp found.': { es: 'No hay marca de tiempo.', en: 'No timestamp found.' },
  'Timestamp must start with a character in the range 0-9.': { es: 'La marca de tiempo debe empezar con una cifra (0-9).', en: 'A timestamp must start with a digit (0-9).' },
  'No time unit separator found.': { es: 'Faltan los dos puntos entre horas, minutos y segundos.', en: 'No time unit separator (":") found.' },
  'Must be exactly two digits.': { es: 'Minutos y segundos llevan exactamente dos cifras.', en: 'Minutes and seconds must be exactly two digits.' },
  'No seconds found or minutes is greater than 59.': { es: 'Faltan los segundos, o los minutos pasan de 59.', en: 'No seconds found, or the minutes are greater than 59.' },
  'No decimal separator (".") found.': { es: 'Falta el punto antes de los milisegundos (00:00:01.000).', en: 'No decimal separator (".") before the milliseconds (00:00:01.000).' },
  'Milliseconds must be given in three digits.': { es: 'Los milisegundos llevan tres cifras.', en: 'Milliseconds must be given in three digits.' },
  'You cannot have more than 59 minutes.': { es: 'Los minutos no pueden pasar de 59.', en: 'Minutes cannot be more than 59.' },
  'You cannot have more than 59 seconds.': { es: 'Los segundos no pueden pasar de 59.', en: 'Seconds cannot be more than 59.' },
  'Duplicate setting.': { es: 'Un ajuste del subtítulo está repetido.', en: 'A cue setting is repeated.' },
  'No value for setting defined.': { es: 'Un ajuste del subtítulo no tiene valor.', en: 'A cue setting has no value.' },
  "Writing direction can only be set to 'rl' or 'rl'.": { es: 'La dirección de escritura (vertical) solo puede ser «rl» o «lr».', en: 'The writing direction (vertical) can only be "rl" or "lr".' },
  'Line position takes a number or percentage.': { es: 'La posición de línea (line) es un número o un porcentaje.', en: 'The line position takes a number or a percentage.' },
  "Line position can only have '-' at the start.": { es: 'La posición de línea (line) solo puede llevar «-» al principio.', en: 'The line position can only have "-" at the start.' },
  "Line position can only have '%' at the end.": { es: 'La posición de línea (line) solo puede llevar «%» al final.', en: 'The line position can only have "%" at the end.' },
  'Line position cannot be a negative percentage.': { es: 'La posición de línea (line) no puede ser un porcentaje negativo.', en: 'The line position cannot be a negative percentage.' },
  'Line position cannot be >100%.': { es: 'La posición de línea (line) no puede pasar del 100 %.', en: 'The line position cannot be over 100%.' },
  'Line position needs to be a number': { es: 'La posición de línea (line) debe ser un número.', en: 'The line position must be a number.' },
  'Line alignment needs to be one of start, center or end': { es: 'La alineación de línea debe ser start, center o end.', en: 'The line alignment must be start, center or end.' },
  'Text position must be a percentage.': { es: 'La posición del texto (position) debe ser un porcentaje.', en: 'The text position must be a percentage.' },
  'Text position needs to be between 0 and 100%.': { es: 'La posición del texto (position) va de 0 a 100 %.', en: 'The text position must be between 0 and 100%.' },
  'Position alignment needs to be one of line-left, center or line-right': { es: 'La alineación de la posición debe ser line-left, center o line-right.', en: 'The position alignment must be line-left, center or line-right.' },
  'Size must be a percentage.': { es: 'El tamaño (size) debe ser un porcentaje.', en: 'The size must be a percentage.' },
  'Size cannot be >100%.': { es: 'El tamaño (size) no puede pasar del 100 %.', en: 'The size cannot be over 100%.' },
  'Size needs to be a number': { es: 'El tamaño (size) debe ser un número.', en: 'The size must be a number.' },
  'Size needs to be between 0 and 100%.': { es: 'El tamaño (size) va de 0 a 100 %.', en: 'The size must be between 0 and 100%.' },
  [`Alignment can only be set to one of ${ALIGN_VALUES}.`]: { es: `La alineación (align) solo puede ser ${ALIGN_VALUES}.`, en: `The alignment can only be one of ${ALIGN_VALUES}.` },
  'Invalid setting.': { es: 'Ajuste del subtítulo no válido.', en: 'Invalid cue setting.' },
  'Start timestamp is not greater than or equal to start timestamp of previous cue.': {
    es: 'El subtítulo empieza antes que el anterior.',
    en: 'The cue starts before the previous cue.',
  },
  "Timestamp not separated from '-->' by whitespace.": { es: 'Falta un espacio entre la marca de tiempo y «-->».', en: 'A space is missing between the timestamp and "-->".' },
  'No valid timestamp separator found.': { es: 'Falta «-->» entre el inicio y el final.', en: 'No "-->" between the start and the end.' },
  "'-->' not separated from timestamp by whitespace.": { es: 'Falta un espacio entre «-->» y la marca de tiempo.', en: 'A space is missing between "-->" and the timestamp.' },
  'End timestamp is not greater than start timestamp.': { es: 'El final del subtítulo no es posterior a su inicio.', en: 'The end time is not after the start time.' },
  'Timestamp must not have trailing characters.': { es: 'Sobran caracteres después de la marca de tiempo.', en: 'The timestamp has characters after it.' },
  'Start tags not allowed in chapter title text.': { es: 'Los títulos de capítulo no llevan etiquetas.', en: 'Start tags are not allowed in chapter titles.' },
  'Only <v> and <lang> can have an annotation.': { es: 'Solo <v> y <lang> pueden llevar anotación.', en: 'Only <v> and <lang> can have an annotation.' },
  '<v> cannot be nested inside itself.': { es: '<v> no puede ir dentro de otro <v>.', en: '<v> cannot be nested inside itself.' },
  '<v> requires an annotation.': { es: '<v> necesita el nombre de quien habla (<v Nombre>).', en: '<v> needs the speaker\'s name (<v Name>).' },
  'Incorrect start tag.': { es: 'Etiqueta de apertura incorrecta.', en: 'Incorrect start tag.' },
  'End tags not allowed in chapter title text.': { es: 'Los títulos de capítulo no llevan etiquetas de cierre.', en: 'End tags are not allowed in chapter titles.' },
  'Incorrect end tag.': { es: 'Etiqueta de cierre incorrecta.', en: 'Incorrect end tag.' },
  'Timestamp not allowed in chapter title text.': { es: 'Los títulos de capítulo no llevan marcas de tiempo.', en: 'Timestamps are not allowed in chapter titles.' },
  'Timestamp must be between start timestamp and end timestamp.': { es: 'La marca de tiempo interna debe caer entre el inicio y el final del subtítulo.', en: 'An inner timestamp must be between the cue\'s start and end.' },
  'Timestamp must be greater than any previous timestamp.': { es: 'La marca de tiempo interna debe ser posterior a las anteriores.', en: 'An inner timestamp must be later than the previous ones.' },
  'Required end tag missing.': { es: 'Falta una etiqueta de cierre.', en: 'A required end tag is missing.' },
  'Incorrect escape.': { es: 'Entidad de escape incorrecta (como &amp;).', en: 'Incorrect escape (such as &amp;).' },
  'Never happens.': { es: 'Error interno del lector de subtítulos.', en: 'Internal error of the caption parser.' },
}

/** A parser message in both languages; one this table does not know stays as the parser wrote it. */
export function webVttParserMessage(message: string): Bilingual {
  return WEBVTT_PARSER_MESSAGES[message] ?? { es: message, en: message }
}
