import type { QueryClient } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import { ibexQueryKeys } from './ibexQueryKeys.ts'
import { ibexQueryScope } from './ibexQueryScope.ts'

const MOVED = ['balances', 'transactions', 'positions', 'userData', 'operations'] as const

/**
 * Refreshes what an operation changed for the signed-in user: after a `confirmed` one, the
 * balances, transactions, DeFi positions, user data and operations history (every params of
 * each); after one that was executed but is not confirmed yet (or failed), only the operations
 * history, which lists it.
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
  const resources = outcome === 'confirmed' ? MOVED : (['operations'] as const)
  await Promise.all(
    resources.map((resource) =>
      queryClient.invalidateQueries({ queryKey: ibexQueryKeys[resource](scope, externalUserId) }),
    ),
  )
}
