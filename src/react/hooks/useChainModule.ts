'use client'
import { useCallback } from 'react'
import { chainHasModule } from '../../core/parse/chainHasModule.ts'
import type { IbexChain, IbexChainModule } from '../../core/parse/IbexChain.ts'
import { chainsQueryOptions } from '../../query/chainsQueryOptions.ts'
import { useIbexDataContext } from '../internal/useIbexDataContext.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link useChainModule}. */
export type UseChainModuleParameters = {
  /** The chain to ask about. Default: the session's chain, else the client's `chainId`. */
  chainId?: number | undefined
}

/** Return type of {@link useChainModule}: `data` is whether the module is on. */
export type UseChainModuleReturnType = IbexDataQueryResult<'chains', IbexChain[], boolean>

/**
 * Whether a module is on for a chain (`GET /v1.2/chains/`, docs/protocol.md), to show a feature
 * only where IBEx offers it: `cowswap` for swaps, `recovery`, `automation`, `bridge` ….
 * `data` is `undefined` while loading, then `true` or `false` (`false` for a chain or module
 * IBEx does not list). Reads the same cached list as `useChains`.
 *
 * @example
 * const { data: canSwap } = useChainModule('cowswap', { chainId })
 * {canSwap && <SwapButton />}
 */
export function useChainModule(
  module: IbexChainModule,
  parameters: UseChainModuleParameters = {},
): UseChainModuleReturnType {
  const { client, session } = useIbexDataContext('useChainModule')
  const chainId = parameters.chainId ?? session.user?.chainId ?? client.config.chainId
  const select = useCallback(
    (chains: IbexChain[]) => chainHasModule(chains, chainId, module),
    [chainId, module],
  )
  return useIbexDataQuery('useChainModule', (ibexClient) =>
    chainsQueryOptions(ibexClient, { query: { select } }),
  )
}
