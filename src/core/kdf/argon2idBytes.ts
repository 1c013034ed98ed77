import { argon2idHashWasm } from './argon2idHashWasm.ts'
import { argon2idWasmSimd } from './argon2idWasmSimd.ts'
import type { KdfParams } from './validateKdfParams.ts'
import { wasmSimdSupported } from './wasmSimdSupported.ts'

/**
 * Argon2id (version 0x13) of `NFKC(secret)` as UTF-8, 32 bytes: the first step of the PIN
 * derivation and of the email backup key (docs/protocol.md). Runs on the kit's
 * WebAssembly SIMD kernel, or on hash-wasm's scalar build where SIMD is missing; both give the
 * same bytes. The caller owns the result and must `fill(0)` it after use.
 *
 * @param secret - The PIN or passphrase.
 * @param salt - Raw salt bytes.
 * @param params - Already checked with `validateKdfParams`.
 * @returns 32 secret bytes.
 * @example
 * const key = await argon2idBytes('123456', salt, { algo: 'argon2id', memory: 65536, iterations: 3, parallelism: 1 })
 */
export async function argon2idBytes(
  secret: string,
  salt: Uint8Array,
  params: KdfParams,
): Promise<Uint8Array<ArrayBuffer>> {
  // `secret` and its NFKC form are JS strings: immutable, they cannot be wiped and live until
  // garbage collection (in the signer worker, at the latest until its idle timeout terminates
  // it). The UTF-8 copy is ours and is wiped; so are the SIMD engine's blocks and Blake2b
  // buffers. hash-wasm's fallback keeps its blocks in WASM memory of its own, which is why a
  // worker that ran it is terminated after the job.
  const password = new TextEncoder().encode(secret.normalize('NFKC'))
  try {
    if (!wasmSimdSupported()) return await argon2idHashWasm(password, salt, params)
    return await argon2idWasmSimd({
      password,
      salt,
      memory: params.memory,
      iterations: params.iterations,
      parallelism: params.parallelism,
    })
  } finally {
    password.fill(0)
  }
}
