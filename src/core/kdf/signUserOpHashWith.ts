import type { Address, Hex } from 'viem'
import type { PrivateKeyAccount } from 'viem/accounts'
import { defaultProtocolProfile } from '../protocol/defaultProtocolProfile.ts'
import type { IbexProtocolProfile } from '../protocol/IbexProtocolProfile.ts'
import { encodeOperationSignature, operationSignMessage } from '../protocol/operationSignature.ts'

/** Body of `PUT /safes/operations` for a PIN, email or 7702 signer. */
export type SignedUserOpHash = {
  /** `personal_sign` of the `userOpHash` (by default its 32 raw bytes, 0x-hex signature). */
  signature: string
  /** Checksummed address of the signer (left out when `protocol.operation.publicKey` is false). */
  publicKey?: Address | undefined
}

/**
 * Signs an operation (docs/protocol.md "Signing an operation") by `protocol.operation`: by default
 * `personal_sign` of the 32 raw bytes of `userOpHash`, not of its hex text.
 *
 * @param account - The bound signer.
 * @param userOpHash - Checked with `validateUserOpHash`.
 * @param protocol - Default {@link defaultProtocolProfile}.
 * @returns `{ signature, publicKey }` for the PUT body.
 * @example
 * await signUserOpHashWith(account, '0x…32 bytes')
 */
export async function signUserOpHashWith(
  account: PrivateKeyAccount,
  userOpHash: Hex,
  protocol: IbexProtocolProfile = defaultProtocolProfile,
): Promise<SignedUserOpHash> {
  const rule = protocol.operation
  const signature = await account.signMessage({ message: operationSignMessage(userOpHash, rule) })
  return {
    signature: encodeOperationSignature(signature, rule),
    ...(rule.publicKey ? { publicKey: account.address } : {}),
  }
}
