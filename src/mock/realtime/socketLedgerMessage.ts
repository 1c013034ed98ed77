import { formatUnits } from 'viem'
import { defaultTransactionQuery } from '../views/defaultTransactionQuery.ts'
import type { MockView } from '../views/MockView.ts'
import { transactionItem } from '../views/transactionItem.ts'
import { userTransactions } from '../views/userTransactions.ts'
import type { MockLedgerEvent } from '../wallet/MockLedger.ts'
import { userSafes } from '../wallet/userSafes.ts'
import { socketUserData } from './socketUserData.ts'

/** How many recent transactions `new_transaction` carries. */
const historyLimit = 10

/**
 * The push message of a ledger change for one socket's user, if it touches one of their Safes:
 * `balance_update` `{ address, balance (base units), updated_at }` and `new_transaction`
 * `{ address, newTransaction, recentTransactions, transactionCount, historyLimit }`
 * (docs/protocol.md), and `user_data` when the user's `/users/me` data changed. The mock adds
 * `blockchainId`, `tokenAddress`, `symbol` and `decimals` to
 * `balance_update` so a client can tell tokens apart.
 *
 * @example
 * const message = socketLedgerMessage(view, event) // ['balance_update', { … }] or undefined
 */
export function socketLedgerMessage(
  view: MockView,
  event: MockLedgerEvent,
): [string, unknown] | undefined {
  if (event.type === 'reset') return undefined
  if (event.type === 'userData') {
    const mine = event.rpId === view.user.rpId && event.externalUserId === view.user.externalUserId
    return mine ? ['user_data', socketUserData(view)] : undefined
  }
  const safe = userSafes(view.user, view.config).find(
    (candidate) =>
      candidate.chainId === event.chainId &&
      candidate.address.toLowerCase() === event.address.toLowerCase(),
  )
  if (!safe) return undefined
  if (event.type === 'balance') {
    return [
      'balance_update',
      {
        address: safe.address,
        balance: event.balance.toString(),
        updated_at: new Date(event.at).toISOString(),
        blockchainId: String(event.chainId),
        tokenAddress: event.token.address,
        symbol: event.token.symbol,
        decimals: event.token.decimals,
      },
    ]
  }
  const { transaction, direction } = event
  const history = userTransactions(view, [safe], defaultTransactionQuery(view.now))
  return [
    'new_transaction',
    {
      address: safe.address,
      newTransaction: {
        hash: transaction.hash,
        blockNumber: transaction.blockNumber,
        timestamp: new Date(transaction.timestamp).toISOString(),
        from: transaction.from,
        to: transaction.to,
        tokenAddress: transaction.token.address,
        tokenType: transaction.token.tokenType,
        tokenSymbol: transaction.token.symbol,
        value: formatUnits(transaction.value, transaction.token.decimals),
        direction,
      },
      recentTransactions: history
        .slice(0, historyLimit)
        .map((entry) => transactionItem(entry, true)),
      transactionCount: history.length,
      historyLimit,
    },
  ]
}
