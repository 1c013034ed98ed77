import { emailProofMessage } from '../protocol/emailProofMessage.ts'
import { bytesToBase64 } from '../utils/base64.ts'
import { readChallengeFields, type ChallengeFields } from '../kdf/readChallengeFields.ts'
import { signProofWith, type SignedProof } from '../kdf/signProofWith.ts'
import type { KdfParams } from '../kdf/validateKdfParams.ts'
import { withSecp256k1Account } from '../kdf/withSecp256k1Account.ts'
import type { EmailBackup } from './decodeEmailBackup.ts'
import { importBackupKey } from './importBackupKey.ts'
import { randomPrivateKey } from './randomPrivateKey.ts'
import { validatePassphrase, type PassphrasePolicy } from './validatePassphrase.ts'

/** Argon2id cost of new backups (docs/protocol.md). */
export const EMAIL_BACKUP_KDF = {
  algo: 'argon2id',
  memory: 65536,
  iterations: 3,
  parallelism: 1,
} as const satisfies KdfParams

export type CreateEmailBackupParameters = {
  /** As typed; never stored or returned. */
  passphrase: string
  passphrasePolicy?: PassphrasePolicy | undefined
  /** The client's appId (defaults to the rpId there). */
  appId: string
  /** The challenge fields of `POST /auth/email/recover` at sign-up (extra members ignored). */
  materials: ChallengeFields
  /** Milliseconds since the epoch to sign. @default Date.now() */
  timestamp?: number | undefined
}

/** Proof and backup fields of an email `POST /auth/sign-up` body. */
export type EmailSignUpProof = SignedProof & EmailBackup

/**
 * Makes the email-mode signer (docs/protocol.md): a new secp256k1 key,
 * encrypted with AES-256-GCM under Argon2id(passphrase, 16 random bytes, 64 MiB, t=3, p=1), and
 * a proof signed over `emailProofMessage`. The clear key is wiped before this returns. Apps call
 * it through `runSignerJob({ kind: 'email-create', ... })`.
 *
 * @param parameters - Passphrase, app context and the recover answer's challenge.
 * @returns `{ publicKey, signature, nonce, timestamp, encryptedPrivateKey, backupSalt, backupKdf }`.
 * @example
 * const fields = await createEmailBackup({ passphrase, appId: 'localhost', materials: recovered })
 * // POST { wallet: 'email', externalUserId, challenge, challengeExpiresAt, serverSignature, serverKeyId, ...fields }
 */
export async function createEmailBackup(
  parameters: CreateEmailBackupParameters,
): Promise<EmailSignUpProof> {
  const passphrase = validatePassphrase(parameters.passphrase, parameters.passphrasePolicy)
  const { fields, timestamp } = readChallengeFields(parameters)
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const key = await importBackupKey(passphrase, salt, EMAIL_BACKUP_KDF, 'encrypt')
  const privateKey = randomPrivateKey()
  return withSecp256k1Account(privateKey, async (account) => {
    const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, privateKey)
    const proof = await signProofWith(
      account,
      (envelope) => emailProofMessage({ ...fields, ...envelope }),
      timestamp,
    )
    return {
      ...proof,
      encryptedPrivateKey: bytesToBase64(new Uint8Array(ciphertext)),
      backupSalt: bytesToBase64(salt),
      backupKdf: { ...EMAIL_BACKUP_KDF, cipher: 'AES-256-GCM', iv: bytesToBase64(iv) },
    }
  })
}
