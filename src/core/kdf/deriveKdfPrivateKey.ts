import { argon2idBytes } from './argon2idBytes.ts'
import { defaultProtocolProfile } from '../protocol/defaultProtocolProfile.ts'
import type { IbexProtocolProfile } from '../protocol/IbexProtocolProfile.ts'
import { base64ToBytes } from '../utils/base64.ts'
import type { KdfParams } from './validateKdfParams.ts'

/** `env` of the HKDF info when the client sets none (docs/protocol.md). */
export const DEFAULT_KDF_ENV = 'v1'

/** What binds a PIN-derived key to one user of one app. */
export type KdfKeyContext = {
  /** Defaults to the rpId in the client. */
  appId: string
  env: string
  externalUserId: string
}

/**
 * The PIN mode's private key: Argon2id over the PIN, then HKDF with IBEx's info
 * `ibex-safe-signer|<appId>|<env>|<externalUserId>` and `protocol.kdf.hkdf` (default SHA-256,
 * empty salt, 32 bytes). Inputs are already validated.
 * The caller owns the result and must wipe it (`withSecp256k1Account` does).
 *
 * @param pin - NFKC-normalised PIN (from `validatePin`).
 * @param salt - Decoded server salt.
 * @param kdf - Checked Argon2id parameters.
 * @param context - appId, env and externalUserId for the HKDF info.
 * @param hkdf - Hash, base64 salt and length (`protocol.kdf.hkdf`).
 * @returns 32 secret bytes, not yet checked against the curve order.
 * @example
 * const privateKey = await deriveKdfPrivateKey('123456', salt, kdf, { appId: 'localhost', env: 'v1', externalUserId: 'u1' })
 */
export async function deriveKdfPrivateKey(
  pin: string,
  salt: Uint8Array,
  kdf: KdfParams,
  context: KdfKeyContext,
  hkdf: IbexProtocolProfile['kdf']['hkdf'] = defaultProtocolProfile.kdf.hkdf,
): Promise<Uint8Array<ArrayBuffer>> {
  const argonOutput = await argon2idBytes(pin, salt, kdf)
  let ikm: CryptoKey
  try {
    ikm = await crypto.subtle.importKey('raw', argonOutput, 'HKDF', false, ['deriveBits'])
  } finally {
    // WebCrypto keeps its own copy inside the non-extractable CryptoKey, out of our reach.
    argonOutput.fill(0)
  }
  const info = new TextEncoder().encode(
    `ibex-safe-signer|${context.appId}|${context.env}|${context.externalUserId}`,
  )
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: hkdf.hash, salt: base64ToBytes(hkdf.salt), info },
    ikm,
    hkdf.length * 8,
  )
  return new Uint8Array(bits)
}
