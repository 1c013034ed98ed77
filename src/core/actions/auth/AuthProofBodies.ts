import type { Address, Hex } from 'viem'
import type { EmailProofFields } from '../../protocol/emailProofMessage.ts'
import type { KdfProofFields } from '../../protocol/kdfProofMessage.ts'

/**
 * What a PIN (KDF) user POSTs at sign-up and sign-in (docs/protocol.md "PIN"): the signed proof
 * fields (all but `appId`, which only enters the signed message) and the server's echo.
 *
 * @example
 * const body: KdfProofBody = { ...proofFields, publicKey, signature, serverSignature, serverKeyId }
 */
export type KdfProofBody = Omit<KdfProofFields, 'appId'> & {
  /** The derived key's checksummed address. */
  publicKey: Address
  /** `kdfProofMessage(...)` signed by `protocol.proof.signature` (default EIP-191, 0x-hex). */
  signature: string
  serverSignature: string
  serverKeyId: string
  /** OPAQUE/PAKE only. */
  opaqueLoginRequest?: string | undefined
}

/**
 * What an email user POSTs at sign-up and sign-in (docs/protocol.md "Email one-time code"): the proof fields
 * (all but `appId`) and the server's echo.
 *
 * @example
 * const body: EmailProofBody = { ...proofFields, publicKey, signature, serverSignature, serverKeyId }
 */
export type EmailProofBody = Omit<EmailProofFields, 'appId'> & {
  publicKey: Address
  /** `emailProofMessage(...)` signed by `protocol.proof.signature` (default EIP-191, 0x-hex). */
  signature: string
  serverSignature: string
  serverKeyId: string
}

/**
 * The encrypted key backup an email user uploads at sign-up (docs/protocol.md "Email one-time code").
 *
 * @example
 * const backup: EmailBackupFields = { encryptedPrivateKey, backupSalt, backupKdf }
 */
export type EmailBackupFields = {
  /** Standard base64 of AES-256-GCM(private key). */
  encryptedPrivateKey: string
  /** Standard base64, 16 bytes. */
  backupSalt: string
  backupKdf: {
    algo: 'argon2id'
    memory: number
    iterations: number
    parallelism: number
    cipher: 'AES-256-GCM'
    /** Standard base64, 12 bytes. */
    iv: string
  }
}

/**
 * What a 7702 (external wallet) user POSTs at sign-up and sign-in (docs/protocol.md).
 *
 * @example
 * const body: Eip7702ProofBody = { address, signature: await signMessage({ message }), nonce }
 */
export type Eip7702ProofBody = {
  address: Address
  /** `personal_sign` of the challenge `message`. */
  signature: Hex
  /** The challenge `nonce`. */
  nonce: string
}
