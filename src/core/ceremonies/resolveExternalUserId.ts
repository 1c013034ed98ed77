import type { IbexClient } from '../client/IbexClient.ts'
import { IbexValidationError } from '../errors/IbexValidationError.ts'

// The lastUser is only used for the mode it signed in with: a passkey user's id would only earn
// a 404 from the PIN or email GET.
const AUTH_METHOD_PREFIX = { kdf: 'PIN_KDF', email: 'EMAIL' } as const

/**
 * The user a PIN or email sign-in is for: `explicit` when given, else `client.lastUser` when it
 * signed in with the same mode. Throws `validation/user-unknown` (field `externalUserId`)
 * before any request otherwise.
 *
 * @example
 * const externalUserId = resolveExternalUserId(client, parameters.externalUserId, 'kdf')
 */
export function resolveExternalUserId(
  client: IbexClient,
  explicit: unknown,
  wallet: keyof typeof AUTH_METHOD_PREFIX,
): string {
  if (typeof explicit === 'string' && explicit.trim() !== '') return explicit.trim()
  const last = explicit === undefined ? client.lastUser.get() : null
  if (last?.authMethod.startsWith(AUTH_METHOD_PREFIX[wallet])) return last.externalUserId
  throw new IbexValidationError({
    code: 'validation/user-unknown',
    field: 'externalUserId',
    message:
      explicit === undefined
        ? 'No user to sign in on this device: pass `externalUserId` (or sign up first).'
        : '`externalUserId` must be a non-empty string.',
  })
}
