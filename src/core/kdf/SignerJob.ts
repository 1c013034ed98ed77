import type { CreateEmailBackupParameters, EmailSignUpProof } from '../email/createEmailBackup.ts'
import type { SignEmailProofParameters } from '../email/signEmailProof.ts'
import type { SignEmailUserOpHashParameters } from '../email/signEmailUserOpHash.ts'
import type { SignKdfProofParameters } from './signKdfProof.ts'
import type { SignKdfUserOpHashParameters } from './signKdfUserOpHash.ts'
import type { SignedProof } from './signProofWith.ts'
import type { SignedUserOpHash } from './signUserOpHashWith.ts'

/** Every signer job: its parameters and its public result. */
export type SignerJobs = {
  'kdf-proof': { parameters: SignKdfProofParameters; result: SignedProof }
  'kdf-sign-hash': { parameters: SignKdfUserOpHashParameters; result: SignedUserOpHash }
  'email-create': { parameters: CreateEmailBackupParameters; result: EmailSignUpProof }
  'email-open-proof': { parameters: SignEmailProofParameters; result: SignedProof }
  'email-open-sign-hash': { parameters: SignEmailUserOpHashParameters; result: SignedUserOpHash }
}

export type SignerJobKind = keyof SignerJobs

/**
 * A whole PIN or email signing job, posted to the signer worker: `kind` plus the parameters of
 * the matching function (`signKdfProof`, `signKdfUserOpHash`, `createEmailBackup`,
 * `signEmailProof`, `signEmailUserOpHash`). Plain data only, so it survives `postMessage`.
 *
 * @example
 * const job: SignerJob = { kind: 'kdf-proof', pin, appId: 'localhost', materials }
 */
export type SignerJob = {
  [K in SignerJobKind]: { kind: K } & SignerJobs[K]['parameters']
}[SignerJobKind]

/** The public result of a job of kind `K`. */
export type SignerJobResult<K extends SignerJobKind> = SignerJobs[K]['result']

/** An error as it crosses the worker boundary; rebuilt into its IbexError class. */
export type SignerErrorData = {
  name: 'IbexValidationError' | 'IbexError'
  code: string
  message: string
  field?: string | undefined
  details?: string | undefined
}

/** What the worker posts back: only public results, or an error without secrets. */
export type SignerJobResponse =
  { ok: true; result: SignerJobResult<SignerJobKind> } | { ok: false; error: SignerErrorData }
