import type { IbexClient } from '../client/IbexClient.ts'
import type { OperationResult } from './OperationResult.ts'
import type { OperationRunInputs } from './OperationRunInputs.ts'
import type { OperationRunOptions } from './OperationRunOptions.ts'
import type { SignMessageSummary } from './OperationSummary.ts'
import { runOperation } from './runOperation.ts'

/** The message and the run's inputs (chain, PIN / passphrase / wallet). */
export type SignSafeMessageParameters = OperationRunInputs & { message: string }

/**
 * The outcome, and in `operation` the message, its EIP-191 `messageHash` and the Safe's
 * `signature` for ERC-1271 (valid once `status` is `confirmed`).
 */
export type SignSafeMessageReturnType = OperationResult<SignMessageSummary>

/**
 * Has the user's Safe sign a text message: a `SIGN_MESSAGE` operation (docs/protocol.md
 * "Operations"), signed by the session's signer like any operation (passkey prompt; `pin`,
 * `passphrase` or `signer` otherwise) and tracked until confirmed. Then the Safe itself vouches for
 * the message: ERC-1271 `isValidSignature(messageHash, signature)` answers yes, which
 * `verifySafeMessage` (or any ERC-1271 verifier) checks on chain. An empty or over-long message is
 * refused before any request (`validation/message-required`, `validation/message-too-long`).
 *
 * @example
 * const { status, safeAddress, operation } = await signSafeMessage(client, { message: 'I agree' })
 * // operation.messageHash, operation.signature → a SEPA mandate's `signature`
 */
export function signSafeMessage(
  client: IbexClient,
  parameters: SignSafeMessageParameters,
  options: OperationRunOptions = {},
): Promise<SignSafeMessageReturnType> {
  return runOperation(client, { ...parameters, kind: 'signMessage' }, options)
}
