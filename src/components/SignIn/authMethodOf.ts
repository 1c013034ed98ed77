import type { IbexLastUser } from '../../core/session/createLastUserStore.ts'
import type { AuthMethod } from './AuthMethod.ts'

/**
 * The card's method for what IBEx calls the user's `authMethod` (`PASSKEY`, `PIN_KDF`, `EMAIL`,
 * `EOA_7702` …), to mark the returning user's last method; `undefined` for nobody or another.
 *
 * @example
 * authMethodOf({ externalUserId: 'u1', authMethod: 'PIN_KDF' }) // 'pin'
 */
export function authMethodOf(lastUser: IbexLastUser | null): AuthMethod | undefined {
  const method = lastUser?.authMethod ?? ''
  if (method.startsWith('PASSKEY')) return 'passkey'
  if (method.startsWith('PIN_KDF')) return 'pin'
  if (method.startsWith('EMAIL')) return 'email'
  if (method.startsWith('EOA')) return 'wallet'
  return undefined
}
