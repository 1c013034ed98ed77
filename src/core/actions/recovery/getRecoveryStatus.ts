import type { Address } from 'viem'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { parseAddressInput } from '../../operations/parseAddressInput.ts'
import { resolveOperationAccount } from '../../operations/resolveOperationAccount.ts'
import type { IbexRecoveryStatus } from '../../parse/IbexRecoveryStatus.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

export type GetRecoveryStatusParameters = {
  /** Default: the session's chain. Sent as `X-Blockchain-Id`. */
  chainId?: number | undefined
  /** Default: the user's Safe on that chain. */
  safeAddress?: Address | string | undefined
}

/** Where the Safe's recovery stands (see `IbexRecoveryStatus`). */
export type GetRecoveryStatusReturnType = IbexRecoveryStatus

/**
 * `GET /v1.2/recovery/status/:safeAddress` (docs/protocol.md): whether the Safe's recovery
 * module is on, and its recovery operations pending and executed. The chain and Safe default to
 * the session's; a bad chain id or address is refused before any request. A Safe that is not
 * the user's, or not deployed yet, is IBEx's 400 (`http/bad-request`, `unknown safe address`).
 *
 * @example
 * const { recoveryEnabled } = await getRecoveryStatus(client)
 */
export async function getRecoveryStatus(
  client: IbexClient,
  parameters: GetRecoveryStatusParameters = {},
  options: IbexActionOptions = {},
): Promise<GetRecoveryStatusReturnType> {
  const named =
    parameters.safeAddress === undefined
      ? undefined
      : parseAddressInput(parameters.safeAddress, 'safeAddress')
  const account = await resolveOperationAccount(client, parameters.chainId)
  const safeAddress = named ?? account.safeAddress
  return client.request({
    path: `/v1.2/recovery/status/${encodeURIComponent(safeAddress)}`,
    chainId: account.chainId,
    // Loaded alongside the request, out of the initial bundle (see getOperationStatus).
    schema: () =>
      loadOnDemand(
        'The recovery status reader',
        () => import('../../schemas/recoveryStatusSchema.ts'),
      ).then((module) => module.recoveryStatusSchema),
    signal: options.signal,
  })
}
