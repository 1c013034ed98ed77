import { kdfProofMessage } from '../protocol/kdfProofMessage.ts'
import { readChallengeFields, type ChallengeFields } from './readChallengeFields.ts'
import { requireField } from './requireField.ts'
import { signProofWith, type SignedProof } from './signProofWith.ts'
import { withKdfAccount, type KdfKeyMaterials, type KdfKeyParameters } from './withKdfAccount.ts'

/** The fields of GET sign-up / sign-in `wallet=kdf` the proof needs (extra members ignored). */
export type KdfMaterials = KdfKeyMaterials &
  ChallengeFields & {
    saltVersion: number
    kdfParamsVersion: number
  }

export type SignKdfProofParameters = KdfKeyParameters & {
  materials: KdfMaterials
  /** Milliseconds since the epoch to sign (written in `protocol.proof.timestamp`). @default Date.now() */
  timestamp?: number | undefined
}

/**
 * Derives the PIN key (docs/protocol.md) and signs the canonical KDF message
 * with it: the proof fields of `POST /auth/sign-up` and `/sign-in` with `wallet: "kdf"`. Every
 * input is validated first (`IbexValidationError`); the PIN and key never leave the function.
 * Apps call it through `runSignerJob({ kind: 'kdf-proof', ... })`, off the main thread.
 *
 * @param parameters - PIN, app context and the GET materials.
 * @returns `{ publicKey, signature, nonce, timestamp }` to merge into the POST body.
 * @example
 * const proof = await signKdfProof({ pin: '123456', appId: 'localhost', materials })
 * // POST { wallet: 'kdf', externalUserId, challenge, challengeExpiresAt, saltVersion,
 * //        kdfParamsVersion, serverSignature, serverKeyId, ...proof }
 */
export async function signKdfProof(parameters: SignKdfProofParameters): Promise<SignedProof> {
  const { materials } = parameters
  const { fields: challengeFields, timestamp } = readChallengeFields(parameters)
  const fields = {
    ...challengeFields,
    saltVersion: requireField(materials.saltVersion, 'saltVersion', 'integer'),
    kdfParamsVersion: requireField(materials.kdfParamsVersion, 'kdfParamsVersion', 'integer'),
  }
  return withKdfAccount(parameters, (account) =>
    signProofWith(
      account,
      (envelope) => kdfProofMessage({ ...fields, ...envelope }, parameters.protocol),
      timestamp,
      parameters.protocol,
    ),
  )
}
