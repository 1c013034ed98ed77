import type { Address, Hex } from 'viem'
import type { PrivateKeyAccount } from 'viem/accounts'

/** Body of `PUT /safes/operations` for a PIN, email or 7702 signer. */
export type SignedUserOpHash = {
  /** EIP-191 `personal_sign` of the 32 raw `userOpHash` bytes. */
  signature: Hex
  /** Checksummed address of the signer. */
  publicKey: Address
}

/**
 * Signs an operation (docs/protocol.md "Operations"): `personal_sign` of the 32 raw bytes of
 * `userOpHash`, not of its hex text.
 *
 * @param account - The bound signer.
 * @param userOpHash - Checked with `validateUserOpHash`.
 * @returns `{ signature, publicKey }` for the PUT body.
 * @example
 * await signUserOpHashWith(account, '0x…32 bytes')
 */
export async function signUserOpHashWith(
  account: PrivateKeyAccount,
  userOpHash: Hex,
): Promise<SignedUserOpHash> {
  const signature = await account.signMessage({ message: { raw: userOpHash } })
  return { signature, publicKey: account.address }
}
