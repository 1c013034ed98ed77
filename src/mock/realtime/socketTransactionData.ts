import { buildTransactions } from '../views/buildTransactions.ts'
import type { MockView } from '../views/MockView.ts'
import type { TransactionQuery } from '../views/TransactionQuery.ts'
import { userSafes } from '../wallet/userSafes.ts'
import { socketSafe } from './socketSafe.ts'

/**
 * `transaction_data` (docs/protocol.md) over the socket chain's Safe, in the transactions envelope:
 * `{ mode: "initial", safeAddress, transactions }` in the burst, `{ mode: "request",
 * safeAddress, type: "mixed", crypto, fiat, requestId? }` for `get_transactions`.
 *
 * @example
 * socketTransactionData(view, 421614, query, { mode: 'initial' })
 */
export function socketTransactionData(
  view: MockView,
  chainId: number,
  query: TransactionQuery,
  request: { mode: 'initial' } | { mode: 'request'; requestId?: unknown },
): Record<string, unknown> {
  const transactions = buildTransactions(
    view,
    userSafes(view.user, view.config).filter((safe) => safe.chainId === chainId),
    query,
    'mixed',
  )
  const safeAddress = socketSafe(view, chainId)
  if (request.mode === 'initial') return { mode: 'initial', safeAddress, transactions }
  return {
    mode: 'request',
    safeAddress,
    ...transactions,
    ...(request.requestId === undefined ? {} : { requestId: request.requestId }),
  }
}
