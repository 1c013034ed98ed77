import { deserializeSignerError } from './deserializeSignerError.ts'
import { signerAbortedError } from './signerAbortedError.ts'
import type { SignerJob, SignerJobResponse, SignerJobResult } from './SignerJob.ts'
import { signerWorkerPool } from './signerWorkerPool.ts'

export type RunSignerJobOptions = {
  /** Aborting terminates the worker (or drops the in-thread result) with `signer/aborted`. */
  signal?: AbortSignal | undefined
  /**
   * Run in a Web Worker when the platform has one. Set `false` where workers are blocked
   * (e.g. a CSP without `worker-src`) to run in the calling thread.
   * @default true
   */
  worker?: boolean | undefined
}

function runInThread(job: SignerJob, signal: AbortSignal | undefined) {
  return new Promise<SignerJobResponse>((resolve, reject) => {
    // Argon2id cannot be interrupted here; aborting settles at once and the result is dropped.
    const onAbort = () => reject(signerAbortedError(signal as AbortSignal))
    signal?.addEventListener('abort', onAbort, { once: true })
    // Loaded on first use so that apps without PIN or email never load hash-wasm or viem's
    // account code.
    import('./executeSignerJob.ts')
      .then(({ executeSignerJob }) => executeSignerJob(job))
      .then(resolve, reject)
      .finally(() => signal?.removeEventListener('abort', onAbort))
  })
}

/**
 * Runs a PIN or email signing job off the main thread: in a module Web Worker where the
 * platform has one (kept between jobs and prewarmed by `PinPad`, see `signerWorkerPool`), else (Node, jsdom, tests, blocked workers) in the calling thread through a
 * lazily imported module. Both paths run the same code and return only public values; errors
 * come back as the IbexError class the job threw (`IbexValidationError` for a wrong PIN or
 * passphrase or bad input), `signer/aborted` after `signal` aborts, `signer/failed` otherwise.
 *
 * @param job - `kind` and the parameters of the matching function.
 * @param options - `signal`, `worker`.
 * @returns The job's public result.
 * @example
 * const proof = await runSignerJob({ kind: 'kdf-proof', pin, appId: 'localhost', materials }, { signal })
 * // { publicKey, signature, nonce, timestamp }
 */
export async function runSignerJob<J extends SignerJob>(
  job: J,
  options: RunSignerJobOptions = {},
): Promise<SignerJobResult<J['kind']>> {
  const { signal } = options
  if (signal?.aborted) throw signerAbortedError(signal)
  // A proof's timestamp is the calling page's time, read here: a worker keeps the real clock
  // when a page's is moved (a test's fake clock), and the server compares it with its own.
  const stamped: SignerJob =
    job.kind === 'kdf-proof' || job.kind === 'email-create' || job.kind === 'email-open-proof'
      ? { ...job, timestamp: job.timestamp ?? Date.now() }
      : job
  let response: SignerJobResponse | undefined
  if (options.worker !== false && typeof Worker === 'function') {
    response = await signerWorkerPool.run(stamped, signal)
  }
  response ??= await runInThread(stamped, signal)
  if (!response.ok) throw deserializeSignerError(response.error)
  return response.result as SignerJobResult<J['kind']>
}
