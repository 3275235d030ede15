/**
 * In-process HTTP against the app's own Next.js route handlers (src/app/(payload)/api/…/route.ts),
 * request guard included, without starting a server. Call after startTestPayload(): the route
 * modules load the Payload config, which reads DATABASE_URI when it is first imported.
 */
export interface ApiResponse<T = any> {
  status: number
  headers: Headers
  /** Parsed JSON, or null when the body is not JSON. */
  body: T
  /** The raw body: what a client would see, for "never appears anywhere" checks. */
  text: string
  /** The body's bytes (a PDF, a ZIP). */
  bytes: Buffer
}

export interface RequestOptions {
  token?: string | null
  headers?: Record<string, string>
}

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response> | Response

export interface Api {
  request(method: string, path: string, options?: RequestOptions & { body?: BodyInit | null }): Promise<ApiResponse>
  get(path: string, options?: RequestOptions): Promise<ApiResponse>
  post(path: string, json: unknown, options?: RequestOptions): Promise<ApiResponse>
  patch(path: string, json: unknown, options?: RequestOptions): Promise<ApiResponse>
  delete(path: string, options?: RequestOptions): Promise<ApiResponse>
  graphql(query: string, options?: RequestOptions & { variables?: Record<string, unknown>; search?: string }): Promise<ApiResponse>
  /** POST /api/users/login; throws when the credentials are refused. */
  login(email: string, password: string): Promise<string>
}

export const BASE_URL = 'http://localhost:3000'

/**
 * `headers` go with every request unless a request sets them itself: e.g. `{'Accept-Language': 'en'}`
 * for a suite that reads the English refusals (without it, refusals come in Spanish, the default).
 */
export async function createApi({ headers: defaults = {} }: { headers?: Record<string, string> } = {}): Promise<Api> {
  const rest = await import('@/app/(payload)/api/[...slug]/route')
  const graphqlRoute = await import('@/app/(payload)/api/graphql/route')
  const handlers: Record<string, Handler> = {
    GET: rest.GET as Handler,
    POST: rest.POST as Handler,
    PATCH: rest.PATCH as Handler,
    PUT: rest.PUT as Handler,
    DELETE: rest.DELETE as Handler,
  }

  async function send(handler: Handler, url: URL, init: RequestInit & { duplex?: 'half' }): Promise<ApiResponse> {
    const segments = url.pathname.replace(/^\/api\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
    const response = await handler(new Request(url, init), { params: Promise.resolve({ slug: segments }) })
    const bytes = Buffer.from(await response.arrayBuffer())
    const text = bytes.toString('utf8')
    let body: any = null
    try {
      body = text ? JSON.parse(text) : null
    } catch {
      body = null
    }
    return { status: response.status, headers: response.headers, body, text, bytes }
  }

  function headersFor(options: RequestOptions | undefined, extra: Record<string, string> = {}): Headers {
    const headers = new Headers({ ...defaults, ...extra })
    if (options?.token) headers.set('Authorization', `JWT ${options.token}`)
    for (const [name, value] of Object.entries(options?.headers ?? {})) headers.set(name, value)
    return headers
  }

  const api: Api = {
    async request(method, path, options = {}) {
      const handler = handlers[method.toUpperCase()]
      if (!handler) throw new Error(`No route handler for ${method}`)
      const url = new URL(path, BASE_URL)
      const body = options.body ?? undefined
      return send(handler, url, {
        method: method.toUpperCase(),
        headers: headersFor(options),
        body,
        ...(body instanceof ReadableStream ? { duplex: 'half' as const } : {}),
      })
    },
    get: (path, options) => api.request('GET', path, options),
    delete: (path, options) => api.request('DELETE', path, options),
    post: (path, json, options = {}) =>
      api.request('POST', path, {
        ...options,
        headers: { 'Content-Type': 'application/json', ...options.headers },
        body: JSON.stringify(json),
      }),
    patch: (path, json, options = {}) =>
      api.request('PATCH', path, {
        ...options,
        headers: { 'Content-Type': 'application/json', ...options.headers },
        body: JSON.stringify(json),
      }),
    async graphql(query, options = {}) {
      const url = new URL(`/api/graphql${options.search ?? ''}`, BASE_URL)
      return send(graphqlRoute.POST as Handler, url, {
        method: 'POST',
        headers: headersFor(options, { 'Content-Type': 'application/json' }),
        body: JSON.stringify({ query, variables: options.variables ?? {} }),
      })
    },
    async login(email, password) {
      const response = await api.post('/api/users/login', { email, password })
      if (response.status !== 200 || !response.body?.token) {
        throw new Error(`Login as ${email} failed with ${response.status}: ${response.text}`)
      }
      return response.body.token as string
    },
  }
  return api
}
