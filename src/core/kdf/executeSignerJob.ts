import { createEmailBackup } from '../email/createEmailBackup.ts'
import { signEmailProof } from '../email/signEmailProof.ts'
import { signEmailUserOpHash } from '../email/signEmailUserOpHash.ts'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { serializeSignerError } from './serializeSignerError.ts'
import { signKdfProof } from './signKdfProof.ts'
import { signKdfUserOpHash } from './signKdfUserOpHash.ts'
import type { SignerJob, SignerJobKind, SignerJobResponse, SignerJobs } from './SignerJob.ts'

const RUNNERS: {
  [K in SignerJobKind]: (
    parameters: SignerJobs[K]['parameters'],
  ) => Promise<SignerJobs[K]['result']>
} = {
  'kdf-proof': signKdfProof,
  'kdf-sign-hash': signKdfUserOpHash,
  'email-create': createEmailBackup,
  'email-open-proof': signEmailProof,
  'email-open-sign-hash': signEmailUserOpHash,
}

/**
 * The one implementation of a signer job, run inside the signer worker or, where there is no
 * `Worker`, in the calling thread. It never throws: the response carries the public result or
 * a serialised error, so both paths rebuild errors the same way.
 *
 * @param job - Kind and parameters.
 * @returns `{ ok: true, result }` or `{ ok: false, error }`.
 * @example
 * const response = await executeSignerJob({ kind: 'kdf-sign-hash', pin, appId, materials, userOpHash })
 */
export async function executeSignerJob(job: SignerJob): Promise<SignerJobResponse> {
  try {
    const kind: unknown = job?.kind
    if (typeof kind !== 'string' || !Object.hasOwn(RUNNERS, kind)) {
      throw new IbexValidationError({
        code: 'validation/signer-job-unknown',
        field: 'kind',
        message: `Unknown signer job kind ${JSON.stringify(kind)}.`,
      })
    }
    // TypeScript cannot pair `RUNNERS[job.kind]` with the narrowed job; the table above is typed.
    const run = RUNNERS[kind as SignerJobKind] as (
      parameters: SignerJob,
    ) => Promise<SignerJobs[SignerJobKind]['result']>
    return { ok: true, result: await run(job) }
  } catch (error) {
    return { ok: false, error: serializeSignerError(error) }
  }
}
