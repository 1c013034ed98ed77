import { sha256, stringToBytes } from 'viem'
import { bytesToBase64url } from '../../../core/utils/base64.ts'

/** PRF `eval.first`: base64url SHA-256("ibexfi:prf:v1:master|rpId:<rpId>") (docs/protocol.md). */
export function prfSaltOf(rpId: string): string {
  return bytesToBase64url(sha256(stringToBytes(`ibexfi:prf:v1:master|rpId:${rpId}`), 'bytes'))
}
