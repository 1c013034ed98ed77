import type { Address, SignedAuthorization } from 'viem'
import type { IbexClient } from '../../../core/client/IbexClient.ts'
import { delegationProtocol, type DelegationState } from './delegationProtocol.ts'

/**
 * Hands a signed EIP-7702 authorization to IBEx, whose sponsor broadcasts the type-4
 * transaction (see `delegationProtocol`); returns the chain's new state (`SUBMITTED`, or
 * `ACTIVE`). Never retried.
 *
 * @example
 * const state = await submitDelegationAuthorization(client, { address: eoa, authorization })
 */
export async function submitDelegationAuthorization(
  client: IbexClient,
  parameters: { address: Address; authorization: SignedAuthorization },
): Promise<DelegationState> {
  const entry = await client.request({
    method: 'POST',
    path: delegationProtocol.path,
    body: delegationProtocol.submitBody(parameters.authorization),
    schema: delegationProtocol.entrySchema,
  })
  return delegationProtocol.entryState(parameters.address, entry)
}
