import type { QueryObserverOptions } from '@tanstack/query-core'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import type { IbexClient } from '../../../core/client/IbexClient.ts'
import type { IbexError } from '../../../core/errors/IbexError.ts'
import { ibexQueryDefaults } from '../../../query/ibexQueryDefaults.ts'
import { ibexQueryScope } from '../../../query/ibexQueryScope.ts'
import { delegationQueryKey } from './delegationQueryKey.ts'
import type { DelegationState } from './DelegationState.ts'
import { fetchDelegationState } from './fetchDelegationState.ts'

/** Parameters of {@link delegationStatusQueryOptions}. */
export type DelegationStatusQueryOptionsParameters = {
  externalUserId: string
  /** The user's EOA. */
  address: Address
  chainId: number
  /** The contract IBEx asks the EOA to delegate to, when known. */
  implementation?: Address | undefined
  /** While the state is `SUBMITTED`, poll this often (ms). Default 3000. */
  pollIntervalMs?: number | undefined
}

/**
 * Query options of a 7702 user's delegation state on one chain, read on chain through the wagmi
 * config's public client (`fetchDelegationState`). A `SUBMITTED` state (the kit sent the type-4
 * transaction) is polled until the transaction is mined.
 *
 * @example
 * const state = await queryClient.fetchQuery(delegationStatusQueryOptions(client, wagmiConfig, { externalUserId, address, chainId: 11155111 }))
 */
export function delegationStatusQueryOptions(
  client: IbexClient,
  config: Config,
  parameters: DelegationStatusQueryOptionsParameters,
): QueryObserverOptions<
  DelegationState,
  IbexError,
  DelegationState,
  DelegationState,
  ReturnType<typeof delegationQueryKey>
> {
  const { externalUserId, address, chainId, implementation, pollIntervalMs = 3_000 } = parameters
  // The EOA and the implementation are the session user's (their id is in the key); the wagmi
  // config is the app's, not data.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return {
    ...ibexQueryDefaults,
    queryKey: delegationQueryKey(ibexQueryScope(client), externalUserId, chainId),
    queryFn: ({ client: queryClient, queryKey }) => {
      // The transaction in flight is known from the activation, which wrote it here.
      const previous = queryClient.getQueryData<DelegationState>(queryKey)
      const txHash = previous?.status === 'SUBMITTED' ? previous.txHash : undefined
      return fetchDelegationState(config, { address, chainId, implementation, txHash })
    },
    refetchInterval: (query) => (query.state.data?.status === 'SUBMITTED' ? pollIntervalMs : false),
  }
}
