import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexKycStatus } from '../core/parse/IbexKycStatus.ts'
import { userQueryFrame, type IbexDataQueryKey } from './userQueryFrame.ts'

/**
 * The query key of `kycStatusQueryOptions(client)`: the signed-in user's KYC status, tagged with
 * its data type. For `invalidateQueries`, `getQueryData` and `setQueryData`; the factory builds
 * its own key with it.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: kycStatusQueryKey(client) })
 */
export function kycStatusQueryKey(
  client: IbexClient,
): IbexDataQueryKey<'kycStatus', IbexKycStatus> {
  return userQueryFrame<'kycStatus', IbexKycStatus>(client, 'kycStatus', {}).queryKey
}
