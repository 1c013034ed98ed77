// Entry of the dedicated module worker that `runSignerJob` spawns, one per job: the PIN or
// passphrase, Argon2id's 64 MiB and the clear key live only here, and terminating the worker
// afterwards frees what JS cannot wipe (strings, the WASM memory of Blake2b and of the fallback, viem's closures).
import { executeSignerJob } from './executeSignerJob.ts'
import type { SignerJob } from './SignerJob.ts'

// The DOM lib has no DedicatedWorkerGlobalScope type; this is the part the worker uses.
const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<SignerJob>) => void): void
  postMessage(message: unknown): void
}

scope.addEventListener('message', (event) => {
  void executeSignerJob(event.data).then((response) => scope.postMessage(response))
})
