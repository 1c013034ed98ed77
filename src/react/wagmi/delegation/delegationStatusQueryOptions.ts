import type { QueryObserverOptions } from '@tanstack/query-core'
import type { IbexClient } from '../../../core/client/IbexClient.ts'
import type { IbexError } from '../../../core/errors/IbexError.ts'
import { ibexQueryDefaults } from '../../../query/ibexQueryDefaults.ts'
import { ibexQueryScope } from '../../../query/ibexQueryScope.ts'
import type { DelegationState } from './delegationProtocol.ts'
import { delegationQueryKey } from './delegationQueryKey.ts'
import { fetchDelegationState } from './fetchDelegationState.ts'

/** Parameters of {@link delegationStatusQueryOptions}. */
export type DelegationStatusQueryOptionsParameters = {
  externalUserId: string
  chainId: number
  /** While the state is `SUBMITTED`, poll this often (ms). Default 3000. */
  pollIntervalMs?: number | undefined
}

/**
 * Query options of a 7702 user's delegation state on one chain (`null` when IBEx has none
 * there). A `SUBMITTED` state is polled until the transaction lands (`ACTIVE`).
 *
 * @example
 * const state = await queryClient.fetchQuery(delegationStatusQueryOptions(client, { externalUserId, chainId: 421614 }))
 */
export function delegationStatusQueryOptions(
  client: IbexClient,
  parameters: DelegationStatusQueryOptionsParameters,
): QueryObserverOptions<
  DelegationState | null,
  IbexError,
  DelegationState | null,
  DelegationState | null,
  ReturnType<typeof delegationQueryKey>
> {
  const { externalUserId, chainId, pollIntervalMs = 3_000 } = parameters
  return {
    ...ibexQueryDefaults,
    queryKey: delegationQueryKey(ibexQueryScope(client), externalUserId, chainId),
    queryFn: ({ signal }) => fetchDelegationState(client, { chainId }, { signal }),
    refetchInterval: (query) => (query.state.data?.status === 'SUBMITTED' ? pollIntervalMs : false),
  }
}
