import type { Hex } from 'viem'
import { signUserOpHashWith, type SignedUserOpHash } from './signUserOpHashWith.ts'
import { validateUserOpHash } from './validateUserOpHash.ts'
import { withKdfAccount, type KdfKeyParameters } from './withKdfAccount.ts'

export type SignKdfUserOpHashParameters = KdfKeyParameters & {
  /** From `POST /safes/operations`. */
  userOpHash: Hex
}

/**
 * Re-derives the PIN key and signs an operation with it (docs/protocol.md "Operations"):
 * `personal_sign` of the 32 `userOpHash` bytes. Pass `expectedPublicKey` to refuse a wrong PIN
 * before the PUT. Apps call it through `runSignerJob({ kind: 'kdf-sign-hash', ... })`.
 *
 * @param parameters - PIN, app context, salt and KDF parameters, and the hash.
 * @returns `{ signature, publicKey }`, the PUT body.
 * @example
 * const body = await signKdfUserOpHash({ pin, appId: 'localhost', materials, userOpHash })
 */
export async function signKdfUserOpHash(
  parameters: SignKdfUserOpHashParameters,
): Promise<SignedUserOpHash> {
  const userOpHash = validateUserOpHash(parameters.userOpHash)
  return withKdfAccount(parameters, (account) =>
    signUserOpHashWith(account, userOpHash, parameters.protocol),
  )
}
