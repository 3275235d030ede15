import type { AfterErrorHook } from 'payload'

/**
 * The details of a public Payload error (a validation error's fields, a release check's
 * problems) travel with its message, on the production build as in the tests.
 *
 * Payload's formatErrors puts `name` and `data` in the answer only for an error that is an
 * `instanceof` its own APIError. The production build holds one copy of Payload per Next layer
 * (the API routes', the pages'), and one Payload instance serves them all: the layer of the first
 * request after boot. When a page came first, every error its hooks throw is another copy's
 * class to the API route, and the answer kept only the message: the admin could no longer show
 * which field was refused and why, nor an API client read a release's problems (seen on
 * `npm start`: /servicios first, then `POST /api/services {}` answered without `data`).
 * So the error is known here by the properties every Payload error carries, not by its class.
 */
interface PayloadErrorShape {
  name: string
  message: string
  status: number
  isPublic: boolean
  data: Record<string, unknown>
}

function isPayloadError(error: unknown): error is PayloadErrorShape {
  if (!(error instanceof Error)) return false
  const { status, isPublic, data } = error as Partial<PayloadErrorShape>
  return typeof status === 'number' && typeof isPublic === 'boolean' && data !== null && typeof data === 'object'
}

export const publicErrorsKeepTheirDetails: AfterErrorHook = ({ error, result }) => {
  // Only what Payload shows anyway (isErrorPublic: an error that says it is public); a private
  // error's answer stays "Something went wrong.".
  if (!isPayloadError(error) || error.isPublic !== true) return
  const errors = (result as { errors?: Array<Record<string, unknown>> } | undefined)?.errors
  // Answered in full already (the error was this layer's class), or answered by something else.
  if (!Array.isArray(errors) || errors.length !== 1 || errors[0]?.data !== undefined || errors[0]?.message !== error.message) return
  return { response: { ...result, errors: [{ name: error.name, data: error.data, message: error.message }] } }
}
