'use client'
import { useInfiniteQuery, type UseInfiniteQueryResult } from '@tanstack/react-query'
import type { IbexQueryErrorType } from '../../core/errors/IbexQueryErrorType.ts'
import {
  transactionsInfiniteQueryOptions,
  type IbexTransactionsData,
  type IbexTransactionsQueryKey,
  type TransactionsInfiniteQueryOptionsParameters,
} from '../../query/transactionsInfiniteQueryOptions.ts'
import { useIbexDataContext } from '../internal/useIbexDataContext.ts'
import { withQueryKey } from '../internal/withQueryKey.ts'

/** Parameters of {@link useTransactions}: the filters of docs/protocol.md and TanStack's options. */
export type UseTransactionsParameters<data = IbexTransactionsData> =
  TransactionsInfiniteQueryOptionsParameters<data>

/** Return type of {@link useTransactions}: TanStack's infinite query result plus its `queryKey`. */
export type UseTransactionsReturnType<data = IbexTransactionsData> = UseInfiniteQueryResult<
  data,
  IbexQueryErrorType
> & { queryKey: IbexTransactionsQueryKey }

/**
 * The signed-in user's transactions, page by page (an infinite query): every chain and wallet by
 * default, or filtered by `chainId`, `wallet`, `scope`, `startDate` / `endDate`, `direction`,
 * `tokenType`, `tokenAddress`, `hash`, with `limit` per page. `data.pages` are
 * `IbexTransactionsPage`s; `fetchNextPage()` loads the next while `hasNextPage`. Right after a
 * sign-in with `includeTransactions` the first page costs no request. Fresh for 30 s; idle while
 * signed out.
 *
 * @example
 * const { data, hasNextPage, fetchNextPage, isFetchingNextPage } = useTransactions({ direction: 'IN' })
 * const transactions = data?.pages.flatMap((page) => page.transactions) ?? []
 * {hasNextPage && <button type="button" disabled={isFetchingNextPage} onClick={() => fetchNextPage()}>More</button>}
 */
export function useTransactions<data = IbexTransactionsData>(
  parameters: UseTransactionsParameters<data> = {},
): UseTransactionsReturnType<data> {
  const { client, queryClient } = useIbexDataContext('useTransactions')
  const options = transactionsInfiniteQueryOptions(client, parameters)
  // The factory types its errors as any IbexError; what it throws is this union.
  return withQueryKey(
    useInfiniteQuery(options, queryClient),
    options.queryKey,
  ) as UseTransactionsReturnType<data>
}
