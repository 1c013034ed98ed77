import type { MockUser } from '../state/MockUser.ts'

/** The `authMethod` IBEx reports for a user in their current state. */
export function authMethodOf(user: MockUser): string {
  const pending = user.status === 'pending'
  switch (user.wallet) {
    case 'passkeys':
      return 'PASSKEY'
    case 'kdf':
      return pending ? 'PIN_KDF_PENDING' : 'PIN_KDF'
    case 'email':
      return pending ? 'EMAIL_TOKEN_PENDING' : 'EMAIL'
    case '7702':
      return 'EOA_7702'
    case 'account':
      return 'ACCOUNT'
  }
}
