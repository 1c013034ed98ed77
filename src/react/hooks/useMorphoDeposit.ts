'use client'
import type { OperationMutationData } from '../../query/operationMutationOptions.ts'
import { operationMutationOptions } from '../../query/operationMutationOptions.ts'
import type { OperationVariables } from '../../query/OperationVariables.ts'
import type {
  OperationMutationResult,
  UseOperationMutationParameters,
} from '../internal/operationMutationKind.ts'
import { useOperationMutation } from '../internal/useOperationMutation.ts'

/** What `mutate` of {@link useMorphoDeposit} takes (amounts as typed strings, plus the signer's inputs). */
export type MorphoDepositVariables = OperationVariables<'morphoDeposit'>

/** What {@link useMorphoDeposit} resolves with: the outcome and `operation` (amounts as strings and bigint). */
export type MorphoDepositData = OperationMutationData<'morphoDeposit'>

/** Parameters of {@link useMorphoDeposit}: `tracking`, `lookups`, and TanStack's `mutation` options. */
export type UseMorphoDepositParameters = UseOperationMutationParameters<
  MorphoDepositData,
  MorphoDepositVariables
>

/** Return type of {@link useMorphoDeposit}: TanStack's mutation result plus `stage` and `cancel`. */
export type UseMorphoDepositReturnType = OperationMutationResult<
  MorphoDepositData,
  MorphoDepositVariables
>

/**
 * Deposits a token in a Morpho vault (`token`, `amount`; `vaultAddress` optional, else IBEx's default vault for the token).
 * One run: checks → prepare → the session's signer (passkey prompt; `pin`, `passphrase` (+
 * `emailCode`) or `signer` for the other sign-in methods, used once and never cached) → execute
 * → tracked until confirmed; `stage` follows it. Never retried; a second submit while one runs
 * is refused; a confirmed operation refreshes balances, transactions, positions and history.
 *
 * @example
 * const { mutate: deposit } = useMorphoDeposit()
 * deposit({ token: eurAddress, amount: '30' })
 */
export function useMorphoDeposit(
  parameters: UseMorphoDepositParameters = {},
): UseMorphoDepositReturnType {
  return useOperationMutation('useMorphoDeposit', parameters, (client, options) =>
    operationMutationOptions(client, 'morphoDeposit', options),
  )
}
