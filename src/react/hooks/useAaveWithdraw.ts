'use client'
import type { OperationMutationData } from '../../query/operationMutationOptions.ts'
import { operationMutationOptions } from '../../query/operationMutationOptions.ts'
import type { OperationVariables } from '../../query/OperationVariables.ts'
import type {
  OperationMutationResult,
  UseOperationMutationParameters,
} from '../internal/operationMutationKind.ts'
import { useOperationMutation } from '../internal/useOperationMutation.ts'

/** What `mutate` of {@link useAaveWithdraw} takes (amounts as typed strings, plus the signer's inputs). */
export type AaveWithdrawVariables = OperationVariables<'aaveWithdraw'>

/** What {@link useAaveWithdraw} resolves with: the outcome and `operation` (amounts as strings and bigint). */
export type AaveWithdrawData = OperationMutationData<'aaveWithdraw'>

/** Parameters of {@link useAaveWithdraw}: `tracking`, `lookups`, and TanStack's `mutation` options. */
export type UseAaveWithdrawParameters = UseOperationMutationParameters<
  AaveWithdrawData,
  AaveWithdrawVariables
>

/** Return type of {@link useAaveWithdraw}: TanStack's mutation result plus `stage` and `cancel`. */
export type UseAaveWithdrawReturnType = OperationMutationResult<
  AaveWithdrawData,
  AaveWithdrawVariables
>

/**
 * Withdraws a token from Aave (`token`, `amount`); more than the position is `validation/amount-exceeds-position`.
 * One run: checks → prepare → the session's signer (passkey prompt; `pin`, `passphrase` (+
 * `emailCode`) or `signer` for the other sign-in methods, used once and never cached) → execute
 * → tracked until confirmed; `stage` follows it. Never retried; a second submit while one runs
 * is refused; a confirmed operation refreshes balances, transactions, positions and history.
 *
 * @example
 * const { mutate: withdraw } = useAaveWithdraw()
 * withdraw({ token: usdAddress, amount: '25' })
 */
export function useAaveWithdraw(
  parameters: UseAaveWithdrawParameters = {},
): UseAaveWithdrawReturnType {
  return useOperationMutation('useAaveWithdraw', parameters, (client, options) =>
    operationMutationOptions(client, 'aaveWithdraw', options),
  )
}
