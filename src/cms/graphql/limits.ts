/**
 * What one GraphQL request may ask for, checked before anything runs (validation rules, so an
 * abusive query is refused in milliseconds without a single database read).
 *
 * Payload's own `maxComplexity` counts fields only: `{ a0: Programmes(limit: 1) { totalDocs } … }`
 * with a thousand aliases scored 2000 and ran for 20 s, and 500 aliased
 * `Sessions(limit: 100) { docs { id title } }` kept the process busy for minutes. So, on top of it:
 *
 * - a **cost** (graphql-query-complexity, with our own estimator) that counts what the database
 *   does: every collection query, join and version list costs `queryCost`, plus each document it
 *   may return (its `limit`, or the default page) times `documentCost` and what is asked of each
 *   document; other lists (relationships with many values, arrays, blocks) count `listLength`
 *   items; `limit: 0` and `pagination: false` count as `unpaginated` documents, so unbounded reads
 *   are refused;
 * - at most `maxAliases` aliases and `maxDepth` levels (GraphQL Armor's rules), in a document of
 *   at most GRAPHQL_MAX_TOKENS tokens and a request body of at most GRAPHQL_MAX_BODY_BYTES (both
 *   checked in the API route, before Payload parses anything);
 * - no GraphQL for anonymous readers, except the sign-in mutations: the public pages (`/`,
 *   `/servicios`) read through the Local API on the server and need no GraphQL at all.
 *
 * The time a request may take is bounded by the cost (see `maxCost` for what was measured), not
 * by a timer: a timer cannot stop work already handed to the database.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import {
  GraphQLError,
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type ExecutionArgs,
  type GraphQLOutputType,
  type GraphQLType,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'
import { createComplexityRule, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity'
import { languageOf, type Bilingual, type Language } from '@/core/language'

export const GRAPHQL_LIMITS = {
  /**
   * Highest cost a request may have. Measured on the seeded demo (`npm start`, 2 shared cores): a
   * page of 50 sessions (cost 1150) answered in 0.25–0.6 s and a request of cost 2900 in 0.4–1.1 s;
   * at a limit of 10,000, fifteen such pages in one request took 6.4 s, and four of those at once
   * held `/servicios` for 30 s (2.9 s with four requests of cost 2900).
   */
  maxCost: 3000,
  /** What a collection query, join or version list costs by itself: a round trip to the database. */
  queryCost: 50,
  /**
   * What each document of a page costs by itself, on top of the fields asked of it: Payload reads
   * whole documents (every locale, blocks, relations) whatever the selection, so this dominates.
   */
  documentCost: 20,
  /** Documents a page without `limit` is counted with: Payload's default page (10) for every query and join. */
  defaultPage: 10,
  /** Documents `limit: 0` or `pagination: false` ("all of them") are counted with. */
  unpaginated: 10_000,
  /** Items a list that is not a page (relationships, arrays, blocks) is counted with: they come with the document. */
  listLength: 3,
  maxAliases: 15,
  maxDepth: 10,
  /** Selections graphql-query-complexity walks at most (fragments spread many times included). */
  maxQueryNodes: 5000,
} as const

/**
 * Largest GraphQL request body (413 above): a real query is a few kilobytes, and a document is
 * parsed and validated whole before the rules below can refuse it.
 */
export const GRAPHQL_MAX_BODY_BYTES = 64 * 1024

/** Most tokens a GraphQL document may have: a real query has a few hundred. */
export const GRAPHQL_MAX_TOKENS = 2000

/**
 * Refuses a GraphQL document with more than GRAPHQL_MAX_TOKENS tokens before Payload parses and
 * validates it. Why here and not as a validation rule: graphql's own rules run in the same pass as
 * ours, and on a thousand aliases they alone took 200–450 ms; graphql's parser stops counting at
 * `maxTokens`, so the refusal costs almost nothing. Anything that is not a well-formed request is
 * left for Payload to answer as it always has.
 */
export function withGraphQLTokenLimit<C>(
  handler: (request: Request, context: C) => Promise<Response> | Response,
  options: { language: (request: Request) => 'es' | 'en' },
) {
  return async (request: Request, context: C): Promise<Response> => {
    if (!(request.headers.get('content-type') ?? '').includes('application/json')) return handler(request, context)
    const text = await request.clone().text()
    let query: unknown
    try {
      query = (JSON.parse(text) as { query?: unknown })?.query
    } catch {
      return handler(request, context)
    }
    if (typeof query !== 'string') return handler(request, context)
    try {
      parse(query, { maxTokens: GRAPHQL_MAX_TOKENS })
    } catch (error) {
      if (error instanceof Error && /\d+ tokens\. Parsing aborted/.test(error.message)) {
        return Response.json(
          {
            errors: [
              {
                message:
                  options.language(request) === 'es'
                    ? `Este documento GraphQL pasa de los ${GRAPHQL_MAX_TOKENS} elementos que puede tener una consulta.`
                    : `This GraphQL document is longer than the ${GRAPHQL_MAX_TOKENS} tokens one request may have.`,
                extensions: { code: 'QUERY_TOO_LONG' },
              },
            ],
          },
          { status: 400 },
        )
      }
    }
    return handler(request, context)
  }
}

/** Mutations an anonymous client may send: signing in and recovering a password. */
export const ANONYMOUS_MUTATIONS = new Set(['loginUser', 'forgotPasswordUser', 'resetPasswordUser'])

const unwrap = (type: GraphQLType): GraphQLType => (isNonNullType(type) ? type.ofType : type)

/** A Payload page (a collection query, a join, a version list): an object type with `docs`. */
function isPage(type: GraphQLOutputType): boolean {
  const named = getNamedType(type)
  return isObjectType(named) && 'docs' in named.getFields()
}

/** How many documents a page with these arguments may hold. */
export function pageSize(args: Record<string, unknown>): number {
  if (args.pagination === false) return GRAPHQL_LIMITS.unpaginated
  const limit = args.limit
  if (limit === undefined || limit === null) return GRAPHQL_LIMITS.defaultPage
  const value = Number(limit)
  if (!Number.isFinite(value) || value <= 0) return GRAPHQL_LIMITS.unpaginated
  return Math.min(Math.ceil(value), GRAPHQL_LIMITS.unpaginated)
}

/** The estimator described in the module comment. */
export const payloadCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // A page: the query itself, then each document it may hold with what is asked of it.
  if (isPage(field.type)) return GRAPHQL_LIMITS.queryCost + pageSize(args) * childComplexity
  // The documents of a page: counted once here, multiplied by the page above.
  if (field.name === 'docs' && isObjectType(type) && 'docs' in type.getFields()) {
    return GRAPHQL_LIMITS.documentCost + childComplexity
  }
  // Any other list of objects: relationships with many values, arrays, blocks.
  if (isListType(unwrap(field.type)) && isCompositeType(getNamedType(field.type))) {
    return 1 + GRAPHQL_LIMITS.listLength * childComplexity
  }
  return undefined
}

/** Refuses GraphQL to anonymous clients, except the sign-in mutations (see the module comment). */
export function anonymousGraphQLRule(user: unknown, language: Language = 'es'): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(node) {
      if (user) return
      const allowed =
        node.operation === 'mutation' &&
        node.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && ANONYMOUS_MUTATIONS.has(selection.name.value))
      if (!allowed) {
        const message =
          language === 'es'
            ? 'Inicia sesión para usar la API GraphQL (sin sesión solo se puede iniciar sesión).'
            : 'Sign in to use the GraphQL API (anonymous clients may only sign in).'
        context.reportError(new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } }))
      }
    },
  })
}

/** GraphQL Armor's refusal, reported as a validation error in the request's language (its own text stays in `extensions.detail`). */
const reportInstead =
  (words: Bilingual, language: Language) =>
  (context: ValidationContext | null, error: GraphQLError): void =>
    context?.reportError(new GraphQLError(words[language], { extensions: { ...error.extensions, detail: error.message } }))

/** The `graphQL.validationRules` of the Payload config. */
export function graphQLValidationRules(args: ExecutionArgs): ValidationRule[] {
  const context = args.contextValue as { req?: { user?: unknown; i18n?: { language?: string } } } | undefined
  const language = languageOf(context?.req?.i18n?.language)
  const { maxAliases, maxDepth } = GRAPHQL_LIMITS
  return [
    anonymousGraphQLRule(context?.req?.user ?? null, language),
    // Reported as validation errors rather than thrown, so the client gets a normal GraphQL answer.
    maxAliasesRule({
      n: maxAliases,
      propagateOnRejection: false,
      onReject: [
        reportInstead(
          { es: `Esta consulta usa más de ${maxAliases} alias (Aliases limit), el máximo de una consulta: divídela.`, en: `Aliases limit: this query uses more than the ${maxAliases} aliases one request may have; split it.` },
          language,
        ),
      ],
    }),
    maxDepthRule({
      n: maxDepth,
      propagateOnRejection: false,
      onReject: [
        reportInstead(
          { es: `Esta consulta anida más de ${maxDepth} niveles (depth), el máximo de una consulta.`, en: `This query nests deeper than the ${maxDepth} levels (depth) one request may have.` },
          language,
        ),
      ],
    }),
    createComplexityRule({
      maximumComplexity: GRAPHQL_LIMITS.maxCost,
      variables: (args.variableValues ?? {}) as Record<string, unknown>,
      operationName: args.operationName ?? undefined,
      maxQueryNodes: GRAPHQL_LIMITS.maxQueryNodes,
      estimators: [payloadCostEstimator, simpleEstimator({ defaultComplexity: 1 })],
      createError: (max, actual) =>
        new GraphQLError(
          language === 'es'
            ? `Esta consulta cuesta ${actual}, más que los ${max} que puede costar una consulta: pide menos documentos (limit) o menos listas anidadas, o divídela.`
            : `This query costs ${actual}, more than the ${max} one request may cost: ask for fewer documents (limit) or fewer nested lists, or split it.`,
          { extensions: { code: 'QUERY_TOO_COSTLY', cost: actual, maxCost: max } },
        ),
    }),
  ]
}

/**
 * GraphQL requests one client may have in flight at once (429 above it): by account when the
 * request signs in as one, else by client address. The cost limit above bounds one request;
 * this bounds how many of them one client can run side by side (ten costly requests at once from
 * one account held the process for everyone). `REEDUCA_GRAPHQL_MAX_IN_FLIGHT` changes it.
 */
export const GRAPHQL_MAX_IN_FLIGHT_DEFAULT = 3

export function graphQLMaxInFlight(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.REEDUCA_GRAPHQL_MAX_IN_FLIGHT)
  return Number.isInteger(configured) && configured > 0 ? configured : GRAPHQL_MAX_IN_FLIGHT_DEFAULT
}

/** Requests in flight per client, in this process (a client's requests reach one instance at a time only behind sticky sessions; each instance bounds its own). */
const inFlight = new Map<string, number>()

/** For tests: runs while a request holds its place, before Payload answers it. */
export const graphQLConcurrencyHooks: { whileHeld?: (client: string) => Promise<void> } = {}

export const graphQLRequestsInFlight = (client: string): number => inFlight.get(client) ?? 0

export interface ConcurrencyOptions {
  /** The client a request comes from: `account:<id>` for a signed-in account, else `address:<address>`. */
  identify: (request: Request) => Promise<string>
  /** The language to refuse in. */
  language: (request: Request) => 'es' | 'en'
  max?: () => number
}

export function withGraphQLConcurrencyLimit<C>(handler: (request: Request, context: C) => Promise<Response> | Response, options: ConcurrencyOptions) {
  return async (request: Request, context: C): Promise<Response> => {
    const client = await options.identify(request)
    const max = options.max?.() ?? graphQLMaxInFlight()
    const running = inFlight.get(client) ?? 0
    if (running >= max) {
      const message =
        options.language(request) === 'es'
          ? `Ya hay ${running} consultas GraphQL tuyas en curso, el máximo a la vez; espera a que terminen y vuelve a intentarlo.`
          : `You already have ${running} GraphQL requests running, the most one client may have at once; wait for them to finish and try again.`
      return Response.json({ errors: [{ message, extensions: { code: 'TOO_MANY_REQUESTS', maxInFlight: max } }] }, { status: 429, headers: { 'Retry-After': '1' } })
    }
    inFlight.set(client, running + 1)
    try {
      await graphQLConcurrencyHooks.whileHeld?.(client)
      return await handler(request, context)
    } finally {
      const left = (inFlight.get(client) ?? 1) - 1
      if (left > 0) inFlight.set(client, left)
      else inFlight.delete(client)
    }
  }
}
