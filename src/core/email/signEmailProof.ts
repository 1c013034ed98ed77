import { emailProofMessage } from '../protocol/emailProofMessage.ts'
import { readChallengeFields, type ChallengeFields } from '../kdf/readChallengeFields.ts'
import { signProofWith, type SignedProof } from '../kdf/signProofWith.ts'
import type { EmailBackup } from './decodeEmailBackup.ts'
import { withEmailBackupAccount } from './withEmailBackupAccount.ts'
import type { IbexProtocolProfile } from '../protocol/IbexProtocolProfile.ts'

/** The answer of `POST /auth/email/recover` at sign-in (extra members ignored). */
export type EmailRecoverMaterials = ChallengeFields & EmailBackup

export type SignEmailProofParameters = {
  /** As typed; never stored or returned. */
  passphrase: string
  /** The client's appId (defaults to the rpId there). */
  appId: string
  materials: EmailRecoverMaterials
  /** Milliseconds since the epoch to sign. @default Date.now() */
  timestamp?: number | undefined
  /** @default defaultProtocolProfile */
  protocol?: IbexProtocolProfile | undefined
}

/**
 * Opens the email backup with the passphrase and signs the sign-in proof over
 * `emailProofMessage`. A wrong passphrase is `validation/passphrase-wrong`, before any request.
 * Apps call it through `runSignerJob({ kind: 'email-open-proof', ... })`.
 *
 * @param parameters - Passphrase, app context and the recover answer.
 * @returns `{ publicKey, signature, nonce, timestamp }` to merge into the POST sign-in body.
 * @example
 * const proof = await signEmailProof({ passphrase, appId: 'localhost', materials: recovered })
 */
export async function signEmailProof(parameters: SignEmailProofParameters): Promise<SignedProof> {
  const { fields, timestamp } = readChallengeFields(parameters)
  const { protocol } = parameters
  return withEmailBackupAccount(
    parameters.passphrase,
    parameters.materials,
    (account) =>
      signProofWith(
        account,
        (envelope) => emailProofMessage({ ...fields, ...envelope }, protocol),
        timestamp,
        protocol,
      ),
    protocol,
  )
}
