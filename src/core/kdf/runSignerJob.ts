import { IbexError } from '../errors/IbexError.ts'
import { deserializeSignerError } from './deserializeSignerError.ts'
import type { SignerJob, SignerJobResponse, SignerJobResult } from './SignerJob.ts'

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

function abortedError(signal: AbortSignal): IbexError {
  return new IbexError('The PIN or email signer was aborted.', {
    code: 'signer/aborted',
    cause: signal.reason,
  })
}

// One worker per job, terminated once it answers: the Argon2id memory (64 MiB that WASM memory
// never gives back) and every copy of a secret JS cannot wipe go with it. The price is a worker
// start and a cold WASM compile per job (bench:kdf's "first call" row), paid once per PIN or
// passphrase entry, which is rare enough.
function runInWorker(job: SignerJob, signal: AbortSignal | undefined) {
  return new Promise<SignerJobResponse | undefined>((resolve, reject) => {
    let worker: Worker
    try {
      // `.js`, not `.ts`: tsc leaves this string as written, and dist/ holds signerWorker.js.
      // Vite (dev and build) resolves `./signerWorker.js` to the .ts source, and Vite and
      // webpack 5 bundle the worker from this exact `new Worker(new URL(…))` pattern.
      worker = new Worker(new URL('./signerWorker.js', import.meta.url), { type: 'module' })
    } catch {
      resolve(undefined)
      return
    }
    const settle = () => {
      worker.terminate()
      signal?.removeEventListener('abort', onAbort)
    }
    const onAbort = () => {
      settle()
      reject(abortedError(signal as AbortSignal))
    }
    worker.addEventListener('message', (event: MessageEvent<SignerJobResponse>) => {
      settle()
      resolve(event.data)
    })
    // The job itself never throws (errors come back as messages), so an `error` event means the
    // worker could not start (a bundler that did not emit it, a CSP): run in the thread instead.
    worker.addEventListener('error', (event) => {
      event.preventDefault()
      settle()
      resolve(undefined)
    })
    worker.addEventListener('messageerror', () => {
      settle()
      reject(
        new IbexError('The PIN or email signer sent back an unreadable answer.', {
          code: 'signer/failed',
        }),
      )
    })
    signal?.addEventListener('abort', onAbort, { once: true })
    worker.postMessage(job)
  })
}

function runInThread(job: SignerJob, signal: AbortSignal | undefined) {
  return new Promise<SignerJobResponse>((resolve, reject) => {
    // Argon2id cannot be interrupted here; aborting settles at once and the result is dropped.
    const onAbort = () => reject(abortedError(signal as AbortSignal))
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
 * platform has one, else (Node, jsdom, tests, blocked workers) in the calling thread through a
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
  if (signal?.aborted) throw abortedError(signal)
  // A proof's timestamp is the calling page's time, read here: a worker keeps the real clock
  // when a page's is moved (a test's fake clock), and the server compares it with its own.
  const stamped: SignerJob =
    job.kind === 'kdf-proof' || job.kind === 'email-create' || job.kind === 'email-open-proof'
      ? { ...job, timestamp: job.timestamp ?? Date.now() }
      : job
  let response: SignerJobResponse | undefined
  if (options.worker !== false && typeof Worker === 'function') {
    response = await runInWorker(stamped, signal)
  }
  response ??= await runInThread(stamped, signal)
  if (!response.ok) throw deserializeSignerError(response.error)
  return response.result as SignerJobResult<J['kind']>
}
