import { getAddresses, type GetAddressesParameters } from '../core/actions/data/getAddresses.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexAddresses } from '../core/parse/IbexAddresses.ts'
import { addressesQueryKey } from './addressesQueryKey.ts'
import {
  ibexUserQueryOptions,
  type IbexQueryOptions,
  type IbexQueryOverrides,
} from './ibexUserQueryOptions.ts'

/** Parameters of {@link addressesQueryOptions}. */
export type AddressesQueryOptionsParameters<data = IbexAddresses> = GetAddressesParameters & {
  /** TanStack options (`select`, `staleTime`, `enabled` …), applied over the kit's. */
  query?: IbexQueryOverrides<IbexAddresses, data, 'addresses'> | undefined
}

/**
 * Query options of the user's Safes (`GET /users/me/address`, see `getAddresses`), cached as
 * `IbexAddresses` under `ibexQueryKeys.addresses`. Fresh for 5 min; disabled while signed out.
 *
 * @example
 * const { wallets } = await queryClient.fetchQuery(addressesQueryOptions(client, { includeDerived: true }))
 */
export function addressesQueryOptions<data = IbexAddresses>(
  client: IbexClient,
  parameters: AddressesQueryOptionsParameters<data> = {},
): IbexQueryOptions<'addresses', IbexAddresses, data> {
  const { query, ...params } = parameters
  return ibexUserQueryOptions(
    client,
    'addresses',
    addressesQueryKey(client, params),
    query,
    ({ signal }) => getAddresses(client, params, { signal }),
  )
}
