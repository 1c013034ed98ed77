import type { SignerJob, SignerJobResponse } from './SignerJob.ts'

/**
 * What the page posts to the signer worker: a job, or a request to get ready for one (compile
 * the kernel, grow its memory to `memory` KiB, warm the code up on public inputs).
 *
 * @example
 * worker.postMessage({ kind: 'prewarm', memory: 65536 } satisfies SignerWorkerRequest)
 */
export type SignerWorkerRequest = SignerJob | { kind: 'prewarm'; memory: number }

/**
 * What the signer worker posts back. `reusable` is false when the job left something behind that
 * could not be wiped (hash-wasm's fallback keeps its Argon2 memory): the page then terminates it.
 *
 * @example
 * if (reply.kind === 'done' && !reply.reusable) worker.terminate()
 */
export type SignerWorkerReply =
  { kind: 'prewarmed' } | { kind: 'done'; response: SignerJobResponse; reusable: boolean }
