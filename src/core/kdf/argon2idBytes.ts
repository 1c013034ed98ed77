import { argon2id } from 'hash-wasm'
import type { KdfParams } from './validateKdfParams.ts'

/**
 * Argon2id (version 0x13, hash-wasm's only version) of `NFKC(secret)` as UTF-8, 32 bytes: the
 * first step of the PIN derivation and of the email backup key (design.md "Protocol decisions").
 * The caller owns the result and must `fill(0)` it after use.
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
  // garbage collection. The UTF-8 copy is ours and is wiped. hash-wasm also keeps the password
  // hash H0 and Argon2's 64 MiB of blocks in WASM memory it never clears; they go with the WASM
  // instance (a new one per call), which is one reason the kit runs each job in a worker that is
  // terminated afterwards.
  const password = new TextEncoder().encode(secret.normalize('NFKC'))
  try {
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
  } finally {
    password.fill(0)
  }
}
