import { argon2id, createBLAKE2b } from 'hash-wasm'
import { bytesToHex } from 'viem'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { ARGON2_KERNEL_LAYOUT } from '../../../src/core/kdf/ARGON2_KERNEL_LAYOUT.ts'
import { argon2KernelBytes } from '../../../src/core/kdf/argon2KernelBytes.ts'
import { argon2idEngine } from '../../../src/core/kdf/argon2idEngine.ts'
import { argon2idWasmSimd } from '../../../src/core/kdf/argon2idWasmSimd.ts'

const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length))

// Index of the first non-zero byte, or -1: word by word, 64 MiB byte by byte is slow.
function firstNonZero(bytes: Uint8Array): number {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2)
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== 0) return i * 4
  }
  return -1
}

const reference = (password: Uint8Array, salt: Uint8Array, memory: number, parallelism = 1) =>
  argon2id({
    password,
    salt,
    memorySize: memory,
    iterations: 2,
    parallelism,
    hashLength: 32,
    outputType: 'hex',
  })

afterEach(() => {
  vi.restoreAllMocks()
})

describe('argon2idEngine', () => {
  test('default: compiled and instantiated once, then reused (memory grown, never per call)', async () => {
    const password = randomBytes(6)
    const salt = randomBytes(16)
    await argon2idWasmSimd({ password, salt, memory: 8, iterations: 1, parallelism: 1 })
    argon2idEngine.release()
    const instantiate = vi.spyOn(WebAssembly, 'instantiate')
    const compile = vi.spyOn(WebAssembly, 'compile')
    for (const memory of [8192, 16384, 8192]) {
      const tag = await argon2idWasmSimd({ password, salt, memory, iterations: 2, parallelism: 1 })
      expect(bytesToHex(tag).slice(2)).toBe(await reference(password, salt, memory))
    }
    // hash-wasm's own instances (the reference, its Blake2b) go through instantiate too: count
    // only those of the kernel, which imports a memory.
    const kernelInstances = instantiate.mock.calls.filter(
      ([, imports]) => imports !== undefined && 'env' in imports,
    )
    expect(kernelInstances).toHaveLength(1)
    // The module survives `release`: the kernel is never compiled twice in a realm (hash-wasm
    // compiles its own argon2 module here, for the reference).
    expect(compile.mock.calls.filter(([bytes]) => bytes === argon2KernelBytes())).toEqual([])
    expect(compile).toHaveBeenCalled()
    const residue = await argon2idEngine.residue()
    expect(residue?.memory.byteLength).toBeGreaterThanOrEqual(
      ARGON2_KERNEL_LAYOUT.firstBlock + 16384 * 1024,
    )
  })

  test('behavior: between derivations it holds no secret: memory zeroed, Blake2b memory scrubbed', async () => {
    argon2idEngine.release()
    // The engine's Blake2b instances, caught as hash-wasm instantiates them.
    const instantiate = vi.spyOn(WebAssembly, 'instantiate')
    const blake2bMemories = async () => {
      const instances = await Promise.all(instantiate.mock.results.map(({ value }) => value))
      instantiate.mockClear()
      return instances.flatMap((instance: WebAssembly.Instance) => {
        const memory = instance.exports.memory
        return memory instanceof WebAssembly.Memory ? [new Uint8Array(memory.buffer)] : []
      })
    }
    const tag = await argon2idWasmSimd({
      password: randomBytes(8),
      salt: randomBytes(16),
      memory: 65536,
      iterations: 1,
      parallelism: 1,
    })
    expect(firstNonZero(tag)).not.toBe(-1)
    const used = await blake2bMemories()
    expect(used).toHaveLength(2) // Blake2b-512 (H0, H') and Blake2b-256 (the tag)

    const residue = await argon2idEngine.residue()
    if (!residue) throw new Error('the engine should be kept between derivations')
    expect(residue.memory.byteLength).toBeGreaterThanOrEqual(
      ARGON2_KERNEL_LAYOUT.firstBlock + 65536 * 1024,
    )
    expect(firstNonZero(residue.memory)).toBe(-1)

    // Byte for byte, each Blake2b memory is that of a new hasher that only hashed public zeros:
    // nothing of H0, of the first or last blocks, or of the tag's hash chain.
    const clean = await Promise.all([createBLAKE2b(512), createBLAKE2b(256)])
    argon2idEngine.scrub(clean)
    const cleanMemories = await blake2bMemories()
    expect(used).toEqual(cleanMemories)
    // The comparison can fail: init() alone, what the kit did before, leaves the input behind.
    const dirty = await createBLAKE2b(512)
    dirty.init().update(randomBytes(1000)).digest('binary')
    dirty.init()
    expect(await blake2bMemories()).not.toEqual([cleanMemories[0]])
  })

  test('behavior: concurrent derivations share the engine without mixing their blocks', async () => {
    const inputs = Array.from({ length: 3 }, (_, i) => ({
      password: randomBytes(6),
      salt: randomBytes(16),
      memory: 8192 * (i + 1),
    }))
    const tags = await Promise.all(
      inputs.map((input) => argon2idWasmSimd({ ...input, iterations: 2, parallelism: 1 })),
    )
    for (const [i, input] of inputs.entries()) {
      expect(bytesToHex(tags[i] as Uint8Array).slice(2)).toBe(
        await reference(input.password, input.salt, input.memory),
      )
    }
  })

  test('behavior: release drops the instance and its memory; the next call makes new ones', async () => {
    await argon2idWasmSimd({
      password: randomBytes(6),
      salt: randomBytes(16),
      memory: 8,
      iterations: 1,
      parallelism: 1,
    })
    argon2idEngine.release()
    expect(await argon2idEngine.residue()).toBeUndefined()
    const password = randomBytes(6)
    const salt = randomBytes(16)
    const tag = await argon2idWasmSimd({
      password,
      salt,
      memory: 8192,
      iterations: 2,
      parallelism: 1,
    })
    expect(bytesToHex(tag).slice(2)).toBe(await reference(password, salt, 8192))
  })
})
