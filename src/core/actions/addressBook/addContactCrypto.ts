import type { Address } from 'viem'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { assertChainId } from '../../ceremonies/assertChainId.ts'
import { parseAddressInput } from '../../operations/parseAddressInput.ts'
import type { IbexContact } from '../../parse/IbexContact.ts'
import { contactPath } from './contactPath.ts'
import { loadContactSchema } from './loadContactSchema.ts'

export type AddContactCryptoParameters = {
  id: string
  chainId: number
  address: Address | string
}

/**
 * `POST /v1.2/users/me/addressbook/:id/crypto`: adds an address on a chain
 * to a contact. The chain id and the address (mixed-case checksum) are checked before any
 * request; IBEx refuses an address already saved on that chain (409) and a 51st row (400).
 *
 * @example
 * await addContactCrypto(client, { id: contact.id, chainId: 100, address: '0x…' })
 */
export function addContactCrypto(
  client: IbexClient,
  parameters: AddContactCryptoParameters,
  options: IbexActionOptions = {},
): Promise<IbexContact> {
  const path = `${contactPath(parameters.id)}/crypto`
  assertChainId(parameters.chainId, 'chainId', true)
  const address = parseAddressInput(parameters.address, 'address')
  return client.request({
    method: 'POST',
    path,
    body: { chainId: parameters.chainId, address },
    schema: loadContactSchema,
    signal: options.signal,
  })
}
