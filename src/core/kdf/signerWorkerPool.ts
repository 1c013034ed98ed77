import { IbexError } from '../errors/IbexError.ts'
import { signerAbortedError } from './signerAbortedError.ts'
import type { SignerJob, SignerJobResponse } from './SignerJob.ts'
import type { SignerWorkerReply, SignerWorkerRequest } from './SignerWorkerMessage.ts'

type Outcome =
  { reply: Extract<SignerWorkerReply, { kind: 'done' }> } | { failed: 'load' | 'unreadable' }

type Slot = {
  worker: Worker
  busy: boolean
  timer: ReturnType<typeof setTimeout> | undefined
  /** Settles once the worker answered anything (or failed): prewarm's promise. */
  ready: Promise<void>
  /** The running job's handler. */
  settle: ((outcome: Outcome) => void) | undefined
}

/** Argon2id's m the prewarm prepares for when told nothing: IBEx's default, 64 MiB. */
const DEFAULT_MEMORY_KIB = 65536

// The kept worker: prewarmed or left by a finished job, idle or running one job.
let kept: Slot | undefined

function discard(slot: Slot) {
  if (slot.timer !== undefined) clearTimeout(slot.timer)
  slot.worker.terminate()
  if (kept === slot) kept = undefined
}

function idleFrom(slot: Slot) {
  if (slot.timer !== undefined) clearTimeout(slot.timer)
  slot.timer = setTimeout(() => discard(slot), signerWorkerPool.idleTimeout)
}

function start(): Slot | undefined {
  let worker: Worker
  try {
    // `.js`, not `.ts`: tsc leaves this string as written, and dist/ holds signerWorker.js.
    // Vite (dev and build) resolves `./signerWorker.js` to the .ts source, and Vite and
    // webpack 5 bundle the worker from this exact `new Worker(new URL(…))` pattern.
    worker = new Worker(new URL('./signerWorker.js', import.meta.url), { type: 'module' })
  } catch {
    return undefined
  }
  let markReady = () => {}
  const slot: Slot = {
    worker,
    busy: false,
    timer: undefined,
    ready: new Promise<void>((resolve) => (markReady = resolve)),
    settle: undefined,
  }
  worker.addEventListener('message', (event: MessageEvent<SignerWorkerReply>) => {
    markReady()
    if (event.data?.kind === 'done') slot.settle?.({ reply: event.data })
  })
  // A job never throws in the worker (errors come back as replies), so an `error` event means
  // the worker could not start (a bundler that did not emit it, a CSP): jobs run in the thread.
  worker.addEventListener('error', (event) => {
    event.preventDefault()
    markReady()
    discard(slot)
    slot.settle?.({ failed: 'load' })
  })
  worker.addEventListener('messageerror', () => {
    markReady()
    discard(slot)
    slot.settle?.({ failed: 'unreadable' })
  })
  return slot
}

/**
 * The page side of the signer worker. One worker is kept between jobs so that a PIN entry does
 * not wait for a worker start, a module load and a WebAssembly compile: `prewarm` starts it ahead
 * of the job (a `PinPad` does on mount and focus) and it stays until `idleTimeout` passes with no
 * job or prewarm. A job that finds the kept worker busy gets a worker of its own, terminated
 * after. Aborting a job terminates its worker; so does a job whose worker reports it cannot wipe
 * what the job left (the no-SIMD fallback).
 *
 * @example
 * signerWorkerPool.prewarm() // when the PIN pad appears
 * const response = await signerWorkerPool.run(job, signal) // undefined: no worker here
 */
export const signerWorkerPool = {
  /** Ms an idle worker is kept. */
  idleTimeout: 30_000,

  /**
   * Starts the kept worker if there is none and has it compile the kernel, grow its memory to
   * `memoryKiB` and warm its code up on public inputs; restarts the idle countdown. Resolves when
   * the worker is ready (at once where there are no workers). Never rejects.
   */
  prewarm(memoryKiB: number = DEFAULT_MEMORY_KIB): Promise<void> {
    if (typeof Worker !== 'function') return Promise.resolve()
    if (!kept) {
      kept = start()
      if (!kept) return Promise.resolve()
      kept.worker.postMessage({ kind: 'prewarm', memory: memoryKiB } satisfies SignerWorkerRequest)
    }
    if (!kept.busy) idleFrom(kept)
    return kept.ready
  },

  /**
   * Runs `job` in a worker: the kept one when idle, else a new one. Resolves with the job's
   * response, or `undefined` when no worker could start (the caller runs the job in the thread);
   * rejects with `signer/aborted` or, for an unreadable answer, `signer/failed`.
   */
  run(job: SignerJob, signal?: AbortSignal): Promise<SignerJobResponse | undefined> {
    let slot = kept && !kept.busy ? kept : undefined
    if (!slot) {
      slot = start()
      if (!slot) return Promise.resolve(undefined)
      kept ??= slot
    }
    const running = slot
    running.busy = true
    if (running.timer !== undefined) clearTimeout(running.timer)
    return new Promise((resolve, reject) => {
      const finish = () => {
        running.settle = undefined
        running.busy = false
        signal?.removeEventListener('abort', onAbort)
      }
      const onAbort = () => {
        // Argon2id cannot be interrupted: the worker goes, and its memory with it.
        finish()
        discard(running)
        reject(signerAbortedError(signal as AbortSignal))
      }
      running.settle = (outcome) => {
        finish()
        if ('reply' in outcome) {
          if (outcome.reply.reusable && running === kept) idleFrom(running)
          else discard(running)
          resolve(outcome.reply.response)
        } else if (outcome.failed === 'load') {
          resolve(undefined)
        } else {
          reject(
            new IbexError('The PIN or email signer sent back an unreadable answer.', {
              code: 'signer/failed',
            }),
          )
        }
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      running.worker.postMessage(job satisfies SignerWorkerRequest)
    })
  },

  /** Terminates the kept worker unless it is running a job. */
  terminateIdle(): void {
    if (kept && !kept.busy) discard(kept)
  },
}
