'use client'
import type { OperationMutationData } from '../../query/operationMutationOptions.ts'
import { operationMutationOptions } from '../../query/operationMutationOptions.ts'
import type { OperationVariables } from '../../query/OperationVariables.ts'
import type {
  OperationMutationResult,
  UseOperationMutationParameters,
} from '../internal/operationMutationKind.ts'
import { useOperationMutation } from '../internal/useOperationMutation.ts'

/** What `mutate` of {@link useAaveSupply} takes (amounts as typed strings, plus the signer's inputs). */
export type AaveSupplyVariables = OperationVariables<'aaveSupply'>

/** What {@link useAaveSupply} resolves with: the outcome and `operation` (amounts as strings and bigint). */
export type AaveSupplyData = OperationMutationData<'aaveSupply'>

/** Parameters of {@link useAaveSupply}: `tracking`, `lookups`, and TanStack's `mutation` options. */
export type UseAaveSupplyParameters = UseOperationMutationParameters<
  AaveSupplyData,
  AaveSupplyVariables
>

/** Return type of {@link useAaveSupply}: TanStack's mutation result plus `stage` and `cancel`. */
export type UseAaveSupplyReturnType = OperationMutationResult<AaveSupplyData, AaveSupplyVariables>

/**
 * Supplies a token to Aave (`token`, `amount`; `poolAddress` and `referralCode` optional); it then shows in the user's positions.
 * One run: checks → prepare → the session's signer (passkey prompt; `pin`, `passphrase` (+
 * `emailCode`) or `signer` for the other sign-in methods, used once and never cached) → execute
 * → tracked until confirmed; `stage` follows it. Never retried; a second submit while one runs
 * is refused; a confirmed operation refreshes balances, transactions, positions and history.
 *
 * @example
 * const { mutate: supply } = useAaveSupply()
 * supply({ token: usdAddress, amount: '25' })
 */
export function useAaveSupply(parameters: UseAaveSupplyParameters = {}): UseAaveSupplyReturnType {
  return useOperationMutation('useAaveSupply', parameters, (client, options) =>
    operationMutationOptions(client, 'aaveSupply', options),
  )
}
