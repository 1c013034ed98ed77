import type { Address } from 'viem'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { assertChainId } from '../../ceremonies/assertChainId.ts'
import { parseAddressInput } from '../../operations/parseAddressInput.ts'
import { contactPath } from './contactPath.ts'

export type RemoveContactCryptoParameters = {
  id: string
  chainId: number
  address: Address | string
}

/**
 * `DELETE /v1.2/users/me/addressbook/:id/crypto/:chainId/:address`: removes
 * one crypto row of a contact. 404 when the contact has no such row.
 *
 * @example
 * await removeContactCrypto(client, { id: contact.id, chainId: 100, address: row.address })
 */
export async function removeContactCrypto(
  client: IbexClient,
  parameters: RemoveContactCryptoParameters,
  options: IbexActionOptions = {},
): Promise<void> {
  const base = contactPath(parameters.id)
  assertChainId(parameters.chainId, 'chainId', true)
  const address = parseAddressInput(parameters.address, 'address')
  await client.request({
    method: 'DELETE',
    path: `${base}/crypto/${parameters.chainId}/${encodeURIComponent(address)}`,
    signal: options.signal,
  })
}
