import { defaultTransactionQuery } from '../views/defaultTransactionQuery.ts'
import type { MockView } from '../views/MockView.ts'
import { socketBalanceData } from './socketBalanceData.ts'
import { socketSafe } from './socketSafe.ts'
import { socketTransactionData } from './socketTransactionData.ts'
import { socketUserData } from './socketUserData.ts'

/**
 * The messages after a successful `auth`, in the order of the [O] admin page (docs/protocol.md):
 * `auth_success`, `balance_data`, `transaction_data`, `chainid_data`, `recovery_data`,
 * `user_data`.
 *
 * @example
 * for (const [type, data] of socketInitialBurst(view, 421614)) send(type, data)
 */
export function socketInitialBurst(view: MockView, chainId: number): [string, unknown][] {
  const safeAddress = socketSafe(view, chainId)
  return [
    ['auth_success', { safeAddress, message: 'Connected to real-time updates' }],
    ['balance_data', socketBalanceData(view, chainId, { mode: 'initial' })],
    [
      'transaction_data',
      socketTransactionData(view, chainId, defaultTransactionQuery(view.now), { mode: 'initial' }),
    ],
    [
      'chainid_data',
      { defaultChainId: view.config.defaultChainId, supportedChainIds: view.config.chainIds },
    ],
    [
      'recovery_data',
      {
        safeAddress,
        recoveryEnabled: false,
        recoveryAddress: null,
        delay: null,
        pendingRecovery: false,
        canExecute: false,
        executeAfter: null,
      },
    ],
    ['user_data', socketUserData(view)],
  ]
}
