import { createBLAKE2b } from 'hash-wasm'
import type { IHasher } from 'hash-wasm'
import { ARGON2_KERNEL_LAYOUT } from './ARGON2_KERNEL_LAYOUT.ts'
import { argon2KernelBytes } from './argon2KernelBytes.ts'
import type { Argon2KernelExports } from './argon2KernelBytes.ts'
import { blake2bLong } from './blake2bLong.ts'

/** Inputs of one Argon2id evaluation (version 0x13). Numbers are already validated. */
export type Argon2idInput = {
  password: Uint8Array
  salt: Uint8Array
  /** m, in KiB (1 KiB blocks); at least 8 · parallelism. */
  memory: number
  /** t, the number of passes. */
  iterations: number
  /** p, the number of lanes, computed one after another. */
  parallelism: number
  /** T in bytes; 32 unless said. */
  hashLength?: number
  /** K, Argon2's optional secret (empty for the kit). */
  secret?: Uint8Array
  /** X, Argon2's optional associated data (empty for the kit). */
  associatedData?: Uint8Array
}

const VERSION = 0x13
const TYPE_ARGON2ID = 2
const BLOCK = 1024
const PAGE = 65536

// Compiled once per realm (a signer worker compiles it once per job); instances are per call.
let kernel: Promise<WebAssembly.Module> | undefined
// Blake2b hashers by digest size, kept across calls: creating one instantiates a WASM module
// with its own memory, which right after a 64 MiB allocation costs several milliseconds of
// V8's external-memory GC. Concurrent calls cannot mix their states: each call uses them only
// in stretches without an await.
const hashers = new Map<number, Promise<IHasher>>()
const blake2b = (bytes: number) => {
  let hasher = hashers.get(bytes)
  if (!hasher) {
    hasher = createBLAKE2b(bytes * 8)
    hashers.set(bytes, hasher)
  }
  return hasher
}

/**
 * Argon2id (RFC 9106, version 0x13) on the kit's WebAssembly SIMD kernel: H0 and H' run on
 * hash-wasm's Blake2b, the m' blocks live in a `WebAssembly.Memory` made for this call, and the
 * kernel fills them segment by segment (lanes one after another). Requires WebAssembly SIMD; see
 * `argon2idBytes` for the check and the fallback. The memory is wiped before returning: a
 * memset of 1 to 3 ms per 64 MiB on the bench machine, against some 25 ms of page faults that
 * the first pass pays to touch it. The caller owns the result and must wipe it.
 *
 * @param input - Password, salt, cost parameters and the optional K and X.
 * @returns The T-byte tag.
 * @example
 * const tag = await argon2idWasmSimd({ password, salt, memory: 65536, iterations: 3, parallelism: 1 })
 */
export async function argon2idWasmSimd(input: Argon2idInput): Promise<Uint8Array<ArrayBuffer>> {
  const { password, salt, memory, iterations, parallelism } = input
  const hashLength = input.hashLength ?? 32
  const secret = input.secret ?? new Uint8Array(0)
  const associatedData = input.associatedData ?? new Uint8Array(0)
  if (!(parallelism >= 1 && memory >= 8 * parallelism && iterations >= 1 && hashLength >= 4)) {
    // Callers validate first (validateKdfParams); this only keeps a misuse from looping on
    // garbage offsets.
    throw new RangeError('Argon2 needs p ≥ 1, m ≥ 8p KiB, t ≥ 1 and a tag of at least 4 bytes')
  }
  const lanes = parallelism
  const segmentLength = Math.floor(memory / (4 * lanes))
  const laneLength = 4 * segmentLength
  const blockCount = lanes * laneLength

  // H' needs Blake2b-512 for the 1 KiB blocks, and Blake2b of the tag's last piece: the whole
  // tag up to 64 bytes, else what follows its chained 32-byte halves.
  const tagTail = hashLength <= 64 ? hashLength : hashLength - 32 * (Math.ceil(hashLength / 32) - 2)
  kernel ??= WebAssembly.compile(argon2KernelBytes())
  const [module, blake512, blakeTail] = await Promise.all([kernel, blake2b(64), blake2b(tagTail)])
  const hasher = (bytes: number): IHasher => {
    if (bytes === 64) return blake512
    if (bytes === tagTail) return blakeTail
    throw new RangeError(`no Blake2b hasher for a ${bytes}-byte digest`)
  }
  const wasmMemory = new WebAssembly.Memory({
    initial: Math.ceil((ARGON2_KERNEL_LAYOUT.firstBlock + blockCount * BLOCK) / PAGE),
  })
  const instance = await WebAssembly.instantiate(module, { env: { memory: wasmMemory } })
  const kernelExports = instance.exports as unknown as Argon2KernelExports
  const bytes = new Uint8Array(wasmMemory.buffer)
  const memoryView = new DataView(wasmMemory.buffer)
  const blockAt = (lane: number, index: number) => {
    const start = ARGON2_KERNEL_LAYOUT.firstBlock + (lane * laneLength + index) * BLOCK
    return bytes.subarray(start, start + BLOCK)
  }

  const header = new Uint8Array(24)
  const seed = new Uint8Array(72)
  const finalBlock = new Uint8Array(BLOCK)
  try {
    const view = new DataView(header.buffer)
    const le32 = (value: number) => {
      const out = new Uint8Array(4)
      new DataView(out.buffer).setUint32(0, value, true)
      return out
    }
    ;[lanes, hashLength, memory, iterations, VERSION, TYPE_ARGON2ID].forEach((value, i) =>
      view.setUint32(4 * i, value, true),
    )
    const h0 = blake512.init().update(header)
    for (const field of [password, salt, secret, associatedData]) {
      h0.update(le32(field.length)).update(field)
    }
    const digest = h0.digest('binary')
    seed.set(digest)
    digest.fill(0)

    const seedView = new DataView(seed.buffer)
    for (let lane = 0; lane < lanes; lane++) {
      seedView.setUint32(68, lane, true)
      for (const index of [0, 1]) {
        seedView.setUint32(64, index, true)
        blake2bLong(blockAt(lane, index), [seed], hasher)
      }
    }

    const { inputBlock } = ARGON2_KERNEL_LAYOUT
    for (let pass = 0; pass < iterations; pass++) {
      for (let slice = 0; slice < 4; slice++) {
        for (let lane = 0; lane < lanes; lane++) {
          if (pass === 0 && slice < 2) {
            // Input block of data-independent addressing: u64 pass, lane, slice, m', t, type,
            // counter, then zeros. Every value fits the low u32 of its u64.
            bytes.fill(0, inputBlock, inputBlock + BLOCK)
            ;[pass, lane, slice, blockCount, iterations, TYPE_ARGON2ID].forEach((value, i) => {
              memoryView.setUint32(inputBlock + 8 * i, value, true)
            })
          }
          kernelExports.fillSegment(pass, slice, lane, lanes, laneLength, segmentLength)
        }
      }
    }

    for (let lane = 0; lane < lanes; lane++) {
      const last = blockAt(lane, laneLength - 1)
      for (let i = 0; i < BLOCK; i++)
        finalBlock[i] = (finalBlock[i] as number) ^ (last[i] as number)
    }
    const tag = new Uint8Array(hashLength)
    blake2bLong(tag, [finalBlock], hasher)
    return tag
  } finally {
    seed.fill(0)
    finalBlock.fill(0)
    bytes.fill(0)
    // Resets the Blake2b states, which held H0 and the last block's hash chain.
    blake512.init()
    blakeTail.init()
  }
}
