import {
  hexToBytes,
  isHex,
  keccak256,
  recoverAddress,
  recoverMessageAddress,
  stringToBytes,
  type Address,
  type Hex,
} from 'viem'
import type { PrivateKeyAccount } from 'viem/accounts'
import { decodeBinary, encodeBinary } from './binaryText.ts'
import type { IbexProtocolProfile } from './IbexProtocolProfile.ts'

type SignatureRule = IbexProtocolProfile['proof']['signature']

/**
 * Signs a proof message by the profile's scheme and writes the 65-byte signature in its encoding.
 *
 * @example
 * await signProofMessage(account, message, { scheme: 'eip191', encoding: 'hex' })
 */
export async function signProofMessage(
  account: PrivateKeyAccount,
  message: string,
  rule: SignatureRule,
): Promise<string> {
  let signature: Hex
  if (rule.scheme === 'eip191') signature = await account.signMessage({ message })
  else if (rule.scheme === 'eip191-keccak')
    signature = await account.signMessage({ message: { raw: keccak256(stringToBytes(message)) } })
  else signature = await account.sign({ hash: keccak256(stringToBytes(message)) })
  return rule.encoding === 'hex' ? signature : encodeBinary(hexToBytes(signature), rule.encoding)
}

/**
 * Reads a signature written in `encoding` as 0x-hex, or `undefined` when it is not 65 bytes in it.
 *
 * @example
 * readSignature('0x…130 hex digits', 'hex')
 */
export function readSignature(text: string, encoding: SignatureRule['encoding']): Hex | undefined {
  if (encoding === 'hex') return isHex(text) && text.length === 132 ? text : undefined
  const bytes = decodeBinary(text, encoding)
  if (bytes?.length !== 65) return undefined
  return encodeBinary(bytes, 'hex') as Hex
}

/**
 * The address that signed `message` by the profile's scheme (the mock's check of a proof), or
 * `undefined` when the signature is unreadable.
 *
 * @example
 * await recoverProofSigner(message, signature, profile.proof.signature)
 */
export async function recoverProofSigner(
  message: string,
  signature: string,
  rule: SignatureRule,
): Promise<Address | undefined> {
  const hex = readSignature(signature, rule.encoding)
  if (hex === undefined) return undefined
  const digest = keccak256(stringToBytes(message))
  try {
    if (rule.scheme === 'eip191') return await recoverMessageAddress({ message, signature: hex })
    if (rule.scheme === 'eip191-keccak')
      return await recoverMessageAddress({ message: { raw: digest }, signature: hex })
    return await recoverAddress({ hash: digest, signature: hex })
  } catch {
    return undefined
  }
}
