// Entry of the dedicated module worker that `signerWorkerPool` starts: the PIN or passphrase,
// Argon2id's memory and the clear key live only here. The pool keeps one worker between jobs
// (prewarmed, compiled kernel and grown memory reused) and terminates it when idle; each job
// leaves nothing of its secret behind (see handleSignerWorkerMessage).
import { handleSignerWorkerMessage } from './handleSignerWorkerMessage.ts'
import type { SignerWorkerRequest } from './SignerWorkerMessage.ts'

// The DOM lib has no DedicatedWorkerGlobalScope type; this is the part the worker uses.
const scope: {
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<SignerWorkerRequest>) => void,
  ): void
  postMessage(message: unknown): void
} = globalThis

scope.addEventListener('message', (event) => {
  void handleSignerWorkerMessage(event.data).then((reply) => scope.postMessage(reply))
})
