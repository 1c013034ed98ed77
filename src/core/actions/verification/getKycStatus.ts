import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexKycStatus } from '../../parse/IbexKycStatus.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

/** The user's KYC state (see `IbexKycStatus`). */
export type GetKycStatusReturnType = IbexKycStatus

/**
 * `GET /v1.2/users/kyc/status` (docs/protocol.md): the user's KYC level and status. IBEx pushes
 * `user_ky_updated` over the WebSocket when it changes.
 *
 * @example
 * const { verified } = await getKycStatus(client)
 */
export function getKycStatus(
  client: IbexClient,
  options: IbexActionOptions = {},
): Promise<GetKycStatusReturnType> {
  return client.request({
    path: '/v1.2/users/kyc/status',
    schema: () =>
      loadOnDemand('The KYC status reader', () => import('../../schemas/kycStatusSchema.ts')).then(
        (module) => module.kycStatusSchema,
      ),
    signal: options.signal,
  })
}
