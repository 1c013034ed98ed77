import { IbexValidationError } from '../../errors/IbexValidationError.ts'

/**
 * `/v1.2/users/me/addressbook/:id` for a contact id, refused before any request when the id is
 * not non-empty text (`validation/id-required`).
 *
 * @example
 * client.request({ method: 'DELETE', path: contactPath(parameters.id) })
 */
export function contactPath(id: unknown): string {
  if (typeof id !== 'string' || id.trim() === '') {
    throw new IbexValidationError({
      code: 'validation/id-required',
      field: 'id',
      message: '`id` must be the id of a contact (`useAddressBook().data[i].id`).',
    })
  }
  return `/v1.2/users/me/addressbook/${encodeURIComponent(id)}`
}
