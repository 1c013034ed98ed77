import type { Hex } from 'viem'
import { signUserOpHashWith, type SignedUserOpHash } from '../kdf/signUserOpHashWith.ts'
import { validateUserOpHash } from '../kdf/validateUserOpHash.ts'
import type { EmailBackup } from './decodeEmailBackup.ts'
import { withEmailBackupAccount } from './withEmailBackupAccount.ts'
import type { IbexProtocolProfile } from '../protocol/IbexProtocolProfile.ts'

export type SignEmailUserOpHashParameters = {
  /** As typed; never stored or returned. */
  passphrase: string
  backup: EmailBackup
  /** From `POST /safes/operations`. */
  userOpHash: Hex
  /** @default defaultProtocolProfile */
  protocol?: IbexProtocolProfile | undefined
}

/**
 * Opens the email backup and signs an operation (docs/protocol.md "Operations"):
 * `personal_sign` of the 32 `userOpHash` bytes. Apps call it through
 * `runSignerJob({ kind: 'email-open-sign-hash', ... })`.
 *
 * @param parameters - Passphrase, backup and hash.
 * @returns `{ signature, publicKey }`, the PUT body.
 * @example
 * const body = await signEmailUserOpHash({ passphrase, backup, userOpHash })
 */
export async function signEmailUserOpHash(
  parameters: SignEmailUserOpHashParameters,
): Promise<SignedUserOpHash> {
  const userOpHash = validateUserOpHash(parameters.userOpHash)
  const { protocol } = parameters
  return withEmailBackupAccount(
    parameters.passphrase,
    parameters.backup,
    (account) => signUserOpHashWith(account, userOpHash, protocol),
    protocol,
  )
}
