import type { MockUser } from '../state/MockUser.ts'

const descriptions = {
  PASSKEY: 'WebAuthn passkey credential',
  EMAIL_TOKEN: 'Email-recoverable key',
  EOA: 'Externally owned account key',
} as const

/**
 * The user's signer as `/users/me/signers` lists it (docs/protocol.md).
 *
 * @example
 * signerOf(user, 3).type // 'PASSKEY'
 */
export function signerOf(user: MockUser, safesCount: number): Record<string, unknown> {
  const type =
    user.wallet === 'passkeys' ? 'PASSKEY' : user.wallet === 'email' ? 'EMAIL_TOKEN' : 'EOA'
  return {
    id: user.signerId,
    type,
    typeDescription: descriptions[type],
    walletMode: user.wallet === '7702' ? 'EOA_7702' : 'SAFE_4337',
    keyName: user.passkey?.keyName ?? null,
    keyDisplayName: user.passkey?.keyDisplayName ?? null,
    createdAt: new Date(user.createdAt).toISOString(),
    safesCount,
  }
}
