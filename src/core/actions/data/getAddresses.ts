import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexAddresses } from '../../parse/IbexAddresses.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

/** Parameters of {@link getAddresses}. */
export type GetAddressesParameters = {
  /** Add each Safe's derived addresses and the signer's global EOAs (`derived`). Default `false`. */
  includeDerived?: boolean | undefined
}

/** The user's Safes, parsed (see `IbexAddresses`). */
export type GetAddressesReturnType = IbexAddresses

/**
 * `GET /v1.2/users/me/address` (docs/protocol.md): the user's Safes, the chains each lives on,
 * their modules (recovery, automation) and, with `includeDerived`, derived addresses. A 204
 * (no wallet yet) gives `wallets: []`.
 *
 * @example
 * const { wallets } = await getAddresses(client, { includeDerived: true })
 */
export async function getAddresses(
  client: IbexClient,
  parameters: GetAddressesParameters = {},
  options: IbexActionOptions = {},
): Promise<GetAddressesReturnType> {
  // Loaded alongside the request (see getBalances).
  const [body, { parseAddresses }] = await Promise.all([
    client.request({
      path: '/v1.2/users/me/address',
      query: { includeDerived: parameters.includeDerived },
      signal: options.signal,
    }),
    loadOnDemand('The addresses reader', () => import('../../parse/parseAddresses.ts')),
  ])
  return parseAddresses(body)
}
