import type { MockFaultsPatch } from '../mock/faults/MockFaultsPatch.ts'
import type { MockFaults } from '../mock/state/MockState.ts'
import type { MockExpireSessionResult } from '../mock/tokens/expireSessions.ts'
import type { MockFaucetResult } from '../mock/wallet/creditFaucet.ts'
import { sessionTargetOf, type IbexMockControls } from './IbexMockControls.ts'
import { waitForValue } from './waitForValue.ts'

/** Options of {@link connectIbexMock}. */
export type ConnectIbexMockOptions = {
  /** The mock's `--dev-token`, when it was started with one. */
  devToken?: string | undefined
  /** The `fetch` to call it with. Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch | undefined
}

/**
 * {@link IbexMockControls} of a mock IBEx running behind `url` (`npx ibex-mock`, or
 * `startMockIbexServer`), through its `/__mock/*` dev controls.
 *
 * @example
 * const ibex = connectIbexMock('http://127.0.0.1:8787')
 * const code = await ibex.readEmailCode('ada@example.com')
 */
export function connectIbexMock(
  url: string,
  options: ConnectIbexMockOptions = {},
): IbexMockControls {
  const base = url.replace(/\/+$/, '')
  const fetcher = options.fetch ?? globalThis.fetch

  async function call<result>(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    tolerate404 = false,
  ): Promise<{ status: number; body: result }> {
    const headers: Record<string, string> = {}
    if (body !== undefined) headers['content-type'] = 'application/json'
    if (options.devToken) headers['x-ibex-mock-token'] = options.devToken
    const response = await fetcher(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const parsed = (await response.json().catch(() => ({}))) as result & { message?: string }
    if (!response.ok && !(tolerate404 && response.status === 404)) {
      throw new Error(`${method} ${path}: ${response.status} ${parsed.message ?? ''}`.trim())
    }
    return { status: response.status, body: parsed }
  }

  return {
    readEmailCode: (email, readOptions = {}) => {
      const query = new URLSearchParams({ email })
      if (readOptions.rpId) query.set('rpId', readOptions.rpId)
      return waitForValue(
        async () => {
          // 404 until the app has asked for a code.
          const answer = await call<{ code?: string }>(
            'GET',
            `/__mock/outbox?${query}`,
            undefined,
            true,
          )
          return answer.status === 200 ? answer.body.code : undefined
        },
        readOptions.timeoutMs,
        `No email code was sent to ${email}`,
      )
    },
    fund: async (address, amount, token, fundOptions = {}) =>
      (
        await call<MockFaucetResult>('POST', '/__mock/faucet', {
          address,
          amount,
          token,
          chainId: fundOptions.chainId,
        })
      ).body,
    expireSession: async (target, expireOptions = {}) => {
      const resolved = sessionTargetOf(target)
      const body = resolved === 'all' ? { all: true } : { ...resolved }
      return (
        await call<MockExpireSessionResult>('POST', '/__mock/expire-session', {
          ...body,
          refreshTokens: expireOptions.refreshTokens,
        })
      ).body
    },
    setFaults: async (patch: MockFaultsPatch) =>
      (await call<MockFaults>('POST', '/__mock/faults', patch)).body,
    reset: async () => {
      await call('POST', '/__mock/reset')
    },
    advanceTime: async (ms) =>
      (await call<{ now: number }>('POST', '/__mock/time', { advanceMs: ms })).body.now,
  }
}
