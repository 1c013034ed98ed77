'use client'
import type { IbexChain } from '../../core/parse/IbexChain.ts'
import {
  chainsQueryOptions,
  type ChainsQueryOptionsParameters,
} from '../../query/chainsQueryOptions.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link useChains}. */
export type UseChainsParameters<data = IbexChain[]> = ChainsQueryOptionsParameters<data>

/** Return type of {@link useChains}: TanStack's query result plus its `queryKey`. */
export type UseChainsReturnType<data = IbexChain[]> = IbexDataQueryResult<
  'chains',
  IbexChain[],
  data
>

/**
 * The tenant's active chains (`GET /v1.2/chains/`): names, icons, explorer links and the
 * modules that gate features per chain (see `useChainModule`). Fresh for 1 h; idle while
 * signed out.
 *
 * @example
 * const { data: chains = [] } = useChains()
 * <select>{chains.map((chain) => <option key={chain.id} value={chain.id}>{chain.name}</option>)}</select>
 */
export function useChains<data = IbexChain[]>(
  parameters: UseChainsParameters<data> = {},
): UseChainsReturnType<data> {
  return useIbexDataQuery('useChains', (client) => chainsQueryOptions(client, parameters))
}
