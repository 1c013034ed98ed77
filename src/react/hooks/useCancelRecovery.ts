'use client'
import type { OperationMutationData } from '../../query/operationMutationOptions.ts'
import { operationMutationOptions } from '../../query/operationMutationOptions.ts'
import type { OperationVariables } from '../../query/OperationVariables.ts'
import type {
  OperationMutationResult,
  UseOperationMutationParameters,
} from '../internal/operationMutationKind.ts'
import { useOperationMutation } from '../internal/useOperationMutation.ts'

/** What `mutate` of {@link useCancelRecovery} takes (plus the signer's inputs). */
export type CancelRecoveryVariables = OperationVariables<'cancelRecovery'>

/** What {@link useCancelRecovery} resolves with: the outcome and `operation`. */
export type CancelRecoveryData = OperationMutationData<'cancelRecovery'>

/** Parameters of {@link useCancelRecovery}: `tracking`, `lookups`, and TanStack's `mutation` options. */
export type UseCancelRecoveryParameters = UseOperationMutationParameters<
  CancelRecoveryData,
  CancelRecoveryVariables
>

/** Return type of {@link useCancelRecovery}: TanStack's mutation result plus `stage` and `cancel`. */
export type UseCancelRecoveryReturnType = OperationMutationResult<
  CancelRecoveryData,
  CancelRecoveryVariables
>

/**
 * Turns the Safe's recovery module off (`CANCEL_RECOVERY`). A Safe whose recovery is off is IBEx's
 * 400 (`http/bad-request`). Once confirmed, `useRecoveryStatus` and `useUserChains` refresh.
 * One run: checks → prepare → the session's signer (passkey prompt; `pin`, `passphrase` (+
 * `emailCode`) or `signer` for the other sign-in methods, used once and never cached) → execute
 * → tracked until confirmed; `stage` follows it. Never retried; a second submit while one runs
 * is refused.
 *
 * @example
 * const { mutate: cancelRecovery, isPending } = useCancelRecovery()
 * <button type="button" disabled={isPending} onClick={() => cancelRecovery({})}>Turn recovery off</button>
 */
export function useCancelRecovery(
  parameters: UseCancelRecoveryParameters = {},
): UseCancelRecoveryReturnType {
  return useOperationMutation('useCancelRecovery', parameters, (client, options) =>
    operationMutationOptions(client, 'cancelRecovery', options),
  )
}
