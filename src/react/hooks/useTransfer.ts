'use client'
import type { OperationMutationData } from '../../query/operationMutationOptions.ts'
import { operationMutationOptions } from '../../query/operationMutationOptions.ts'
import type { OperationVariables } from '../../query/OperationVariables.ts'
import type {
  OperationMutationResult,
  UseOperationMutationParameters,
} from '../internal/operationMutationKind.ts'
import { useOperationMutation } from '../internal/useOperationMutation.ts'

/** What `mutate` of {@link useTransfer} takes (amounts as typed strings, plus the signer's inputs). */
export type TransferVariables = OperationVariables<'transfer'>

/** What {@link useTransfer} resolves with: the outcome and `operation` (amounts as strings and bigint). */
export type TransferData = OperationMutationData<'transfer'>

/** Parameters of {@link useTransfer}: `tracking`, `lookups`, and TanStack's `mutation` options. */
export type UseTransferParameters = UseOperationMutationParameters<TransferData, TransferVariables>

/** Return type of {@link useTransfer}: TanStack's mutation result plus `stage` and `cancel`. */
export type UseTransferReturnType = OperationMutationResult<TransferData, TransferVariables>

/**
 * Sends a token, or the chain's native coin (`token: 'native'`), from the user's Safe to `to`.
 * One run: checks → prepare → the session's signer (passkey prompt; `pin`, `passphrase` (+
 * `emailCode`) or `signer` for the other sign-in methods, used once and never cached) → execute
 * → tracked until confirmed; `stage` follows it. Never retried; a second submit while one runs
 * is refused; a confirmed operation refreshes balances, transactions, positions and history.
 *
 * @example
 * const { mutate: send, stage, error } = useTransfer()
 * <button type="button" onClick={() => send({ token: eurAddress, to, amount: '12.5' })}>Send</button>
 * {stage === 'signing' && <p>Confirm with your passkey…</p>}
 * {error?.code === 'validation/amount-exceeds-balance' && <p>{error.shortMessage}</p>}
 */
export function useTransfer(parameters: UseTransferParameters = {}): UseTransferReturnType {
  return useOperationMutation('useTransfer', parameters, (client, options) =>
    operationMutationOptions(client, 'transfer', options),
  )
}
