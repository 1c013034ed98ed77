import type { UpdateUserDataParameters } from '../core/actions/data/updateUserData.ts'
import type { IbexJsonValue } from '../core/schemas/jsonValueSchema.ts'
import type { IbexUserData } from '../core/parse/IbexUserData.ts'

/**
 * The profile as it will read once `update` is stored (docs/protocol.md): keys set, `null`
 * deleting, `private.*` keys left out (IBEx stores them but never returns them). For optimistic
 * updates; the input is not modified.
 *
 * @example
 * queryClient.setQueryData(key, (old) => old && applyUserDataUpdate(old, { language: 'fr' }))
 */
export function applyUserDataUpdate(
  userData: IbexUserData,
  update: UpdateUserDataParameters,
): IbexUserData {
  const data: Record<string, IbexJsonValue> = { ...userData.data }
  for (const [key, value] of Object.entries(update)) {
    if (key.startsWith('private.')) continue
    if (value === null) delete data[key]
    else data[key] = value
  }
  return { ...userData, data }
}
