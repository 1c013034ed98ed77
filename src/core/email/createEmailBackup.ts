import { emailProofMessage } from '../protocol/emailProofMessage.ts'
import { encodeBinary } from '../protocol/binaryText.ts'
import { defaultProtocolProfile } from '../protocol/defaultProtocolProfile.ts'
import type { IbexProtocolProfile } from '../protocol/IbexProtocolProfile.ts'
import { readChallengeFields, type ChallengeFields } from '../kdf/readChallengeFields.ts'
import { signProofWith, type SignedProof } from '../kdf/signProofWith.ts'
import type { KdfParams } from '../kdf/validateKdfParams.ts'
import { withSecp256k1Account } from '../kdf/withSecp256k1Account.ts'
import type { EmailBackup } from './decodeEmailBackup.ts'
import { importBackupKey } from './importBackupKey.ts'
import { randomPrivateKey } from './randomPrivateKey.ts'
import { validateNewPassphrase } from './validateNewPassphrase.ts'
import type { PassphrasePolicy } from './validatePassphrase.ts'

/** Argon2id cost of new backups by default (`protocol.email.backup`; docs/protocol.md Email). */
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
  /** @default defaultProtocolProfile */
  protocol?: IbexProtocolProfile | undefined
}

/** Proof and backup fields of an email `POST /auth/sign-up` body. */
export type EmailSignUpProof = SignedProof & EmailBackup

/**
 * Makes the email-mode signer (docs/protocol.md, Email): a new secp256k1 key,
 * encrypted with AES-256-GCM under Argon2id(passphrase, random salt) with the cost, sizes and
 * encoding of `protocol.email.backup` (default 16-byte salt, 64 MiB, t=3, p=1, 12-byte IV,
 * base64), and a proof signed over `emailProofMessage`. The clear key is wiped before this returns. Apps call
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
  const passphrase = validateNewPassphrase(parameters.passphrase, parameters.passphrasePolicy)
  const { fields, timestamp } = readChallengeFields(parameters)
  const protocol = parameters.protocol ?? defaultProtocolProfile
  const format = protocol.email.backup
  const cost = {
    algo: 'argon2id',
    memory: format.memory,
    iterations: format.iterations,
    parallelism: format.parallelism,
  } as const satisfies KdfParams
  const salt = crypto.getRandomValues(new Uint8Array(format.saltBytes))
  const iv = crypto.getRandomValues(new Uint8Array(format.ivBytes))
  const key = await importBackupKey(passphrase, salt, cost, 'encrypt')
  const privateKey = randomPrivateKey()
  return withSecp256k1Account(privateKey, async (account) => {
    const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, privateKey)
    const proof = await signProofWith(
      account,
      (envelope) => emailProofMessage({ ...fields, ...envelope }, protocol),
      timestamp,
      protocol,
    )
    return {
      ...proof,
      encryptedPrivateKey: encodeBinary(new Uint8Array(ciphertext), format.encoding),
      backupSalt: encodeBinary(salt, format.encoding),
      backupKdf: { ...cost, cipher: 'AES-256-GCM', iv: encodeBinary(iv, format.encoding) },
    }
  })
}
