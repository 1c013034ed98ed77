import { loadWebAuthnServer } from './peers/loadWebAuthnServer.ts'
import { MockHttpError } from './errors/MockHttpError.ts'
import { applyFaultsPatch } from './faults/applyFaultsPatch.ts'
import { faultResponse } from './faults/faultResponse.ts'
import type { MockFaultsPatch } from './faults/MockFaultsPatch.ts'
import { createContext } from './http/createContext.ts'
import { checkDevAccess } from './http/checkDevAccess.ts'
import { createRouter } from './http/createRouter.ts'
import { errorResponse } from './http/errorResponse.ts'
import type { MockIbexConfig, MockIbexOptions } from './MockIbexOptions.ts'
import { resolveMockIbexConfig } from './resolveMockIbexConfig.ts'
import { createSocketHub, type MockSocketHub } from './realtime/createSocketHub.ts'
import { mockRoutes } from './routes/mockRoutes.ts'
import { createMockState } from './state/createMockState.ts'
import { latestOutboxEntry } from './state/latestOutboxEntry.ts'
import type { MockFaults, MockOutboxEntry, MockState } from './state/MockState.ts'
import { advanceClock } from './state/advanceClock.ts'
import { pruneMockState } from './state/pruneMockState.ts'
import { resetMockState } from './state/resetMockState.ts'
import {
  expireSessions,
  type MockExpireSessionOptions,
  type MockExpireSessionResult,
  type MockSessionTarget,
} from './tokens/expireSessions.ts'
import { verifyAccessToken, type AccessTokenCheck } from './tokens/verifyAccessToken.ts'
import {
  creditFaucet,
  type MockFaucetRequest,
  type MockFaucetResult,
} from './wallet/creditFaucet.ts'

/**
 * A fake IBEx: a pure `handle(request)` over in-memory state, plus controls for tests and dev
 * tools. Adapters: {@link mockIbexHandlers} and `mockIbexSocketHandler` (MSW), and
 * `startMockIbexServer` (Node HTTP + WebSocket).
 *
 * @example
 * const mock = createMockIbex({ seed: 'test' })
 * const res = await mock.handle(new Request('http://localhost/v1.2/auth/sign-up?wallet=kdf&rpId=localhost'))
 */
export type MockIbex = {
  /**
   * Answers one request. `basePath` is stripped from the URL path first (e.g. `/api` when the
   * mock is mounted at `https://example.test/api`).
   */
  handle(
    request: Request,
    options?: {
      basePath?: string | undefined
      /** The peer's IP address (Node adapters): the dev controls answer loopback peers only. */
      remoteAddress?: string | undefined
    },
  ): Promise<Response>
  readonly config: MockIbexConfig
  /** The live state (tenants, users, outbox, faults); read it in tests, mutate with care. */
  readonly state: MockState
  /** The mock clock, in milliseconds. */
  now(): number
  /** The last email code sent to `email` (optionally in one tenant). */
  outbox(email: string, rpId?: string): MockOutboxEntry | undefined
  /** The current injected faults. */
  faults(): MockFaults
  /** Merges a faults patch (same as `POST /__mock/faults`) and returns the result. */
  setFaults(patch: MockFaultsPatch): MockFaults
  /** Forgets every user, challenge, token and email, and clears the faults. */
  reset(): void
  /** Checks an access token for `rpId` (for the WebSocket and other adapters). */
  verifyAccessToken(
    token: string,
    rpId: string,
    options?: { allowPending?: boolean },
  ): Promise<AccessTokenCheck>
  /** Credits a Safe from the faucet (same as `POST /__mock/faucet`). */
  faucet(request: MockFaucetRequest): MockFaucetResult
  /**
   * Expires access tokens already issued (same as `POST /__mock/expire-session`): the app's next
   * request gets a 401 and runs its refresh path (or, with `refreshTokens: true`, signs out).
   *
   * @example
   * mock.expireSession({ email: 'ada@example.com' })
   */
  expireSession(
    target: MockSessionTarget,
    options?: MockExpireSessionOptions,
  ): MockExpireSessionResult
  /**
   * Moves the mock clock forward (same as `POST /__mock/time`): codes, challenges and tokens
   * expire, operations settle. Returns the new time.
   */
  advanceTime(ms: number): number
  /** The WebSocket protocol (`/ws`), for the Node and MSW adapters. */
  readonly sockets: MockSocketHub
}

function normaliseBasePath(basePath: string | undefined): string {
  if (!basePath || basePath === '/') return ''
  return `/${basePath.replace(/^\/+|\/+$/g, '')}`
}

/**
 * Creates a mock IBEx (see {@link MockIbex}) following docs/protocol.md and the kit's protocol
 * decisions: rpId tenants, passkeys (real WebAuthn verification), PIN (KDF), email OTP, EIP-7702,
 * HS256 tokens with single-use refresh, enriched sign-in, a token ledger per Safe with the user
 * reads, Safe operations (transfers, swaps, Aave, Morpho, Hyperliquid) signed for real, the
 * `/ws` protocol, and dev controls under `/__mock/`.
 *
 * @example
 * const mock = createMockIbex({ rpIds: ['app.example.com'], seed: 42, returnOtpInResponse: true })
 * server.use(...mockIbexHandlers(mock, { baseUrl: 'https://ibex.test' }))
 */
export function createMockIbex(options: MockIbexOptions = {}): MockIbex {
  const config = resolveMockIbexConfig(options)
  // Start loading the passkey verifier now, so the first passkey sign-up does not wait for it;
  // a missing package is reported (naming it) when a passkey is first verified.
  loadWebAuthnServer().catch(() => {})
  const state = createMockState(config.seed)
  const baseNow = config.now
  // Every reader of the clock goes through config.now, so the offset moves them all.
  config.now = () => baseNow() + state.clockOffsetMs
  const router = createRouter(mockRoutes)
  const sockets = createSocketHub({ state, config })
  let requestsSincePrune = 0
  let lastPrune = config.now()

  function pruneNow() {
    const now = config.now()
    requestsSincePrune += 1
    if (requestsSincePrune < 200 && Math.abs(now - lastPrune) < 60_000) return
    requestsSincePrune = 0
    lastPrune = now
    pruneMockState(state, config, now)
  }

  async function handle(
    request: Request,
    handleOptions: { basePath?: string | undefined; remoteAddress?: string | undefined } = {},
  ) {
    try {
      pruneNow()
      const url = new URL(request.url)
      const basePath = normaliseBasePath(handleOptions.basePath)
      let path = url.pathname
      if (basePath && (path === basePath || path.startsWith(`${basePath}/`))) {
        path = path.slice(basePath.length) || '/'
      }
      const method = request.method.toUpperCase()
      if (path.startsWith('/__mock/')) checkDevAccess(request, config, handleOptions.remoteAddress)
      const match = router.match(method, path)
      if (!match?.route.bypassFaults) {
        const faulted = await faultResponse(state, config)
        if (faulted) return faulted
      }
      if (!match) throw new MockHttpError('NOT_FOUND', `Route ${method} ${path} not found`)
      const ctx = createContext({ request, url, path, params: match.params, config, state })
      return await match.route.handler(ctx)
    } catch (error) {
      return errorResponse(error)
    }
  }

  return {
    handle,
    config,
    state,
    now: () => config.now(),
    outbox: (email, rpId) => latestOutboxEntry(state, email, rpId),
    faults: () => state.faults,
    setFaults: (patch) => applyFaultsPatch(state.faults, patch, config.now()),
    reset: () => resetMockState(state, config.seed),
    verifyAccessToken: (token, rpId, verifyOptions) =>
      verifyAccessToken(state, token, rpId, config.now(), verifyOptions),
    faucet: (request) => creditFaucet(state, config, request, config.now()),
    expireSession: (target, expireOptions) => expireSessions(state, target, expireOptions),
    advanceTime: (ms) => advanceClock(state, config, ms),
    sockets,
  }
}
