import type { Address } from 'viem'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexRecoveryStatus } from '../core/parse/IbexRecoveryStatus.ts'
import { userQueryFrame, type IbexDataQueryKey } from './userQueryFrame.ts'

/**
 * The query key of `recoveryStatusQueryOptions(client, parameters)`: the signed-in user's entry
 * for this chain and Safe (as passed; none means the session's), tagged with its data type. For
 * `invalidateQueries`, `getQueryData` and `setQueryData`; the factory builds its own key with it.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: recoveryStatusQueryKey(client) })
 */
export function recoveryStatusQueryKey(
  client: IbexClient,
  parameters: { chainId?: number | undefined; safeAddress?: Address | undefined } = {},
): IbexDataQueryKey<'recoveryStatus', IbexRecoveryStatus> {
  const { chainId, safeAddress } = parameters
  return userQueryFrame<'recoveryStatus', IbexRecoveryStatus>(client, 'recoveryStatus', {
    chainId,
    safeAddress,
  }).queryKey
}
