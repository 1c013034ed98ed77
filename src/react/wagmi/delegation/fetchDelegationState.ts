import type { IbexActionOptions } from '../../../core/client/IbexActionOptions.ts'
import type { IbexClient } from '../../../core/client/IbexClient.ts'
import { delegationProtocol, type DelegationState } from './delegationProtocol.ts'

/**
 * The signed-in 7702 user's delegation on `chainId` (see `delegationProtocol`), or `null` when
 * IBEx has none on that chain (the user never signed up or in with the wallet there).
 *
 * @example
 * const state = await fetchDelegationState(client, { chainId: 421614 })
 * if (state?.status === 'PENDING') askToActivate()
 */
export async function fetchDelegationState(
  client: IbexClient,
  parameters: { chainId: number },
  options: IbexActionOptions = {},
): Promise<DelegationState | null> {
  const list = await client.request({
    path: delegationProtocol.path,
    schema: delegationProtocol.listSchema,
    signal: options.signal,
  })
  return delegationProtocol.stateOf(list, parameters.chainId)
}
