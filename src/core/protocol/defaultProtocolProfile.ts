import type { IbexProtocolProfile } from './IbexProtocolProfile.ts'

/**
 * The kit's decisions where IBEx publishes nothing (docs/protocol.md), as an
 * {@link IbexProtocolProfile}: sorted keys, ms timestamps, 16-byte base64url nonces, EIP-191
 * hex signatures, HKDF-SHA256 with an empty salt, appId = rpId, env `v1`, every email field
 * with `wallet: "email"`, 64 MiB / t=3 / p=1 base64 backups, and `PUT { signature, publicKey }`
 * signing the raw `userOpHash` bytes.
 *
 * @example
 * JSON.stringify(defaultProtocolProfile.proof) // '{"keyOrder":"sorted","timestamp":"ms",…}'
 */
export const defaultProtocolProfile: IbexProtocolProfile = deepFreeze({
  proof: {
    keyOrder: 'sorted',
    timestamp: 'ms',
    nonce: { bytes: 16, encoding: 'base64url' },
    signature: { scheme: 'eip191', encoding: 'hex' },
  },
  kdf: {
    appId: null,
    env: 'v1',
    hkdf: { hash: 'SHA-256', salt: '', length: 32 },
  },
  email: {
    proofFields: [
      'appId',
      'challenge',
      'challengeExpiresAt',
      'challengeId',
      'externalUserId',
      'nonce',
      'timestamp',
      'wallet',
    ],
    wallet: 'email',
    backup: {
      memory: 65536,
      iterations: 3,
      parallelism: 1,
      saltBytes: 16,
      ivBytes: 12,
      encoding: 'base64',
    },
  },
  operation: { message: 'bytes', signatureEncoding: 'hex', publicKey: true },
})

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const member of Object.values(value)) deepFreeze(member)
    Object.freeze(value)
  }
  return value
}
