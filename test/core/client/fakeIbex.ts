// Test helpers: real-looking JWTs and a tiny token authority with single-use refresh tokens,
// served through MSW handlers. Not the full mock IBEx (src/mock), only what these tests need.
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import type { Address } from 'viem'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { createIbexClient } from '../../../src/core/client/createIbexClient.ts'
import type { CreateIbexClientOptions, IbexClient } from '../../../src/core/client/IbexClient.ts'
import { bytesToBase64url } from '../../../src/core/utils/base64.ts'

export const BASE_URL = 'https://ibex.test'
export const RP_ID = 'app.example.com'
export const SAFE: Address = '0xd676Ff0fC6BfD83bB0Af5a1B5A3B3e04F9f2A679'
export const SAFE_GNOSIS: Address = '0x18D8a6Cf9C1fB1E4E7Cc0e2A7b9E5dD3A1c4F13b'

/** An email key backup as the kit uploads it (the ciphertext is not real: IBEx only stores it). */
export const EMAIL_BACKUP = {
  encryptedPrivateKey: 'AAAA',
  backupSalt: 'AQ==',
  backupKdf: {
    algo: 'argon2id',
    memory: 65536,
    iterations: 3,
    parallelism: 1,
    cipher: 'AES-256-GCM',
    iv: 'AA==',
  },
} as const

const encode = (value: unknown) => bytesToBase64url(new TextEncoder().encode(JSON.stringify(value)))

/** An HS256-shaped JWT with a random signature (the kit never checks signatures). */
export function fakeJwt(claims: {
  sub: string
  exp: number
  iat?: number
  sid?: string
  kind?: string
}) {
  const signature = new Uint8Array(32)
  crypto.getRandomValues(signature)
  const payload = { iss: RP_ID, aud: RP_ID, iat: claims.iat ?? claims.exp - 3600, ...claims }
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.${bytesToBase64url(signature)}`
}

/** A passkey-style sign-in body, tokens valid `lifetimeS` from now (negative = already expired). */
export function signInBody(options: { sub?: string; lifetimeS?: number; now?: number } = {}) {
  const sub = options.sub ?? 'user-1'
  const now = Math.floor((options.now ?? Date.now()) / 1000)
  const lifetime = options.lifetimeS ?? 3600
  return {
    access_token: fakeJwt({ sub, exp: now + lifetime, iat: now }),
    refresh_token: fakeJwt({ sub, exp: now + 86_400, iat: now, kind: 'refresh' }),
    token_type: 'Bearer',
    expires_in: Math.max(0, lifetime),
    issuer: RP_ID,
    audience: RP_ID,
    subject: sub,
    roles: ['USER'],
    authMethod: 'PASSKEY',
    hasPasskey: true,
    chainId: 421614,
    safeAddress: { '421614': SAFE, '100': SAFE_GNOSIS },
    prfCapable: true,
  }
}

/**
 * Issues token pairs, rotates single-use refresh tokens (a replay answers 401) and guards
 * `GET /v1.2/users/me` with the current access tokens.
 */
export function createTokenAuthority(
  options: { lifetimeS?: number; refreshDelayMs?: number } = {},
) {
  const live = new Set<string>()
  const usedRefresh = new Set<string>()
  const liveRefresh = new Set<string>()
  const state = {
    refreshCalls: 0,
    meCalls: 0,
    lastPair: undefined as ReturnType<typeof signInBody> | undefined,
  }

  function issue(sub = 'user-1', lifetimeS = options.lifetimeS ?? 3600) {
    const body = signInBody({ sub, lifetimeS })
    if (lifetimeS > 0) live.add(body.access_token)
    liveRefresh.add(body.refresh_token)
    state.lastPair = body
    return body
  }

  const handlers = [
    http.post(`${BASE_URL}/v1.2/auth/refresh`, async ({ request }) => {
      state.refreshCalls++
      const { refresh_token } = (await request.json()) as { refresh_token: string }
      if (options.refreshDelayMs) await new Promise((r) => setTimeout(r, options.refreshDelayMs))
      if (!liveRefresh.has(refresh_token) || usedRefresh.has(refresh_token)) {
        return HttpResponse.json({ message: 'invalid refresh token' }, { status: 401 })
      }
      liveRefresh.delete(refresh_token)
      usedRefresh.add(refresh_token)
      const sub = JSON.parse(
        atob(refresh_token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')),
      ).sub
      const {
        access_token,
        refresh_token: next,
        expires_in,
      } = issue(sub, options.lifetimeS ?? 3600)
      return HttpResponse.json({
        access_token,
        refresh_token: next,
        token_type: 'Bearer',
        expires_in,
        subject: sub,
      })
    }),
    http.get(`${BASE_URL}/v1.2/users/me`, ({ request }) => {
      state.meCalls++
      const token = request.headers.get('authorization')?.replace(/^Bearer /, '')
      if (!token || !live.has(token))
        return HttpResponse.json({ message: 'Unauthorized' }, { status: 401 })
      return HttpResponse.json({ ok: true, token })
    }),
  ]

  return {
    handlers,
    state,
    /** A sign-in body the authority will honour. */
    issue,
    /** Spend a refresh token elsewhere (another device, a stale tab). */
    spend(refreshToken: string) {
      usedRefresh.add(refreshToken)
    },
    /** Invalidate an access token before its expiry (server-side revocation). */
    revoke(accessToken: string) {
      live.delete(accessToken)
    },
  }
}

/** An MSW server for the file: unhandled requests fail the test. */
export function startMswServer() {
  const server = setupServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return server
}

/** Creates clients for one test and destroys them (timers, channels) after it. */
export function clientsForEachTest() {
  const clients: IbexClient[] = []
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
    globalThis.localStorage?.clear()
    globalThis.sessionStorage?.clear()
  })
  return (options: Partial<CreateIbexClientOptions> = {}) => {
    const client = createIbexClient({ baseUrl: BASE_URL, rpId: RP_ID, ...options })
    clients.push(client)
    return client
  }
}

/** A channel name no other test uses, so only the clients given it hear each other. */
export const uniqueChannel = () => `test-tabs-${Math.random().toString(36).slice(2)}`
