import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import type { IbexContact } from '../../parse/IbexContact.ts'
import { assertContactText } from './assertContactText.ts'
import { contactPath } from './contactPath.ts'
import { loadContactSchema } from './loadContactSchema.ts'

/** The contact and the fields to change (at least one). */
export type UpdateContactParameters = {
  id: string
  name?: string | undefined
  /** `null` clears the label. */
  label?: string | null | undefined
  userValidated?: boolean | undefined
}

export type UpdateContactReturnType = IbexContact

/**
 * `PUT /v1.2/users/me/addressbook/:id`: a partial update of the name, label
 * or `userValidated`. Refused before any request without a change (`validation/fields-required`)
 * or with an empty name. Never retried.
 *
 * @example
 * await updateContact(client, { id: contact.id, label: 'Landlord' })
 */
export function updateContact(
  client: IbexClient,
  parameters: UpdateContactParameters,
  options: IbexActionOptions = {},
): Promise<UpdateContactReturnType> {
  const path = contactPath(parameters.id)
  const name = assertContactText(parameters.name, 'name')
  const label = parameters.label === null ? null : assertContactText(parameters.label, 'label')
  if (name === undefined && label === undefined && parameters.userValidated === undefined) {
    throw new IbexValidationError({
      code: 'validation/fields-required',
      field: 'name',
      message: 'Pass at least one of `name`, `label`, `userValidated` to update a contact.',
    })
  }
  return client.request({
    method: 'PUT',
    path,
    body: { name, label, userValidated: parameters.userValidated },
    schema: loadContactSchema,
    signal: options.signal,
  })
}
