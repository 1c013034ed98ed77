import type { TransactionFilters } from '../core/actions/data/getTransactions.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type {
  IbexTransactionsData,
  IbexTransactionsQueryKey,
} from './transactionsInfiniteQueryOptions.ts'
import { userQueryFrame } from './userQueryFrame.ts'

/**
 * The query key of `transactionsInfiniteQueryOptions(client, filters)`: the signed-in user's
 * entry for these filters (the whole infinite list), tagged with its data type. The factory
 * builds its own key with it.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: transactionsQueryKey(client, { direction: 'IN' }) })
 */
export function transactionsQueryKey(
  client: IbexClient,
  filters: TransactionFilters = {},
): IbexTransactionsQueryKey {
  return userQueryFrame<'transactions', IbexTransactionsData>(client, 'transactions', filters)
    .queryKey
}
