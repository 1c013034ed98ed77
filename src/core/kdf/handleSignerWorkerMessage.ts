import { executeSignerJob } from './executeSignerJob.ts'
import { prewarmSignerRealm } from './prewarmSignerRealm.ts'
import type { SignerWorkerReply, SignerWorkerRequest } from './SignerWorkerMessage.ts'
import { wasmSimdSupported } from './wasmSimdSupported.ts'

/**
 * The signer worker's answer to one message from the page: gets ready on `prewarm`, else runs the
 * job. After a job nothing of it stays reachable: `argon2idWasmSimd` has zeroed its blocks and
 * scrubbed the Blake2b states, the key bytes are wiped, and the job's strings are garbage. Where
 * the hash-wasm fallback ran (no WebAssembly SIMD), its memory cannot be wiped, so the reply asks
 * the page to terminate the worker.
 *
 * @param request - A job or a prewarm request.
 * @returns The reply to post back.
 * @example
 * scope.addEventListener('message', async (event) => scope.postMessage(await handleSignerWorkerMessage(event.data)))
 */
export async function handleSignerWorkerMessage(
  request: SignerWorkerRequest,
): Promise<SignerWorkerReply> {
  if (request?.kind === 'prewarm') {
    // A failure here (a CSP refusing WebAssembly) is the job's to report, as it would be cold.
    await prewarmSignerRealm(request.memory).catch(() => undefined)
    return { kind: 'prewarmed' }
  }
  const response = await executeSignerJob(request)
  return { kind: 'done', response, reusable: wasmSimdSupported() }
}
