import { ARGON2_KERNEL_LAYOUT } from './ARGON2_KERNEL_LAYOUT.ts'
import { argon2idEngine } from './argon2idEngine.ts'
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

/**
 * Argon2id (RFC 9106, version 0x13) on the kit's WebAssembly SIMD kernel: H0 and H' run on
 * hash-wasm's Blake2b, the m' blocks live in the realm's `argon2idEngine` memory (compiled,
 * instantiated and allocated once, then reused), and the kernel fills them segment by segment
 * (lanes one after another). Requires WebAssembly SIMD; see `argon2idBytes` for the check and the
 * fallback. Before returning, the blocks it used are wiped (a memset of a few ms per 64 MiB) and
 * the hashers scrubbed, so the engine holds no secret between calls. The caller owns the result
 * and must wipe it.
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
  const used = ARGON2_KERNEL_LAYOUT.firstBlock + blockCount * BLOCK
  const engine = await argon2idEngine.acquire(used, [tagTail])
  // From here to the return nothing awaits: no other derivation can use the memory meanwhile.
  const { kernel, hasher } = engine
  const blake512 = hasher(64)
  const bytes = new Uint8Array(engine.memory.buffer, 0, used)
  const memoryView = new DataView(engine.memory.buffer, 0, used)
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
          kernel.fillSegment(pass, slice, lane, lanes, laneLength, segmentLength)
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
    // Zeroed once, here, and only what this call wrote: the memory was zero (fresh pages, or
    // the previous call's wipe) and Argon2 reads no block before writing it.
    seed.fill(0)
    finalBlock.fill(0)
    bytes.fill(0)
    // The Blake2b states and buffers held H0 and the last block's hash chain.
    argon2idEngine.scrub(engine.hashers.values())
  }
}
