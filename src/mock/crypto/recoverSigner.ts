import { isHex, recoverMessageAddress, type Address } from 'viem'
import { MockHttpError } from '../errors/MockHttpError.ts'

/**
 * The address that signed `message` with EIP-191 `personal_sign`, required to be `expected`;
 * else 400 INVALID_SIGNATURE naming `what` was signed.
 */
export async function recoverSigner(
  message: string,
  signature: string,
  expected: Address,
  what: string,
): Promise<void> {
  let recovered: Address
  try {
    if (!isHex(signature)) throw new Error('not hex')
    recovered = await recoverMessageAddress({ message, signature })
  } catch {
    throw new MockHttpError('INVALID_SIGNATURE', 'signature is not a valid EIP-191 signature')
  }
  if (recovered !== expected) {
    throw new MockHttpError('INVALID_SIGNATURE', `signature was not made by ${what}`)
  }
}
