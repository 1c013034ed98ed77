import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexSigner } from '../../parse/IbexSigner.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

/** The user's signers (see `IbexSigner`). */
export type GetSignersReturnType = IbexSigner[]

/**
 * `GET /v1.2/users/me/signers`: the user's signers (passkeys, email keys,
 * external wallets), with their wallet mode and how many Safes each controls. A legacy account
 * without a wallet has none.
 *
 * @example
 * const signers = await getSigners(client)
 * const hasPasskey = signers.some((signer) => signer.type === 'PASSKEY')
 */
export function getSigners(
  client: IbexClient,
  options: IbexActionOptions = {},
): Promise<GetSignersReturnType> {
  return client.request({
    path: '/v1.2/users/me/signers',
    // Loaded alongside the request, out of the initial bundle (see getOperationStatus).
    schema: () =>
      loadOnDemand(
        'The signers reader',
        () => import('../../schemas/signersResponseSchema.ts'),
      ).then((module) => module.signersResponseSchema),
    signal: options.signal,
  })
}
