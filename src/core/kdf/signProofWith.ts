import type { Address, Hex } from 'viem'
import type { PrivateKeyAccount } from 'viem/accounts'
import { randomProofNonce } from './randomProofNonce.ts'

/** The proof fields of a KDF or email POST sign-up / sign-in body. */
export type SignedProof = {
  /** Checksummed address of the signer. */
  publicKey: Address
  /** EIP-191 `personal_sign` of the canonical message. */
  signature: Hex
  /** 16 random bytes, base64url. */
  nonce: string
  /** Milliseconds since the epoch, as signed. */
  timestamp: number
}

/**
 * Picks a nonce and timestamp, builds the canonical message with them and signs it with
 * EIP-191 `personal_sign`.
 *
 * @param account - The signer.
 * @param buildMessage - `kdfProofMessage` or `emailProofMessage` bound to the materials.
 * @param timestamp - Defaults to now.
 * @returns The proof fields.
 * @example
 * await signProofWith(account, (envelope) => kdfProofMessage({ ...fields, ...envelope }))
 */
export async function signProofWith(
  account: PrivateKeyAccount,
  buildMessage: (envelope: { nonce: string; timestamp: number }) => string,
  timestamp: number = Date.now(),
): Promise<SignedProof> {
  const nonce = randomProofNonce()
  const signature = await account.signMessage({ message: buildMessage({ nonce, timestamp }) })
  return { publicKey: account.address, signature, nonce, timestamp }
}
