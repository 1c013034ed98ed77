import { verifyMessage, type Hex } from 'viem'
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { signEmailUserOpHash } from '../../../src/core/email/signEmailUserOpHash.ts'
import { IbexError } from '../../../src/core/errors/IbexError.ts'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'
import { handleSignerWorkerMessage } from '../../../src/core/kdf/handleSignerWorkerMessage.ts'
import { prewarmSigner } from '../../../src/core/kdf/prewarmSigner.ts'
import { runSignerJob } from '../../../src/core/kdf/runSignerJob.ts'
import type { SignerJob } from '../../../src/core/kdf/SignerJob.ts'
import { signerWorkerPool } from '../../../src/core/kdf/signerWorkerPool.ts'
import type { SignerWorkerRequest } from '../../../src/core/kdf/SignerWorkerMessage.ts'
import { signKdfUserOpHash } from '../../../src/core/kdf/signKdfUserOpHash.ts'
import type { SignedUserOpHash } from '../../../src/core/kdf/signUserOpHashWith.ts'
import { kdfProofMessage } from '../../../src/core/protocol/kdfProofMessage.ts'
import { caught } from './caught.ts'

const VECTOR_ADDRESS = '0xaa53E8Bf3d8EDBd249a0af282b99F101B36ADFE8'
const VECTOR_PRIVATE_KEY = 'f4633e2e462a040870b5b16c0e0084815479584238a8387482c3d245228e4016'
const PASSPHRASE = 'violet anchor misty orbit'
const userOpHash = '0xfeedfacefeedfacefeedfacefeedfacefeedfacefeedfacefeedfacefeedface'
const kdfMaterials = {
  externalUserId: 'u1',
  salt: 'AQEBAQEBAQEBAQEBAQEBAQ==',
  saltVersion: 1,
  kdf: { algo: 'argon2id', memory: 65536, iterations: 3, parallelism: 1 },
  kdfParamsVersion: 1,
  challenge: 'Y2hhbGxlbmdl',
  challengeExpiresAt: '2025-11-21T10:15:00Z',
} as const
const signHashJob = {
  kind: 'kdf-sign-hash',
  pin: '123456',
  appId: 'localhost',
  materials: kdfMaterials,
  userOpHash,
} as const satisfies SignerJob

let direct: SignedUserOpHash

const rejection = (promise: Promise<unknown>) => caught(() => promise, IbexError)

/**
 * Stands in for the browser's Worker, which Node and jsdom lack: it runs what signerWorker.ts
 * runs (handleSignerWorkerMessage) and passes messages through structuredClone, as postMessage
 * does. `reusable` overrides the reply's flag (false: as the no-SIMD fallback answers).
 */
class FakeWorker extends EventTarget {
  static instances: FakeWorker[] = []
  static mode: 'answer' | 'fail-to-load' | 'unreadable' = 'answer'
  static reusable: boolean | undefined
  terminated = false
  received: string[] = []
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super()
    FakeWorker.instances.push(this)
  }
  postMessage(request: SignerWorkerRequest) {
    this.received.push(request.kind)
    if (FakeWorker.mode === 'fail-to-load') {
      queueMicrotask(() => this.dispatchEvent(new Event('error', { cancelable: true })))
      return
    }
    if (FakeWorker.mode === 'unreadable') {
      queueMicrotask(() => this.dispatchEvent(new MessageEvent('messageerror')))
      return
    }
    void handleSignerWorkerMessage(structuredClone(request)).then((reply) => {
      if (reply.kind === 'done' && FakeWorker.reusable !== undefined) {
        reply.reusable = FakeWorker.reusable
      }
      if (!this.terminated) {
        this.dispatchEvent(new MessageEvent('message', { data: structuredClone(reply) }))
      }
    })
  }
  terminate() {
    this.terminated = true
  }
}

beforeAll(async () => {
  direct = await signKdfUserOpHash(signHashJob)
})

afterEach(() => {
  signerWorkerPool.terminateIdle()
  signerWorkerPool.idleTimeout = 30_000
  vi.unstubAllGlobals()
  FakeWorker.instances = []
  FakeWorker.mode = 'answer'
  FakeWorker.reusable = undefined
})

describe('runSignerJob without Worker (Node, jsdom)', () => {
  test('default: jsdom has no Worker, so the job runs in the thread', () => {
    expect(typeof Worker).toBe('undefined')
  })

  test('default: kdf-sign-hash gives the same result as the direct function', async () => {
    const result = await runSignerJob(signHashJob)
    expect(result).toEqual(direct)
    expect(result.publicKey).toBe(VECTOR_ADDRESS)
    expect(JSON.stringify(result)).not.toContain(VECTOR_PRIVATE_KEY)
  })

  test('default: kdf-proof signs for the vector address', async () => {
    const proof = await runSignerJob({
      kind: 'kdf-proof',
      pin: '123456',
      appId: 'localhost',
      materials: kdfMaterials,
    })
    const message = kdfProofMessage({ appId: 'localhost', ...kdfMaterials, ...proof })
    await expect(
      verifyMessage({ address: VECTOR_ADDRESS, message, signature: proof.signature as Hex }),
    ).resolves.toBe(true)
    const json = JSON.stringify(proof)
    expect(json).not.toContain('123456')
    expect(json).not.toContain(VECTOR_PRIVATE_KEY)
  })

  test('default: email-create then email-open-sign-hash match the direct functions', async () => {
    const challenge = {
      externalUserId: 'e-9',
      challenge: 'Yw',
      challengeExpiresAt: '2025-11-21T10:15:00Z',
    }
    const created = await runSignerJob({
      kind: 'email-create',
      passphrase: PASSPHRASE,
      appId: 'localhost',
      materials: challenge,
    })
    expect(JSON.stringify(created)).not.toContain(PASSPHRASE)
    const backup = {
      encryptedPrivateKey: created.encryptedPrivateKey,
      backupSalt: created.backupSalt,
      backupKdf: created.backupKdf,
    }
    const viaJob = await runSignerJob({
      kind: 'email-open-sign-hash',
      passphrase: PASSPHRASE,
      backup,
      userOpHash,
    })
    expect(viaJob).toEqual(
      await signEmailUserOpHash({ passphrase: PASSPHRASE, backup, userOpHash }),
    )
    expect(viaJob.publicKey).toBe(created.publicKey)
    const wrong = await rejection(
      runSignerJob({
        kind: 'email-open-proof',
        passphrase: 'violet anchor misty orbiT',
        appId: 'localhost',
        materials: { ...challenge, ...backup },
      }),
    )
    expect(wrong).toBeInstanceOf(IbexValidationError)
    expect([wrong.code, (wrong as IbexValidationError).field]).toEqual([
      'validation/passphrase-wrong',
      'passphrase',
    ])
  })

  test('behavior: validation errors come back as the same IbexValidationError', async () => {
    const error = await rejection(runSignerJob({ ...signHashJob, pin: '12' }))
    expect(error).toBeInstanceOf(IbexValidationError)
    expect(error.code).toBe('validation/pin-too-short')
    expect((error as IbexValidationError).field).toBe('pin')
    expect(error.shortMessage).toBe('The PIN needs at least 4 digits.')
  })

  test('behavior: an unknown kind is refused', async () => {
    const error = await rejection(runSignerJob({ kind: 'steal-key' } as never))
    expect(error.code).toBe('validation/signer-job-unknown')
  })

  test('behavior: an aborted signal rejects with signer/aborted', async () => {
    const before = await rejection(runSignerJob(signHashJob, { signal: AbortSignal.abort() }))
    expect(before.code).toBe('signer/aborted')
    const controller = new AbortController()
    const running = runSignerJob(signHashJob, { signal: controller.signal })
    controller.abort()
    expect((await rejection(running)).code).toBe('signer/aborted')
  })
})

describe('runSignerJob with Worker (browsers)', () => {
  test('default: one module worker runs two jobs in a row, and goes once idle', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    // Only the timers: the jobs' promises run as usual.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      expect(await runSignerJob(signHashJob)).toEqual(direct)
      expect(await runSignerJob(signHashJob)).toEqual(direct)
      expect(FakeWorker.instances).toHaveLength(1)
      const [worker] = FakeWorker.instances
      // The source says `./signerWorker.js` (the file tsc emits next to signerWorkerPool.js);
      // Vite, which runs these tests as it runs apps in development, resolves it to the source.
      expect(worker?.url.pathname).toMatch(/\/core\/kdf\/signerWorker\.(js|ts)$/)
      expect(worker?.options).toEqual({ type: 'module' })
      expect(worker?.received).toEqual(['kdf-sign-hash', 'kdf-sign-hash'])
      // The idle countdown started when the last job answered.
      vi.advanceTimersByTime(signerWorkerPool.idleTimeout - 1)
      expect(worker?.terminated).toBe(false)
      vi.advanceTimersByTime(1)
      expect(worker?.terminated).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  test('behavior: prewarmSigner starts the worker ahead of the job, which then reuses it', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    await prewarmSigner()
    expect(FakeWorker.instances).toHaveLength(1)
    expect(FakeWorker.instances[0]?.received).toEqual(['prewarm'])
    // A second prewarm (focus) while it runs starts nothing new.
    await prewarmSigner()
    expect(await runSignerJob(signHashJob)).toEqual(direct)
    expect(FakeWorker.instances).toHaveLength(1)
    expect(FakeWorker.instances[0]?.received).toEqual(['prewarm', 'kdf-sign-hash'])
  })

  test('behavior: a job finding the kept worker busy gets its own, terminated after', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const [first, second] = await Promise.all([
      runSignerJob(signHashJob),
      runSignerJob(signHashJob),
    ])
    expect([first, second]).toEqual([direct, direct])
    expect(FakeWorker.instances.map((worker) => worker.terminated)).toEqual([false, true])
  })

  test('behavior: a worker that could not wipe what the job left (no SIMD) is terminated', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    FakeWorker.reusable = false
    expect(await runSignerJob(signHashJob)).toEqual(direct)
    expect(FakeWorker.instances[0]?.terminated).toBe(true)
    expect(await runSignerJob(signHashJob)).toEqual(direct)
    expect(FakeWorker.instances).toHaveLength(2)
  })

  test('behavior: errors cross the worker boundary as their class', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const error = await rejection(runSignerJob({ ...signHashJob, userOpHash: '0x00' as never }))
    expect(error).toBeInstanceOf(IbexValidationError)
    expect(error.code).toBe('validation/user-op-hash-malformed')
    // A refused job leaves the worker as clean as a successful one: it is kept.
    expect(FakeWorker.instances[0]?.terminated).toBe(false)
  })

  test('behavior: aborting terminates the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const controller = new AbortController()
    const running = runSignerJob(signHashJob, { signal: controller.signal })
    controller.abort()
    expect((await rejection(running)).code).toBe('signer/aborted')
    expect(FakeWorker.instances[0]?.terminated).toBe(true)
  })

  test('behavior: a worker that cannot load falls back to the thread', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    FakeWorker.mode = 'fail-to-load'
    await expect(runSignerJob(signHashJob)).resolves.toEqual(direct)
    expect(FakeWorker.instances[0]?.terminated).toBe(true)
  })

  test('behavior: an answer that cannot be read is signer/failed', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    FakeWorker.mode = 'unreadable'
    expect((await rejection(runSignerJob(signHashJob))).code).toBe('signer/failed')
    expect(FakeWorker.instances[0]?.terminated).toBe(true)
  })

  test('parameters: worker false runs in the thread', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const error = await rejection(runSignerJob({ ...signHashJob, pin: 'abcd' }, { worker: false }))
    expect(error.code).toBe('validation/pin-not-digits')
    expect(FakeWorker.instances).toHaveLength(0)
  })
})
