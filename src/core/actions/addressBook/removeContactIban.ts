import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { contactPath } from './contactPath.ts'
import { parseIbanInput } from './parseIbanInput.ts'

export type RemoveContactIbanParameters = { id: string; iban: string }

/**
 * `DELETE /v1.2/users/me/addressbook/:id/ibans/:iban`: removes an IBAN from
 * a contact (no Verification-of-Payee). The IBAN is checked (mod-97) before any request; 404
 * when the contact does not hold it.
 *
 * @example
 * await removeContactIban(client, { id: contact.id, iban: row.iban })
 */
export async function removeContactIban(
  client: IbexClient,
  parameters: RemoveContactIbanParameters,
  options: IbexActionOptions = {},
): Promise<void> {
  const base = contactPath(parameters.id)
  const iban = parseIbanInput(parameters.iban, 'iban')
  await client.request({
    method: 'DELETE',
    path: `${base}/ibans/${encodeURIComponent(iban)}`,
    signal: options.signal,
  })
}
