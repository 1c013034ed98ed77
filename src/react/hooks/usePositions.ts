'use client'
import type { IbexPositions } from '../../core/parse/IbexPositions.ts'
import {
  positionsQueryOptions,
  type PositionsQueryOptionsParameters,
} from '../../query/positionsQueryOptions.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link usePositions}. */
export type UsePositionsParameters<data = IbexPositions> = PositionsQueryOptionsParameters<data>

/** Return type of {@link usePositions}: TanStack's query result plus its `queryKey`. */
export type UsePositionsReturnType<data = IbexPositions> = IbexDataQueryResult<
  'positions',
  IbexPositions,
  data
>

/**
 * The signed-in user's DeFi positions (Aave supplies, Morpho deposits, Hyperliquid funds), from
 * `GET /users/me/lending?userScoped=true` or, on IBEx deployments without it, `GET
 * /users/me/pools` (`data.source` says which). A wallet IBEx has not indexed yet answers 404
 * while IBEx indexes it: that is retried 3 times, 5 s apart, before `error` is set. Fresh for
 * 1 min; idle while signed out.
 *
 * @example
 * const { data, isPending } = usePositions({ chainId: 421614 })
 * data?.positions.map((position) => <li key={`${position.provider}:${position.poolAddress}`}>{position.balance} {position.token.symbol}</li>)
 */
export function usePositions<data = IbexPositions>(
  parameters: UsePositionsParameters<data> = {},
): UsePositionsReturnType<data> {
  return useIbexDataQuery('usePositions', (client) => positionsQueryOptions(client, parameters))
}
