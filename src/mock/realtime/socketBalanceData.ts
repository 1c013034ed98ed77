import { buildBalances } from '../views/buildBalances.ts'
import type { MockView } from '../views/MockView.ts'
import { userSafes } from '../wallet/userSafes.ts'
import { socketSafe } from './socketSafe.ts'

/**
 * `balance_data` (docs/protocol.md) over the socket chain's Safe, every monitored token
 * included: `{ mode: "initial", safeAddress, balance }` in the burst, `{ mode: "request",
 * safeAddress, timestamp, crypto, fiat, totals, requestId? }` for `get_balance`.
 *
 * @example
 * socketBalanceData(view, 421614, { mode: 'request', requestId: 'r1' })
 */
export function socketBalanceData(
  view: MockView,
  chainId: number,
  request: { mode: 'initial' } | { mode: 'request'; requestId?: unknown },
): Record<string, unknown> {
  const balance = buildBalances(view, {
    safes: userSafes(view.user, view.config).filter((safe) => safe.chainId === chainId),
    includeZero: true,
    includeEmpty: true,
    includePrices: true,
  })
  const safeAddress = socketSafe(view, chainId)
  if (request.mode === 'initial') return { mode: 'initial', safeAddress, balance }
  return {
    mode: 'request',
    safeAddress,
    ...balance,
    ...(request.requestId === undefined ? {} : { requestId: request.requestId }),
  }
}
