import type { MockFaultsPatch } from '../mock/faults/MockFaultsPatch.ts'
import type { MockFaults } from '../mock/state/MockState.ts'
import type {
  MockExpireSessionOptions,
  MockExpireSessionResult,
  MockSessionTarget,
} from '../mock/tokens/expireSessions.ts'
import type { MockFaucetResult } from '../mock/wallet/creditFaucet.ts'

/**
 * Whose sessions `expireSession` ends: `'all'`, an email address, an `externalUserId`, or
 * `{ rpId?, email?, externalUserId? }`.
 *
 * @example
 * await ibex.expireSession('ada@example.com')
 */
export type IbexSessionTarget = string | Exclude<MockSessionTarget, 'all'>

/**
 * The controls of a mock IBEx in a test, the same whether the mock runs in the test's process
 * (Vitest) or behind a URL (Playwright, `npx ibex-mock`). Every control is async.
 *
 * @example
 * const code = await ibex.readEmailCode('ada@example.com')
 * await ibex.fund(safeAddress, '25', 'USD-IBEX')
 * await ibex.setFaults({ latencyMs: 300 })
 */
export type IbexMockControls = {
  /**
   * The last email code sent to `email` (in `rpId`'s tenant when given). Waits up to
   * `timeoutMs` (default 5,000) for the first one, since the app sends it asynchronously.
   *
   * @example
   * await user.type(screen.getByLabelText('Code'), await ibex.readEmailCode('ada@example.com'))
   */
  readEmailCode(
    email: string,
    options?: { rpId?: string | undefined; timeoutMs?: number | undefined },
  ): Promise<string>
  /**
   * Credits `amount` (human units, e.g. `'25.5'`) of `token` (symbol or address; default
   * EUR-IBEX) to any address from the mock's faucet; the app sees it like any transfer.
   *
   * @example
   * await ibex.fund(safeAddress, '10', 'ETH')
   */
  fund(
    address: string,
    amount: string,
    token?: string,
    options?: { chainId?: number | undefined },
  ): Promise<MockFaucetResult>
  /**
   * Expires the access tokens already issued (to one user, or `'all'`): the app's next request
   * gets a 401 and runs its refresh path; with `{ refreshTokens: true }` it must sign in again.
   *
   * @example
   * await ibex.expireSession('all', { refreshTokens: true })
   */
  expireSession(
    target?: IbexSessionTarget,
    options?: MockExpireSessionOptions,
  ): Promise<MockExpireSessionResult>
  /**
   * Merges injected faults: `latencyMs`, `errorRate`, `rateLimit`, `maintenance`,
   * `accessTokenTtl`, `failNextOperation` (`null` clears one). Invalid settings reject.
   *
   * @example
   * await ibex.setFaults({ maintenance: { message: 'Back at 14:00' } })
   */
  setFaults(patch: MockFaultsPatch): Promise<MockFaults>
  /** Forgets every user, code, token and fault, and rewinds the clock. */
  reset(): Promise<void>
  /**
   * Moves the mock clock forward: codes, challenges, quotes and tokens expire, operations
   * settle. Resolves to the new mock time (ms since the epoch).
   *
   * @example
   * await ibex.advanceTime(31_000) // the email code has expired
   */
  advanceTime(ms: number): Promise<number>
}

/** The body of `expireSession` for a target given as a string or an object. */
export function sessionTargetOf(target: IbexSessionTarget | 'all' | undefined): MockSessionTarget {
  if (target === undefined || target === 'all') return 'all'
  if (typeof target !== 'string') return target
  return target.includes('@') ? { email: target } : { externalUserId: target }
}
