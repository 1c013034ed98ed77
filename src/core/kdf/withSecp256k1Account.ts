import { bytesToHex } from 'viem'
import { privateKeyToAccount, type PrivateKeyAccount } from 'viem/accounts'
import { IbexError } from '../errors/IbexError.ts'
import { isSecp256k1PrivateKey } from './isSecp256k1PrivateKey.ts'

/**
 * Runs `sign` with a viem account of `privateKey`, then wipes `privateKey` whatever happens, so
 * a key never outlives the job that needed it. A key outside [1, n - 1] (odds about 2^-128 for
 * a derived key) is refused with `signer/invalid-key`.
 *
 * @param privateKey - 32 secret bytes; zeroed when this returns.
 * @param sign - Signs with the account; must not return the key.
 * @returns What `sign` returns.
 * @example
 * const signature = await withSecp256k1Account(privateKey, (account) => account.signMessage({ message }))
 */
export async function withSecp256k1Account<T>(
  privateKey: Uint8Array,
  sign: (account: PrivateKeyAccount) => Promise<T>,
): Promise<T> {
  try {
    if (!isSecp256k1PrivateKey(privateKey)) {
      throw new IbexError('The derived key is not a valid secp256k1 private key.', {
        code: 'signer/invalid-key',
      })
    }
    // viem takes the key as a hex string and keeps it in the account's closures: JS strings
    // cannot be wiped, so this copy lives, unreachable, until garbage collection (in the signer
    // worker, at the latest until its idle timeout terminates it).
    return await sign(privateKeyToAccount(bytesToHex(privateKey)))
  } finally {
    privateKey.fill(0)
  }
}
