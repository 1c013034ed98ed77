import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import type { IbexJsonValue } from '../../schemas/jsonValueSchema.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

/**
 * Keys to write and their values; `null` deletes a key. Keys starting with `private.` are
 * stored but never read back (docs/protocol.md).
 */
export type UpdateUserDataParameters = Readonly<Record<string, IbexJsonValue>>

/** IBEx's answer: `{ success: true }`. */
export type UpdateUserDataReturnType = { success: boolean }

/**
 * `POST /v1.2/users/me` (docs/protocol.md): writes user key/values (`null` deletes one). An
 * empty update is refused before any request (IBEx would answer 400 `No fields to update`).
 * Never retried. On an unregistered rpId such as `localhost`, the real IBEx answers 400 `rpId is
 * not valid`.
 *
 * @example
 * await updateUserData(client, { language: 'fr', 'optin.newsletter': true, nickname: null })
 */
export async function updateUserData(
  client: IbexClient,
  parameters: UpdateUserDataParameters,
  options: IbexActionOptions = {},
): Promise<UpdateUserDataReturnType> {
  const keys = Object.keys(parameters ?? {})
  if (keys.length === 0 || keys.some((key) => key.trim() === '')) {
    throw new IbexValidationError({
      code: 'validation/user-data-empty',
      field: 'data',
      message: 'updateUserData needs at least one non-empty key to write (or to delete with null).',
    })
  }
  const body = await client.request({
    method: 'POST',
    path: '/v1.2/users/me',
    body: { data: parameters },
    // Loaded alongside the request (see getBalances).
    schema: () =>
      loadOnDemand(
        'The profile update check',
        () => import('../../schemas/userDataWriteResponseSchema.ts'),
      ).then((module) => module.userDataWriteResponseSchema),
    signal: options.signal,
  })
  return { success: body.success }
}
