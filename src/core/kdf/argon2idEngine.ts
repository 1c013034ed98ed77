import { createBLAKE2b } from 'hash-wasm'
import type { IHasher } from 'hash-wasm'
import { ARGON2_KERNEL_LAYOUT } from './ARGON2_KERNEL_LAYOUT.ts'
import { argon2KernelBytes } from './argon2KernelBytes.ts'
import type { Argon2KernelExports } from './argon2KernelBytes.ts'

/** One realm's Argon2id engine: the kernel instance, its memory, and Blake2b hashers. */
export type Argon2idEngineState = {
  kernel: Argon2KernelExports
  memory: WebAssembly.Memory
  /** Blake2b by digest size in bytes (64 for H0 and H', the tag's size for its last piece). */
  hasher: (digestBytes: number) => IHasher
  /** The digest sizes handed out so far, so that `scrub` reaches every hasher. */
  hashers: Map<number, IHasher>
}

const PAGE = 65536
const BLOCK = 1024
// hash-wasm copies each `update` into a 16 KiB buffer of its own WASM memory, and Blake2b keeps
// its last 128-byte block; hashing this many public zeros overwrites both.
const HASHER_BUFFER = 16 * 1024
let zeros: Uint8Array | undefined

// Compiled once per realm and kept: compiling is most of a cold worker's fixed cost.
let module: Promise<WebAssembly.Module> | undefined
let engine: Promise<Argon2idEngineState> | undefined
let releaseTimer: ReturnType<typeof setTimeout> | undefined

async function load(): Promise<Argon2idEngineState> {
  module ??= WebAssembly.compile(argon2KernelBytes()).catch((error: unknown) => {
    // A refusal (a CSP without 'wasm-unsafe-eval') is reported by every call, not cached.
    module = undefined
    throw error
  })
  const memory = new WebAssembly.Memory({ initial: 1 })
  const [compiled, blake512] = await Promise.all([module, createBLAKE2b(512)])
  const instance = await WebAssembly.instantiate(compiled, { env: { memory } })
  const hashers = new Map<number, IHasher>([[64, blake512]])
  return {
    // WebAssembly types exports as untyped values; this module is ours and exports exactly these.
    kernel: instance.exports as unknown as Argon2KernelExports,
    memory,
    hashers,
    hasher: (bytes) => {
      const hasher = hashers.get(bytes)
      if (!hasher) throw new RangeError(`no Blake2b hasher for a ${bytes}-byte digest`)
      return hasher
    },
  }
}

/**
 * The kit's Argon2id engine, one per realm (page or worker), kept between derivations so that
 * only the first pays for compiling the kernel, instantiating it and faulting in its memory: the
 * `WebAssembly.Module`, one instance, one `WebAssembly.Memory` grown to the largest m' asked
 * for (WASM memory never shrinks), and hash-wasm's Blake2b hashers. Between derivations it holds
 * no secret: `argon2idWasmSimd` zeroes the blocks it used and `scrub`s the hashers before it
 * returns. `release` drops it all (a minute after the last use, by itself), leaving the memory to
 * the garbage collector.
 *
 * @example
 * const state = await argon2idEngine.acquire(65536 * 1024)
 */
export const argon2idEngine = {
  /** Unused this long (ms), the engine is released. */
  idleTimeout: 60_000,

  /**
   * The engine, with at least `bytes` of kernel memory and a hasher of each digest size in
   * `digestSizes`. Resolves without touching the memory: callers fill it synchronously after the
   * `await`, so concurrent derivations never interleave on it.
   */
  async acquire(bytes: number, digestSizes: readonly number[] = []): Promise<Argon2idEngineState> {
    engine ??= load().catch((error: unknown) => {
      engine = undefined
      throw error
    })
    const state = await engine
    for (const size of digestSizes) {
      if (!state.hashers.has(size)) state.hashers.set(size, await createBLAKE2b(size * 8))
    }
    const missing = Math.ceil(bytes / PAGE) - state.memory.buffer.byteLength / PAGE
    if (missing > 0) state.memory.grow(missing)
    argon2idEngine.touch()
    return state
  },

  /**
   * Gets the engine ready for a derivation over `memoryKiB` KiB ahead of it (a prewarmed
   * worker): compiled, instantiated, and its memory grown and written once, so that the
   * derivation does not pay the page faults of a first touch. Holds no secret.
   */
  async prepare(memoryKiB: number): Promise<void> {
    const before = engine ? (await engine).memory.buffer.byteLength : 0
    const state = await argon2idEngine.acquire(
      ARGON2_KERNEL_LAYOUT.firstBlock + memoryKiB * BLOCK,
      [32],
    )
    // Zeros into pages that are zero already: only to have the OS map them now.
    new Uint8Array(state.memory.buffer).fill(0, before)
  },

  /**
   * Puts each Blake2b hasher back in a state that depends on public data only: hash-wasm keeps
   * the last input in its buffer and Blake2b its last block, and `init()` clears neither.
   */
  scrub(hashers: Iterable<IHasher>): void {
    zeros ??= new Uint8Array(HASHER_BUFFER)
    for (const hasher of hashers) {
      hasher.init().update(zeros).digest('binary')
      hasher.init()
    }
  },

  /** Restarts the idle countdown. */
  touch(): void {
    if (releaseTimer !== undefined) clearTimeout(releaseTimer)
    releaseTimer = setTimeout(argon2idEngine.release, argon2idEngine.idleTimeout)
    // Node: an idle engine must not keep the process alive.
    ;(releaseTimer as { unref?: () => void }).unref?.()
  },

  /** Drops the instance, its memory and the hashers (the compiled module stays). */
  release(): void {
    if (releaseTimer !== undefined) clearTimeout(releaseTimer)
    releaseTimer = undefined
    engine = undefined
  },

  /**
   * What the engine keeps between derivations, for tests that check it holds no secret: a view
   * of the kernel memory and each hasher's saved state, or `undefined` when there is none.
   */
  async residue(): Promise<{ memory: Uint8Array; hasherStates: Uint8Array[] } | undefined> {
    const state = await engine
    if (!state) return undefined
    return {
      memory: new Uint8Array(state.memory.buffer),
      hasherStates: [...state.hashers.values()].map((hasher) => hasher.save()),
    }
  },
}
