import type { Address } from 'viem'
import type { PrivateKeyAccount } from 'viem/accounts'
import { defaultProtocolProfile } from '../protocol/defaultProtocolProfile.ts'
import type { IbexProtocolProfile } from '../protocol/IbexProtocolProfile.ts'
import { proofTimestamp } from '../protocol/proofTimestamp.ts'
import { signProofMessage } from '../protocol/proofSignature.ts'
import { randomProofNonce } from './randomProofNonce.ts'

/** The proof fields of a KDF or email POST sign-up / sign-in body. */
export type SignedProof = {
  /** Checksummed address of the signer. */
  publicKey: Address
  /** The canonical message signed by `protocol.proof.signature` (default EIP-191, 0x-hex). */
  signature: string
  /** `protocol.proof.nonce` (default 16 random bytes, base64url). */
  nonce: string
  /** As signed, in `protocol.proof.timestamp` (default ms since the epoch). */
  timestamp: number | string
}

/**
 * Picks a nonce and timestamp, builds the canonical message with them and signs it, all by the
 * protocol profile.
 *
 * @param account - The signer.
 * @param buildMessage - `kdfProofMessage` or `emailProofMessage` bound to the materials.
 * @param timestamp - Ms since the epoch; defaults to now.
 * @param protocol - Default {@link defaultProtocolProfile}.
 * @returns The proof fields.
 * @example
 * await signProofWith(account, (envelope) => kdfProofMessage({ ...fields, ...envelope }))
 */
export async function signProofWith(
  account: PrivateKeyAccount,
  buildMessage: (envelope: { nonce: string; timestamp: number | string }) => string,
  timestamp: number = Date.now(),
  protocol: IbexProtocolProfile = defaultProtocolProfile,
): Promise<SignedProof> {
  const envelope = {
    nonce: randomProofNonce(protocol.proof.nonce),
    timestamp: proofTimestamp(timestamp, protocol.proof.timestamp),
  }
  const signature = await signProofMessage(
    account,
    buildMessage(envelope),
    protocol.proof.signature,
  )
  return { publicKey: account.address, signature, ...envelope }
}
