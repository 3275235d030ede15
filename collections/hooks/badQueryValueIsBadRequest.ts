import type { AfterErrorHook } from 'payload'
import { inRequestLanguage } from './language'

/**
 * What the database says when a query value cannot be what the column holds: libSQL refuses NaN
 * and Infinity (Payload turns `where[track][in]=1) OR (1=1` into NaN for a numeric ID column),
 * PostgreSQL an invalid number or a number out of range, MongoDB an `$in` given something other
 * than a list or an id that is no ObjectId. Values are always bound parameters, so
 * nothing reached the database as SQL; the fault is the client's, and Payload would answer 500.
 */
const NOT_A_VALUE = /Only finite numbers \(not Infinity or NaN\)|invalid input syntax for (type )?(integer|numeric|bigint|double precision|uuid)|out of range for type|value "[^"]*" is out of range|\$in (requires|needs) an array|Cast to (ObjectId|Number) failed/i
const POSTGRES_BAD_VALUE_CODES = new Set(['22P02', '22003', '22007', '22008'])

function describes(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const { message, code, cause } = error as { message?: unknown; code?: unknown; cause?: unknown }
  if (typeof message === 'string' && NOT_A_VALUE.test(message)) return true
  if (typeof code === 'string' && POSTGRES_BAD_VALUE_CODES.has(code)) return true
  return describes(cause, depth + 1)
}

export const badQueryValueIsBadRequest: AfterErrorHook = ({ error, req }) => {
  if (!describes(error)) return
  return {
    status: 400,
    response: {
      errors: [
        {
          message: inRequestLanguage(req, {
            es: 'Un valor de la consulta (where, page o limit) no es uno que el campo pueda tener, como un número o un ID; no se leyó ni cambió nada.',
            en: 'A value in the query (where, page or limit) is not one the field can hold, such as a number or an ID; nothing was read or changed.',
          }),
        },
      ],
    },
  }
}
