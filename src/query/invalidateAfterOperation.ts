import type { QueryClient } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import { ibexQueryKeys } from './ibexQueryKeys.ts'
import { ibexQueryScope } from './ibexQueryScope.ts'

const MOVED = [
  'balances',
  'transactions',
  'positions',
  'userData',
  'operations',
  'recoveryStatus',
  'userChains',
] as const
/** What an executed, not yet confirmed, operation changes: the lists of pending operations. */
const EXECUTED = ['operations', 'recoveryStatus'] as const

/**
 * Refreshes what an operation changed for the signed-in user: after a `confirmed` one, the
 * balances, transactions, DeFi positions, user data, operations history, recovery status and
 * module states (every params of each); after one that was executed but is not confirmed yet
 * (or failed), the operations history and the recovery status, which list it as pending.
 *
 * @example
 * await invalidateAfterOperation(queryClient, client, 'confirmed')
 */
export async function invalidateAfterOperation(
  queryClient: QueryClient,
  client: IbexClient,
  outcome: 'confirmed' | 'executed',
): Promise<void> {
  const snapshot = client.session.getSnapshot()
  if (snapshot.status !== 'signed-in') return
  const scope = ibexQueryScope(client)
  const { externalUserId } = snapshot.user
  const resources = outcome === 'confirmed' ? MOVED : EXECUTED
  await Promise.all(
    resources.map((resource) =>
      queryClient.invalidateQueries({ queryKey: ibexQueryKeys[resource](scope, externalUserId) }),
    ),
  )
}
