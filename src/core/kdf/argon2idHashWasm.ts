import { argon2id } from 'hash-wasm'
import type { KdfParams } from './validateKdfParams.ts'

/**
 * Argon2id (version 0x13) by hash-wasm's scalar WebAssembly build, 32 bytes: the kit's fallback
 * where WebAssembly SIMD is missing (Safari before 16.4), about 1.6× slower than the SIMD kernel.
 * hash-wasm keeps H0 and the m KiB of blocks in WASM memory it never clears; they go with its
 * instance, one per call. The caller owns the result and must wipe it.
 *
 * @param password - UTF-8 bytes, non-empty (hash-wasm refuses an empty password).
 * @param salt - Raw salt bytes, at least 8.
 * @param params - Already checked with `validateKdfParams`.
 * @returns 32 secret bytes.
 * @example
 * const tag = await argon2idHashWasm(new TextEncoder().encode('123456'), salt, params)
 */
export async function argon2idHashWasm(
  password: Uint8Array,
  salt: Uint8Array,
  params: KdfParams,
): Promise<Uint8Array<ArrayBuffer>> {
  const hash = await argon2id({
    password,
    salt,
    iterations: params.iterations,
    parallelism: params.parallelism,
    memorySize: params.memory,
    hashLength: 32,
    outputType: 'binary',
  })
  // A copy typed as ArrayBuffer-backed, which WebCrypto's types require; the original is wiped.
  const copy = new Uint8Array(hash)
  hash.fill(0)
  return copy
}
