import { argon2idEngine } from './argon2idEngine.ts'
import { argon2idWasmSimd } from './argon2idWasmSimd.ts'
import { KDF_PARAMS_BOUNDS } from './validateKdfParams.ts'
import { wasmSimdSupported } from './wasmSimdSupported.ts'
import { withSecp256k1Account } from './withSecp256k1Account.ts'

// KiB of the warm-up derivation: some 2,000 calls of G, enough for V8 to move the kernel from
// its baseline compiler to the optimised tier before the real job starts.
const WARM_UP_MEMORY = 2048

/**
 * Gets this realm (the signer worker) ready for a PIN or passphrase job before the user finishes
 * typing: compiles and instantiates the Argon2 kernel, grows its memory to `memoryKiB` and faults
 * it in, then runs the job's code once on public inputs only (an Argon2id of zeros, an HKDF of
 * zeros, a signature by the private key 1) so that V8 has optimised it and viem's curve tables
 * exist. Nothing secret is involved, and what it leaves is what any finished job leaves.
 *
 * @param memoryKiB - Argon2id's m for the coming job (the server's `kdf.memory`, usually 65536).
 * @example
 * await prewarmSignerRealm(65536)
 */
export async function prewarmSignerRealm(memoryKiB: number): Promise<void> {
  const { min, max } = KDF_PARAMS_BOUNDS.memory
  if (wasmSimdSupported()) {
    await argon2idEngine.prepare(Math.min(max, Math.max(min, Math.floor(memoryKiB) || min)))
    const tag = await argon2idWasmSimd({
      password: new Uint8Array(6),
      salt: new Uint8Array(16),
      memory: WARM_UP_MEMORY,
      iterations: 1,
      parallelism: 1,
    })
    tag.fill(0)
  }
  const ikm = await crypto.subtle.importKey('raw', new Uint8Array(32), 'HKDF', false, [
    'deriveBits',
  ])
  await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new Uint8Array(0) },
    ikm,
    256,
  )
  const one = new Uint8Array(32)
  one[31] = 1
  await withSecp256k1Account(one, (account) => account.signMessage({ message: 'warm-up' }))
}
