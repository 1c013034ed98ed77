import * as v from 'valibot'
import { IbexValidationError } from '../core/errors/IbexValidationError.ts'
import { PROXY_HEADER } from '../core/session/createProxySessionStorage.ts'
import type { IbexSessionRecord } from '../core/session/IbexSessionRecord.ts'
import {
  sessionFromAuthResponse,
  type IbexAuthResponse,
  type IbexWalletMode,
} from '../core/session/sessionFromAuthResponse.ts'
import { authSessionResponseSchema } from '../core/schemas/authSessionResponseSchema.ts'
import { eip7702AuthResponseSchema } from '../core/schemas/eip7702AuthResponseSchema.ts'
import { isRecord } from '../core/parse/isRecord.ts'
import { createSessionCookieCodec, DAY_MS, type CookieSession } from './createSessionCookieCodec.ts'
import { forwardToIbex } from './forwardToIbex.ts'
import { isIbexApiPath } from './isIbexApiPath.ts'
import { proxyJson } from './proxyJson.ts'
import { proxyRefusal } from './proxyRefusal.ts'
import { readCookie } from './readCookie.ts'
import { sessionCookieHeader } from './sessionCookieHeader.ts'
import type { IbexSessionSource } from './IbexSessionSource.ts'

/** Attributes of the session cookie. */
export type IbexProxyCookieOptions = {
  /** Default `'ibex-session'`. */
  name?: string | undefined
  /** Default `'/'`: Server Components on every page read it. */
  path?: string | undefined
  /** Default `'Lax'`: sent on top-level navigations from other sites, so links land signed in. */
  sameSite?: 'Strict' | 'Lax' | undefined
  /**
   * Default `true`. Browsers accept `Secure` cookies from `http://localhost`; set `false` only to
   * serve a plain-HTTP host other than localhost in development.
   */
  secure?: boolean | undefined
  /** Sets `Domain` (e.g. to share the session with subdomains). Default: none (this host only). */
  domain?: string | undefined
}

/**
 * Options of {@link createIbexProxy}.
 *
 * @example
 * const options: CreateIbexProxyOptions = {
 *   baseUrl: 'https://passkeys-testnet.ibex.fi',
 *   secret: process.env.IBEX_SESSION_SECRET,
 * }
 */
export type CreateIbexProxyOptions = {
  /** The IBEx host the proxy calls, e.g. `https://passkeys-testnet.ibex.fi`. */
  baseUrl: string
  /**
   * At least 32 random characters, server-side only (an environment variable): the session
   * cookie's key is derived from it (HKDF-SHA256 → AES-256-GCM). Changing it signs everyone out.
   */
  secret: string | undefined
  /**
   * Where the route is mounted; the rest of the path is the IBEx path. Default `'/api/ibex'`
   * (`app/api/ibex/[...path]/route.ts`). Give the browser client the same `baseUrl`.
   */
  basePath?: string | undefined
  /**
   * The tenant sent to IBEx as `X-RpId`. Default: what the browser sends, else the request's
   * host name (what IBEx would read from `Origin`). Give the browser client the same `rpId`, so
   * server-prefetched data lands under the keys the browser reads.
   */
  rpId?: string | undefined
  /** The session cookie. */
  cookie?: IbexProxyCookieOptions | undefined
  /** Default: the global `fetch`. */
  fetch?: typeof globalThis.fetch | undefined
  /** Clock, ms since the epoch. Default `Date.now`. */
  now?: (() => number) | undefined
  /** Largest request body forwarded, in bytes. Default 1 MiB. */
  maxBodyBytes?: number | undefined
}

/**
 * A same-origin IBEx route: a Web `Request` → `Response` handler, exported as `GET`, `POST` …
 * for file-based routers.
 *
 * @example
 * export const { GET, POST, PUT, PATCH, DELETE } = createIbexProxy({ baseUrl, secret })
 */
export type IbexProxy = {
  /** Answers one request of the browser client (any method). */
  handle(request: Request): Promise<Response>
  GET(request: Request): Promise<Response>
  POST(request: Request): Promise<Response>
  PUT(request: Request): Promise<Response>
  PATCH(request: Request): Promise<Response>
  DELETE(request: Request): Promise<Response>
  /** Where the route is mounted (`basePath`). */
  readonly basePath: string
  /** The configured tenant, if any. */
  readonly rpId: string | undefined
}

/** What `getIbexSession` and the server client need from a proxy; not public. */
export type IbexProxyInternals = {
  cookieName: string
  now(): number
  /** The cookie's session, or `null` (missing, tampered, foreign or expired). */
  read(source: IbexSessionSource): Promise<CookieSession | null>
}

/** Reached through the proxy object, never exported from the package. */
export const proxyInternals = new WeakMap<IbexProxy, IbexProxyInternals>()

// Calls that must not carry a token: the proxy forwards them as they are.
const PUBLIC_PATHS = new Set([
  '/v1.2/auth/sign-up',
  '/v1.2/auth/sign-in',
  '/v1.2/auth/email/recover',
  '/v1.2/auth/wallet-challenge',
  '/v1.2/auth/wallet-signin',
])
const REFRESH_PATH = '/v1.2/auth/refresh'
const WALLET_MODES = new Set<string>(['passkeys', 'kdf', 'email', '7702'])
/** An access token this close to expiry is treated as expired: it could lapse on the way. */
const EXPIRY_SKEW_MS = 5_000
const authResponseSchema = v.union([eip7702AuthResponseSchema, authSessionResponseSchema])

/**
 * Creates the same-origin IBEx route of a server-rendered app (Next.js, Remix, SvelteKit, Hono,
 * any `Request` → `Response` server). The browser client (`createIbexClient({ transport:
 * 'proxy', baseUrl: '/api/ibex' })`) sends its calls here; the proxy forwards them to IBEx and:
 *
 * - keeps the token pair in an encrypted (AES-256-GCM, key from `secret` by HKDF), `HttpOnly`,
 *   `Secure`, `SameSite` cookie, set from sign-up, sign-in and refresh answers, whose
 *   `refresh_token` the browser never sees (it gets the pair's opaque id instead);
 * - adds `Authorization` itself, and forwards only a few request headers (no cookies, no
 *   hop-by-hop or encoding headers), dropping the same from IBEx's answers;
 * - refreshes only when the browser asks (`POST …/v1.2/auth/refresh`), and the browser asks from
 *   one tab at a time; a request naming an older pair gets the cookie's newer pair instead of a
 *   second refresh. So replicas and serverless instances never race on a single-use refresh
 *   token, and need no shared store;
 * - answers `GET …/session` (the user and the short-lived access token, for the WebSocket) and
 *   `DELETE …/session` (sign-out: the cookie is cleared);
 * - refuses paths outside the IBEx API (`/v1.2/…`), requests without the kit's `X-IBEx-Proxy`
 *   header (a cross-site form cannot add it), and authenticated calls without a valid cookie
 *   (tampered, foreign or expired: 401, nothing forwarded).
 *
 * Throws `IbexValidationError('validation/secret-invalid')` at start-up when `secret` is missing
 * or shorter than 32 characters.
 *
 * @example
 * // app/api/ibex/[...path]/route.ts (Next.js App Router)
 * import { createIbexProxy } from 'ibex-react/server'
 *
 * export const { GET, POST, PUT, PATCH, DELETE } = createIbexProxy({
 *   baseUrl: 'https://passkeys-testnet.ibex.fi',
 *   secret: process.env.IBEX_SESSION_SECRET,
 * })
 */
export function createIbexProxy(options: CreateIbexProxyOptions): IbexProxy {
  if (typeof options?.baseUrl !== 'string' || !/^https?:\/\//i.test(options.baseUrl.trim())) {
    throw new IbexValidationError({
      code: 'validation/base-url-missing',
      field: 'baseUrl',
      message:
        "createIbexProxy needs `baseUrl`: the absolute URL of IBEx, e.g. 'https://passkeys-testnet.ibex.fi'.",
    })
  }
  const cookieOptions = options.cookie ?? {}
  const cookieName = cookieOptions.name ?? 'ibex-session'
  const codec = createSessionCookieCodec(options.secret, cookieName)
  const ibexBase = options.baseUrl.trim().replace(/\/+$/, '')
  const basePath = `/${(options.basePath ?? '/api/ibex').replace(/^\/+|\/+$/g, '')}`
  const now = options.now ?? (() => Date.now())
  const fetchIbex = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const maxBodyBytes = options.maxBodyBytes ?? 1_048_576
  const target = { fetchIbex, ibexBase }

  const read = (source: IbexSessionSource) => codec.open(readCookie(source, cookieName), now())

  const cookieHeader = (value: string, maxAgeSeconds: number) =>
    sessionCookieHeader(cookieName, cookieOptions, value, maxAgeSeconds)
  const clearCookie = () => cookieHeader('', 0)

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
      return proxyRefusal(404, 'PROXY_PATH_REFUSED', `Not under the proxy's basePath ${basePath}.`)
    }
    const path = url.pathname.slice(basePath.length) || '/'
    // Every call of the kit carries this header; a cross-site form or image cannot.
    if (request.headers.get(PROXY_HEADER) !== '1') {
      return proxyRefusal(
        403,
        'PROXY_HEADER_MISSING',
        `Requests to the IBEx proxy carry ${PROXY_HEADER}: 1.`,
      )
    }
    const cookieValue = readCookie(request, cookieName)
    const session = await codec.open(cookieValue, now())
    // A cookie that does not open is cleared with whatever answer goes back.
    const stale = cookieValue !== undefined && !session

    if (path === '/session') {
      return withCookie(sessionEndpoint(request.method, session), stale ? clearCookie() : undefined)
    }
    if (!isIbexApiPath(path)) {
      return proxyRefusal(404, 'PROXY_PATH_REFUSED', 'Only IBEx API paths (/v1.2/…) are forwarded.')
    }
    const method = request.method.toUpperCase()
    if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) {
      return proxyRefusal(405, 'PROXY_METHOD_REFUSED', `${method} is not forwarded.`)
    }
    let body: string | undefined
    if (method !== 'GET') {
      body = (await request.text()) || undefined
      if (body !== undefined && new TextEncoder().encode(body).length > maxBodyBytes) {
        return proxyRefusal(413, 'PROXY_BODY_TOO_LARGE', 'The request body is too large.')
      }
    }

    if (path === REFRESH_PATH && method === 'POST') {
      return refresh(request, url, body, session, stale)
    }
    const isPublic = PUBLIC_PATHS.has(path)
    if (!isPublic) {
      if (!session) {
        return withCookie(
          proxyRefusal(401, 'UNAUTHORIZED', 'No IBEx session: sign in first.'),
          stale ? clearCookie() : undefined,
        )
      }
      if (now() >= session.record.expiresAt - EXPIRY_SKEW_MS) {
        // The browser refreshes (one tab for all) and replays; the proxy never refreshes alone.
        return proxyRefusal(401, 'TOKEN_EXPIRED', 'The access token expired: refresh, then retry.')
      }
    }
    const tenant = tenantOf(request, url, isPublic ? undefined : session)
    const answer = await forwardToIbex(target, request, url, path, method, body, {
      tenant,
      bearer: isPublic ? undefined : session?.record.accessToken,
    })
    const wallet = isPublic && method === 'POST' ? walletOf(body) : undefined
    const adopted = await adoptTokens(answer, {
      tenant,
      previous: session,
      wallet,
      endpoint: `${method} ${path}`,
    })
    // A new pair replaces the stale cookie; otherwise the stale one is cleared.
    const setsCookie = adopted.headers
      .getSetCookie()
      .some((line) => line.startsWith(`${cookieName}=`))
    return withCookie(adopted, stale && !setsCookie ? clearCookie() : undefined)
  }

  function sessionEndpoint(method: string, session: CookieSession | null): Response {
    if (method === 'DELETE') {
      return withCookie(new Response(null, { status: 204 }), clearCookie())
    }
    if (method !== 'GET') return proxyRefusal(405, 'PROXY_METHOD_REFUSED', `${method} /session`)
    const body = session
      ? {
          session: {
            ...session.record,
            // The browser gets the short-lived access token (the WebSocket's first frame needs
            // it) and the pair's id in place of the refresh token, which never leaves the server.
            refreshToken: session.sessionId,
            refreshExpiresAt: undefined,
          },
        }
      : { session: null }
    return proxyJson(200, body)
  }

  async function refresh(
    request: Request,
    url: URL,
    body: string | undefined,
    session: CookieSession | null,
    stale: boolean,
  ): Promise<Response> {
    if (!session) {
      return withCookie(
        proxyRefusal(401, 'UNAUTHORIZED', 'No IBEx session to refresh: sign in again.'),
        stale ? clearCookie() : undefined,
      )
    }
    const asked = parseJson(body)
    const askedId = isRecord(asked) ? asked.refresh_token : undefined
    const { record } = session
    if (askedId !== session.sessionId && now() < record.expiresAt - EXPIRY_SKEW_MS) {
      // Another tab (through this instance or another) refreshed already: hand over that pair.
      return proxyJson(200, {
        access_token: record.accessToken,
        refresh_token: session.sessionId,
        token_type: 'Bearer',
        expires_in: Math.floor((record.expiresAt - now()) / 1000),
        subject: record.user.externalUserId,
      })
    }
    const answer = await forwardToIbex(
      target,
      request,
      url,
      REFRESH_PATH,
      'POST',
      JSON.stringify({ refresh_token: record.refreshToken }),
      {
        tenant: session.rpId,
        bearer: undefined,
      },
    )
    if (answer.status === 401 || answer.status === 403) {
      return withCookie(answer, clearCookie())
    }
    return adoptTokens(answer, {
      tenant: session.rpId,
      previous: session,
      wallet: undefined,
      endpoint: `POST ${REFRESH_PATH}`,
    })
  }

  /** Stores the pair of a successful auth answer in the cookie and hides its refresh token. */
  async function adoptTokens(
    answer: Response,
    context: {
      tenant: string
      previous: CookieSession | null
      wallet: IbexWalletMode | undefined
      endpoint: string
    },
  ): Promise<Response> {
    if (!answer.ok || !(answer.headers.get('content-type') ?? '').includes('json')) return answer
    const text = await answer.clone().text()
    const body = parseJson(text)
    if (!isRecord(body) || typeof body.refresh_token !== 'string') return answer
    const parsed = v.safeParse(authResponseSchema, body)
    if (!parsed.success) {
      return proxyRefusal(
        502,
        'PROXY_BAD_AUTH_ANSWER',
        `${context.endpoint}: IBEx's token answer has an unexpected shape.`,
      )
    }
    const previousUser = context.previous?.record.user
    let record: IbexSessionRecord
    try {
      record = sessionFromAuthResponse(parsed.output as IbexAuthResponse, {
        now: now(),
        chainId: previousUser?.chainId ?? 421614,
        previous: previousUser,
        wallet: context.wallet,
        endpoint: context.endpoint,
      })
    } catch {
      return proxyRefusal(
        502,
        'PROXY_BAD_AUTH_ANSWER',
        `${context.endpoint}: IBEx's token answer names no user.`,
      )
    }
    const { value, sessionId } = await codec.seal({ record, rpId: context.tenant })
    if (value.length > 4000) {
      // Browsers drop cookies over 4 KiB: the user would look signed out after this answer.
      console.warn(
        `ibex-react/server: the session cookie is ${value.length} bytes, over what browsers keep (4096).`,
      )
    }
    const refreshExpiresAt = record.refreshExpiresAt ?? record.issuedAt + DAY_MS
    const headers = new Headers(answer.headers)
    headers.set('cache-control', 'no-store')
    headers.append('set-cookie', cookieHeader(value, (refreshExpiresAt - now()) / 1000))
    return new Response(JSON.stringify({ ...body, refresh_token: sessionId }), {
      status: answer.status,
      headers,
    })
  }

  function tenantOf(request: Request, url: URL, session: CookieSession | null | undefined): string {
    return (
      options.rpId ??
      session?.rpId ??
      request.headers.get('x-rpid') ??
      request.headers.get('x-rp-id') ??
      url.hostname
    )
  }

  const proxy: IbexProxy = {
    handle,
    GET: handle,
    POST: handle,
    PUT: handle,
    PATCH: handle,
    DELETE: handle,
    basePath,
    rpId: options.rpId,
  }
  proxyInternals.set(proxy, { cookieName, now, read })
  return proxy
}

function walletOf(body: string | undefined): IbexWalletMode | undefined {
  const parsed = parseJson(body)
  const wallet = isRecord(parsed) ? parsed.wallet : undefined
  return typeof wallet === 'string' && WALLET_MODES.has(wallet)
    ? (wallet as IbexWalletMode)
    : undefined
}

function parseJson(text: string | undefined | null): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function withCookie(response: Response, cookie: string | undefined): Response {
  if (cookie !== undefined) response.headers.append('set-cookie', cookie)
  return response
}
