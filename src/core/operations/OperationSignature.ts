import type { AuthenticationResponseJSON } from '@simplewebauthn/browser'
import type { Address, Hex } from 'viem'

/**
 * What signs a prepared operation in the PUT body (docs/protocol.md "Operations"): a passkey
 * assertion over the challenge, or for PIN, email and 7702 users the `personal_sign` of the 32
 * `userOpHash` bytes by the bound key (`userOpHash` names the intent it signs), as
 * `protocol.operation` writes it (default 0x-hex, with `publicKey`).
 *
 * @example
 * const signed: OperationSignature = { signature, publicKey, userOpHash }
 */
export type OperationSignature =
  | { credential: AuthenticationResponseJSON }
  | { signature: string; publicKey?: Address | undefined; userOpHash?: Hex | undefined }
