/**
 * PAYLOAD_SECRET signs sessions and encrypts API keys. A development default keeps
 * `npm run dev` and the tests simple; production refuses it.
 */
import { isBuildPhase } from './buildPhase'

export const DEVELOPMENT_SECRET = 'reeduca-development-secret-do-not-use-in-production'
export const MIN_PRODUCTION_SECRET_LENGTH = 32

export class InsecureSecretError extends Error {
  constructor(reason: string) {
    super(
      `Refusing to start in production: ${reason}. Set PAYLOAD_SECRET to a random string of at least ` +
        `${MIN_PRODUCTION_SECRET_LENGTH} characters (e.g. \`openssl rand -hex 32\`). ` +
        '`npm start` generates one into data/.secret when none is set.',
    )
    this.name = 'InsecureSecretError'
  }
}

export function resolveSecret(env: Record<string, string | undefined>): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  // `next build` loads the config with NODE_ENV=production but serves nothing.
  if (env.NODE_ENV === 'production' && !isBuildPhase(env)) {
    if (!secret) throw new InsecureSecretError('PAYLOAD_SECRET is not set')
    if (secret === DEVELOPMENT_SECRET) throw new InsecureSecretError('PAYLOAD_SECRET is the public development default')
    if (secret.length < MIN_PRODUCTION_SECRET_LENGTH) {
      throw new InsecureSecretError(`PAYLOAD_SECRET is shorter than ${MIN_PRODUCTION_SECRET_LENGTH} characters`)
    }
  }
  return secret || DEVELOPMENT_SECRET
}
