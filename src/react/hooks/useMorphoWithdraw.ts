'use client'
import type { OperationMutationData } from '../../query/operationMutationOptions.ts'
import { operationMutationOptions } from '../../query/operationMutationOptions.ts'
import type { OperationVariables } from '../../query/OperationVariables.ts'
import type {
  OperationMutationResult,
  UseOperationMutationParameters,
} from '../internal/operationMutationKind.ts'
import { useOperationMutation } from '../internal/useOperationMutation.ts'

/** What `mutate` of {@link useMorphoWithdraw} takes (amounts as typed strings, plus the signer's inputs). */
export type MorphoWithdrawVariables = OperationVariables<'morphoWithdraw'>

/** What {@link useMorphoWithdraw} resolves with: the outcome and `operation` (amounts as strings and bigint). */
export type MorphoWithdrawData = OperationMutationData<'morphoWithdraw'>

/** Parameters of {@link useMorphoWithdraw}: `tracking`, `lookups`, and TanStack's `mutation` options. */
export type UseMorphoWithdrawParameters = UseOperationMutationParameters<
  MorphoWithdrawData,
  MorphoWithdrawVariables
>

/** Return type of {@link useMorphoWithdraw}: TanStack's mutation result plus `stage` and `cancel`. */
export type UseMorphoWithdrawReturnType = OperationMutationResult<
  MorphoWithdrawData,
  MorphoWithdrawVariables
>

/**
 * Withdraws from a Morpho vault, by amount (`token`, `amount`) or by vault shares (`shares` as a whole-number string, `vaultAddress`).
 * One run: checks → prepare → the session's signer (passkey prompt; `pin`, `passphrase` (+
 * `emailCode`) or `signer` for the other sign-in methods, used once and never cached) → execute
 * → tracked until confirmed; `stage` follows it. Never retried; a second submit while one runs
 * is refused; a confirmed operation refreshes balances, transactions, positions and history.
 *
 * @example
 * const { mutate: withdraw } = useMorphoWithdraw()
 * withdraw({ shares: '30000000000000000000', vaultAddress })
 */
export function useMorphoWithdraw(
  parameters: UseMorphoWithdrawParameters = {},
): UseMorphoWithdrawReturnType {
  // Named: inference would pick one member of the variables union (amount or shares).
  return useOperationMutation<MorphoWithdrawData, MorphoWithdrawVariables>(
    'useMorphoWithdraw',
    parameters,
    (client, options) => operationMutationOptions(client, 'morphoWithdraw', options),
  )
}
