import type { GetAddressesParameters } from '../core/actions/data/getAddresses.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexAddresses } from '../core/parse/IbexAddresses.ts'
import { userQueryFrame, type IbexDataQueryKey } from './userQueryFrame.ts'

/**
 * The query key of `addressesQueryOptions(client, parameters)`: the signed-in user's entry for these
 * parameters, tagged with its data type. For `invalidateQueries`, `getQueryData` and
 * `setQueryData`; the factory builds its own key with it.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: addressesQueryKey(client, { includeDerived: true }) })
 */
export function addressesQueryKey(
  client: IbexClient,
  parameters: GetAddressesParameters = {},
): IbexDataQueryKey<'addresses', IbexAddresses> {
  return userQueryFrame<'addresses', IbexAddresses>(client, 'addresses', parameters).queryKey
}
