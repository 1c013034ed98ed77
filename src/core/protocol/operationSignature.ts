import { hexToBytes, stringToHex, type Hex } from 'viem'
import { encodeBinary } from './binaryText.ts'
import type { IbexProtocolProfile } from './IbexProtocolProfile.ts'

type OperationRule = IbexProtocolProfile['operation']

/**
 * What a PIN, email or 7702 key `personal_sign`s for an operation: the 32 `userOpHash` bytes, or
 * its `0x…` text as UTF-8 bytes, by `protocol.operation.message`. Always `{ raw }`, which every
 * wallet's `signMessage` takes.
 *
 * @example
 * await account.signMessage({ message: operationSignMessage(userOpHash, profile.operation) })
 */
export function operationSignMessage(userOpHash: Hex, rule: OperationRule): { raw: Hex } {
  return { raw: rule.message === 'bytes' ? userOpHash : stringToHex(userOpHash) }
}

/**
 * The signature as the PUT body carries it (`protocol.operation.signatureEncoding`).
 *
 * @example
 * encodeOperationSignature('0x…', { message: 'bytes', signatureEncoding: 'hex', publicKey: true })
 */
export function encodeOperationSignature(signature: Hex, rule: OperationRule): string {
  return rule.signatureEncoding === 'hex'
    ? signature
    : encodeBinary(hexToBytes(signature), rule.signatureEncoding)
}
