import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { contactPath } from './contactPath.ts'

export type DeleteContactParameters = { id: string }

/**
 * `DELETE /v1.2/users/me/addressbook/:id`: removes a contact (IBEx keeps a
 * tombstone). 404 for a contact that is not the user's. Never retried.
 *
 * @example
 * await deleteContact(client, { id: contact.id })
 */
export async function deleteContact(
  client: IbexClient,
  parameters: DeleteContactParameters,
  options: IbexActionOptions = {},
): Promise<void> {
  await client.request({
    method: 'DELETE',
    path: contactPath(parameters.id),
    signal: options.signal,
  })
}
