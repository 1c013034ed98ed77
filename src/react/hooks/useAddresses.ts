'use client'
import type { IbexAddresses } from '../../core/parse/IbexAddresses.ts'
import {
  addressesQueryOptions,
  type AddressesQueryOptionsParameters,
} from '../../query/addressesQueryOptions.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link useAddresses}. */
export type UseAddressesParameters<data = IbexAddresses> = AddressesQueryOptionsParameters<data>

/** Return type of {@link useAddresses}: TanStack's query result plus its `queryKey`. */
export type UseAddressesReturnType<data = IbexAddresses> = IbexDataQueryResult<
  'addresses',
  IbexAddresses,
  data
>

/**
 * The signed-in user's Safes (`GET /users/me/address`): each Safe's address, the chains it
 * lives on, its modules (recovery, automation) and, with `includeDerived: true`, its derived
 * addresses and the signer's global EOAs. `wallets` is empty before the first Safe exists.
 * Fresh for 5 min; idle while signed out.
 *
 * @example
 * const { data } = useAddresses({ includeDerived: true })
 * const safe = data?.wallets.find((wallet) => wallet.chainIds.includes(421614))?.safeAddress
 */
export function useAddresses<data = IbexAddresses>(
  parameters: UseAddressesParameters<data> = {},
): UseAddressesReturnType<data> {
  return useIbexDataQuery('useAddresses', (client) => addressesQueryOptions(client, parameters))
}
