import type {
  InfiniteData,
  InfiniteQueryObserverOptions,
  QueryFunctionContext,
} from '@tanstack/query-core'
import { getTransactions, type TransactionFilters } from '../core/actions/data/getTransactions.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { IbexTransactionsPage } from '../core/parse/IbexTransactions.ts'
import { ibexQueryDefaults } from './ibexQueryDefaults.ts'
import { ibexQueryPolicies } from './ibexQueryPolicies.ts'
import { transactionsQueryKey } from './transactionsQueryKey.ts'
import type { IbexDataQueryKey } from './userQueryFrame.ts'
import { withSignInSeed } from './withSignInSeed.ts'

/** What the transactions query caches: its pages, page params being page numbers from 1. */
export type IbexTransactionsData = InfiniteData<IbexTransactionsPage, number>

/** The key of a transactions query, tagged with its data type. */
export type IbexTransactionsQueryKey = IbexDataQueryKey<'transactions', IbexTransactionsData>

/** Options of the transactions infinite query; `queryKey` is always set. */
export type TransactionsInfiniteQueryOptions<data = IbexTransactionsData> =
  InfiniteQueryObserverOptions<
    IbexTransactionsPage,
    IbexError,
    data,
    IbexTransactionsQueryKey,
    number
  > & { queryKey: IbexTransactionsQueryKey }

/** The caller's TanStack options of the transactions query (`select`, `maxPages`, `enabled` …). */
export type IbexTransactionsQueryOverrides<data = IbexTransactionsData> = Omit<
  TransactionsInfiniteQueryOptions<data>,
  'queryKey' | 'queryFn' | 'initialPageParam' | 'getNextPageParam' | 'getPreviousPageParam'
>

/** Parameters of {@link transactionsInfiniteQueryOptions}: the transactions filters and TanStack's options. */
export type TransactionsInfiniteQueryOptionsParameters<data = IbexTransactionsData> =
  TransactionFilters & {
    /** TanStack options (`select`, `staleTime`, `maxPages` …), applied over the kit's. */
    query?: IbexTransactionsQueryOverrides<data> | undefined
  }

function isInfiniteData(
  value: IbexTransactionsPage | IbexTransactionsData,
): value is IbexTransactionsData {
  return 'pages' in value
}

/**
 * Infinite query options of the user's transactions (`GET /users/me/transactions`, see
 * `getTransactions`): page `n` is IBEx's page `n` with the filters given, the next page exists
 * while `page < totalPages`. Cached as `InfiniteData<IbexTransactionsPage, number>` under
 * `ibexQueryKeys.transactions(scope, externalUserId, filters)`; without filters, the entry an
 * enriched sign-in seeds with its first page (a first page fetched during such a sign-in waits
 * for it). Fresh for 30 s; disabled while signed out.
 *
 * @example
 * const observer = new InfiniteQueryObserver(queryClient, transactionsInfiniteQueryOptions(client, { direction: 'IN' }))
 */
export function transactionsInfiniteQueryOptions<data = IbexTransactionsData>(
  client: IbexClient,
  parameters: TransactionsInfiniteQueryOptionsParameters<data> = {},
): TransactionsInfiniteQueryOptions<data> {
  const { query, ...filters } = parameters
  const queryKey = transactionsQueryKey(client, filters)
  const signedIn = client.session.getSnapshot().user !== null
  const fetchPage = (page: number, signal: AbortSignal) =>
    getTransactions(client, { ...filters, page }, { signal })
  // Only the first page can come from a sign-in; the seed is the whole infinite entry.
  const firstPage = withSignInSeed<IbexTransactionsPage | IbexTransactionsData>(({ signal }) =>
    fetchPage(1, signal),
  )
  return {
    ...ibexQueryDefaults,
    ...ibexQueryPolicies.transactions,
    ...query,
    enabled: signedIn ? (query?.enabled ?? true) : false,
    queryKey,
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page < last.totalPages ? last.page + 1 : undefined),
    queryFn: async (context: QueryFunctionContext<IbexTransactionsQueryKey, number>) => {
      if (context.pageParam !== 1) return fetchPage(context.pageParam, context.signal)
      const first = await firstPage(context)
      if (!isInfiniteData(first)) return first
      return first.pages[0] ?? fetchPage(1, context.signal)
    },
  }
}
