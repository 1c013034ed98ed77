import { getKycStatus } from '../core/actions/verification/getKycStatus.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexKycStatus } from '../core/parse/IbexKycStatus.ts'
import {
  ibexUserQueryOptions,
  type IbexQueryOptions,
  type IbexQueryOverrides,
} from './ibexUserQueryOptions.ts'
import { kycStatusQueryKey } from './kycStatusQueryKey.ts'

/** Parameters of {@link kycStatusQueryOptions}. */
export type KycStatusQueryOptionsParameters<data = IbexKycStatus> = {
  /** TanStack options (`select`, `staleTime`, `enabled` …), applied over the kit's. */
  query?: IbexQueryOverrides<IbexKycStatus, data, 'kycStatus'> | undefined
}

/**
 * Query options of the user's KYC status (`GET /users/kyc/status`, see `getKycStatus`), cached
 * under `kycStatusQueryKey(client)`. Fresh for 5 min; disabled while signed out.
 *
 * @example
 * const kyc = await queryClient.fetchQuery(kycStatusQueryOptions(client))
 */
export function kycStatusQueryOptions<data = IbexKycStatus>(
  client: IbexClient,
  parameters: KycStatusQueryOptionsParameters<data> = {},
): IbexQueryOptions<'kycStatus', IbexKycStatus, data> {
  return ibexUserQueryOptions(
    client,
    'kycStatus',
    kycStatusQueryKey(client),
    parameters.query,
    ({ signal }) => getKycStatus(client, { signal }),
  )
}
