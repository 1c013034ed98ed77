import { getSignInChallenge } from '../core/actions/auth/getSignInChallenge.ts'
import { getSignUpChallenge } from '../core/actions/auth/getSignUpChallenge.ts'
import { getChains } from '../core/actions/data/getChains.ts'
import { createIbexClient } from '../core/client/createIbexClient.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import { IbexHttpError } from '../core/errors/IbexHttpError.ts'
import { IbexResponseError } from '../core/errors/IbexResponseError.ts'
import type { IbexProtocolProfile } from '../core/protocol/IbexProtocolProfile.ts'
import { mergeProtocolProfile } from '../core/protocol/mergeProtocolProfile.ts'
import { checkWebSocket } from './checkWebSocket.ts'
import type { DoctorCheck, DoctorReport, DoctorStatus } from './DoctorReport.ts'
import type { DoctorOptions } from './DoctorOptions.ts'
import { DoctorUnreachableError } from './DoctorUnreachableError.ts'
import { unknownFields, type knownChallengeFields } from './knownChallengeFields.ts'
import { preflight } from './preflight.ts'
import { runTestUsers } from './runTestUsers.ts'

const PROXY_HINT =
  "Browsers will refuse every signed-in call from this origin. Serve IBEx from the app's own origin through a same-origin proxy (README \"Pointing at a real IBEx host\") and set createIbexClient({ baseUrl: '/ibex' })."

/** A client of the doctor: Node fetch with the app's `Origin`, remembering the last JSON body. */
export type DoctorClient = { client: IbexClient; lastBody: () => unknown }

function reasonOf(error: unknown): string {
  if (error instanceof IbexHttpError) {
    return `${error.endpoint} answered ${error.status}${error.serverCode ? ` ${error.serverCode}` : ''}: ${error.serverMessage ?? error.message}`
  }
  if (error instanceof IbexResponseError) {
    return `${error.endpoint}: ${error.field ? `field \`${error.field}\`: ` : ''}${error.message}`
  }
  return error instanceof Error ? error.message : String(error)
}

/**
 * Checks that an IBEx host serves what the kit needs from a given app origin, without changing
 * anything unless `createTestUser` is set: `/health`, CORS preflights for every header and
 * method the kit sends, the rpId, the passkey and PIN challenge shapes (missing fields fail,
 * unknown fields are listed), the WebSocket's answer to a bad token; with `createTestUser`, a
 * real PIN sign-up and sign-in under the profile (discovering the one the server accepts when
 * it refuses), the chain list, and the same for email. Throws {@link DoctorUnreachableError}
 * when the host does not answer.
 *
 * @example
 * const report = await runDoctor({ baseUrl: 'http://127.0.0.1:8787', origin: 'http://localhost:5173' })
 * report.failed // 0
 */
export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const { origin, rpId } = options
  const chainId = options.chainId ?? 421614
  const fetcher = options.fetch ?? globalThis.fetch
  const profile = mergeProtocolProfile(options.protocol)
  const checks: DoctorCheck[] = []
  const add = (id: string, status: DoctorStatus, confirms: string, detail: string) => {
    checks.push({ id, status, confirms, detail })
  }

  function makeClient(protocol: IbexProtocolProfile): DoctorClient {
    let lastBody: unknown
    const client = createIbexClient({
      baseUrl,
      rpId,
      // What the kit in a page of `origin` would use.
      appId: protocol.kdf.appId ?? rpId ?? new URL(origin).hostname,
      chainId,
      protocol,
      storage: 'memory',
      crossTab: false,
      retry: { attempts: 1 },
      async fetch(input, init) {
        const headers = new Headers(init?.headers)
        headers.set('Origin', origin)
        const response = await fetcher(input, { ...init, headers })
        lastBody = await response
          .clone()
          .json()
          .catch(() => undefined)
        return response
      },
    })
    return { client, lastBody: () => lastBody }
  }

  // Health, and whether the host answers at all.
  let health: Response
  try {
    health = await fetcher(`${baseUrl}/health`, { headers: { Origin: origin } })
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    throw new DoctorUnreachableError(
      `cannot reach ${baseUrl}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
    )
  }
  const healthText = await health.text()
  add(
    'health',
    health.ok ? 'PASS' : 'FAIL',
    'GET /health answers: the host is up',
    `${health.status} ${healthText.slice(0, 80)}`,
  )

  // CORS, as the browser will ask it.
  const rpHeaders = ['x-rpid', 'x-rp-id', 'x-blockchain-id']
  const corsCases = [
    {
      id: 'cors-public',
      confirms:
        'public calls (sign-up/sign-in GET, JSON POST) may carry X-RpId, X-Rp-Id, X-Blockchain-Id',
      requests: [
        { path: '/v1.2/auth/sign-up', method: 'GET', headers: rpHeaders },
        { path: '/v1.2/auth/sign-in', method: 'POST', headers: ['content-type', ...rpHeaders] },
      ],
      fail: 'FAIL' as const,
      hint: 'Ask IBEx to allow this origin, or use a same-origin proxy.',
    },
    {
      id: 'cors-authorization',
      confirms: 'signed-in calls may carry Authorization',
      requests: [
        { path: '/v1.2/users/me', method: 'GET', headers: ['authorization', ...rpHeaders] },
      ],
      fail: 'FAIL' as const,
      hint: PROXY_HINT,
    },
    {
      id: 'cors-methods',
      confirms: 'PUT and DELETE with a JSON body are allowed (operations, user data)',
      requests: [
        {
          path: '/v1.2/safes/operations',
          method: 'PUT',
          headers: ['authorization', 'content-type', ...rpHeaders],
        },
        {
          path: '/v1.2/users/me',
          method: 'DELETE',
          headers: ['authorization', 'content-type', ...rpHeaders],
        },
      ],
      fail: 'FAIL' as const,
      hint: 'Operations and user-data deletes will be refused by the browser.',
    },
    {
      id: 'cors-ibex-auth',
      confirms: 'X-IBEx-Auth is allowed (only needed with sendIbexAuthHeader)',
      requests: [
        {
          path: '/v1.2/users/me',
          method: 'GET',
          headers: ['authorization', 'x-ibex-auth', ...rpHeaders],
        },
      ],
      fail: 'WARN' as const,
      hint: 'Leave sendIbexAuthHeader off for this origin.',
    },
  ]
  for (const corsCase of corsCases) {
    const problems: string[] = []
    for (const request of corsCase.requests) {
      const verdict = await preflight(
        fetcher,
        `${baseUrl}${request.path}`,
        origin,
        request.method,
        request.headers,
      )
      if (!verdict.ok) problems.push(`${request.method} ${request.path}: ${verdict.problem}`)
    }
    add(
      corsCase.id,
      problems.length === 0 ? 'PASS' : corsCase.fail,
      corsCase.confirms,
      problems.length === 0
        ? `preflight from ${origin} allowed`
        : `${problems.join('; ')}. ${corsCase.hint}`,
    )
  }

  // The rpId, then the challenge shapes, through the kit's own readers.
  const probe = makeClient(profile)
  const rpLabel = rpId ?? `${new URL(origin).hostname} (from Origin)`
  let rpKnown = false
  try {
    const response = await fetcher(`${baseUrl}/v1.2/auth/sign-up?wallet=passkeys`, {
      headers: {
        Origin: origin,
        Accept: 'application/json',
        ...(rpId ? { 'X-RpId': rpId, 'X-Rp-Id': rpId } : {}),
      },
    })
    const text = await response.text()
    rpKnown = response.ok
    add(
      'rp-id',
      response.ok ? 'PASS' : 'FAIL',
      `IBEx knows the rpId ${rpLabel}`,
      response.ok
        ? 'GET /v1.2/auth/sign-up answered 200'
        : `GET /v1.2/auth/sign-up answered ${response.status} ${text.slice(0, 120)}: register the domain with IBEx${rpId ? '' : ' or pass --rp-id'}`,
    )
  } catch (error) {
    add('rp-id', 'FAIL', `IBEx knows the rpId ${rpLabel}`, reasonOf(error))
  }

  const shapeCases: {
    id: string
    kind: keyof typeof knownChallengeFields
    confirms: string
    run: (client: IbexClient) => Promise<unknown>
  }[] = [
    {
      id: 'shape-passkeys-sign-up',
      kind: 'passkeys-sign-up',
      confirms: 'passkey sign-up challenge has every field the kit reads',
      run: (client) => getSignUpChallenge(client, { wallet: 'passkeys' }),
    },
    {
      id: 'shape-passkeys-sign-in',
      kind: 'passkeys-sign-in',
      confirms: 'passkey sign-in challenge has every field the kit reads',
      run: (client) => getSignInChallenge(client, { wallet: 'passkeys' }),
    },
    {
      id: 'shape-kdf-sign-up',
      kind: 'kdf-sign-up',
      confirms: 'PIN (kdf) sign-up materials have every field the kit reads',
      run: (client) => getSignUpChallenge(client, { wallet: 'kdf' }),
    },
  ]
  for (const shape of shapeCases) {
    if (!rpKnown) {
      add(shape.id, 'SKIP', shape.confirms, 'the rpId is not known')
      continue
    }
    try {
      await shape.run(probe.client)
      const extra = unknownFields(probe.lastBody(), shape.kind)
      add(
        shape.id,
        extra.length === 0 ? 'PASS' : 'WARN',
        shape.confirms,
        extra.length === 0
          ? 'all fields known'
          : `fields the kit does not know: ${extra.join(', ')}`,
      )
    } catch (error) {
      add(shape.id, 'FAIL', shape.confirms, reasonOf(error))
    }
  }

  // The WebSocket.
  const socketUrl = `${baseUrl.replace(/^http/, 'ws')}/ws?blockchainId=${chainId}`
  const socket = await checkWebSocket(socketUrl, origin)
  const socketConfirms = 'the WebSocket opens and a bad token gets auth_error and close code 4002'
  if (!socket.reached) add('websocket', 'FAIL', socketConfirms, `${socketUrl}: ${socket.problem}`)
  else
    add(
      'websocket',
      socket.closeCode === 4002 ? 'PASS' : 'WARN',
      socketConfirms,
      `closed with ${socket.closeCode}${socket.sawAuthError ? ' after auth_error' : ''}`,
    )

  // Opt-in: users on the server.
  let discovered: IbexProtocolProfile | undefined
  if (options.createTestUser && rpKnown) {
    discovered = await runTestUsers({
      options,
      profile,
      makeClient,
      add,
      reasonOf,
      chainsCheck: async (client) => {
        const confirms = 'the chain list and its modules (GET /v1.2/chains/)'
        try {
          const chains = await getChains(client)
          add(
            'chains',
            chains.length > 0 ? 'PASS' : 'WARN',
            confirms,
            chains
              .map((chain) => {
                const modules = Object.entries(chain.modules)
                  .filter(([, on]) => on === true)
                  .map(([name]) => name)
                return `${chain.id}${modules.length ? ` (${modules.join(', ')})` : ''}`
              })
              .join('; ') || 'no chains',
          )
        } catch (error) {
          add('chains', 'FAIL', confirms, reasonOf(error))
        }
      },
    })
  } else {
    const why = options.createTestUser ? 'the rpId is not known' : 'needs --create-test-user'
    add(
      'shape-kdf-sign-in',
      'SKIP',
      'PIN (kdf) sign-in materials have every field the kit reads',
      `a PIN user ${why}`,
    )
    add('kdf-proof', 'SKIP', 'a PIN sign-up under the configured protocol profile', why)
    add('chains', 'SKIP', 'the chain list and its modules (GET /v1.2/chains/)', `a session ${why}`)
  }
  probe.client.destroy()

  const passed = checks.filter((check) => check.status === 'PASS').length
  const failed = checks.filter((check) => check.status === 'FAIL').length
  return { baseUrl, origin, rpId, checks, passed, failed, protocol: discovered }
}
