import type { MockUser } from '../state/MockUser.ts'
import { authMethodOf } from '../tokens/authMethodOf.ts'

/**
 * The mode-specific fields of an auth response (sign-up POST, sign-in POST, refresh) for a user,
 * as documented per mode in docs/protocol.md
 */
export function userSummary(user: MockUser, chainId: number): Record<string, unknown> {
  const common = { authMethod: authMethodOf(user), hasPasskey: user.wallet === 'passkeys' }
  switch (user.wallet) {
    case 'passkeys':
      return {
        ...common,
        safeAddress: user.safeAddress,
        chainId,
        keyName: user.passkey?.keyName,
        keyDisplayName: user.passkey?.keyDisplayName,
        eoaAddress: user.eoaAddresses.find((entry) => entry.type === 'EVM')?.address,
        eoaAddresses: user.eoaAddresses,
        prfCapable: user.passkey?.prfCapable ?? false,
      }
    case 'kdf':
    case 'email':
      return {
        ...common,
        ...(user.wallet === 'kdf' ? { flow: 'pin-kdf' } : { wallet: 'email' }),
        signerBound: user.publicKey !== undefined,
        signerVersion: user.signerVersion,
        publicKey: user.publicKey,
        safeAddress: user.safeAddress,
        chainId,
      }
    case '7702':
      return {
        ...common,
        walletMode: 'EOA_7702',
        safe: user.eoa,
        safeAddress: user.safeAddress,
        chainId,
      }
    case 'account':
      return { ...common, safeAddress: user.safeAddress }
  }
}
