'use client'
import type { IbexBalances } from '../../core/parse/IbexBalances.ts'
import {
  balancesQueryOptions,
  type BalancesQueryOptionsParameters,
} from '../../query/balancesQueryOptions.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link useBalances}. */
export type UseBalancesParameters<data = IbexBalances> = BalancesQueryOptionsParameters<data>

/** Return type of {@link useBalances}: TanStack's query result plus its `queryKey`. */
export type UseBalancesReturnType<data = IbexBalances> = IbexDataQueryResult<
  'balances',
  IbexBalances,
  data
>

/**
 * The signed-in user's token balances: every chain and wallet aggregated by default, or one
 * `chainId` / `wallet`, with `includeZero` and `includePrices`. `data` is `IbexBalances` (one
 * entry per chain and wallet, amounts as decimal strings); pass `query: { select:
 * flattenBalances }` for flat rows with base units as `bigint`. Any number of components share
 * one request; right after a sign-in with `includeBalance` there is none at all. Fresh for 30 s;
 * idle while signed out, and cleared on sign-out.
 *
 * @example
 * const { data: rows, isPending, error } = useBalances({ query: { select: flattenBalances } })
 * if (isPending) return <Spinner />
 * if (error) return <p role="alert">{error.shortMessage}</p>
 * return <ul>{rows.map((row) => <li key={`${row.chainId}:${row.token.address}`}>{row.balance} {row.token.symbol}</li>)}</ul>
 */
export function useBalances<data = IbexBalances>(
  parameters: UseBalancesParameters<data> = {},
): UseBalancesReturnType<data> {
  return useIbexDataQuery('useBalances', (client) => balancesQueryOptions(client, parameters))
}
