'use client'
import type { OperationMutationData } from '../../query/operationMutationOptions.ts'
import { operationMutationOptions } from '../../query/operationMutationOptions.ts'
import type { OperationVariables } from '../../query/OperationVariables.ts'
import type {
  OperationMutationResult,
  UseOperationMutationParameters,
} from '../internal/operationMutationKind.ts'
import { useOperationMutation } from '../internal/useOperationMutation.ts'

/** What `mutate` of {@link useHyperliquidWithdraw} takes (amounts as typed strings, plus the signer's inputs). */
export type HyperliquidWithdrawVariables = OperationVariables<'hyperliquidWithdraw'>

/** What {@link useHyperliquidWithdraw} resolves with: the outcome and `operation` (amounts as strings and bigint). */
export type HyperliquidWithdrawData = OperationMutationData<'hyperliquidWithdraw'>

/** Parameters of {@link useHyperliquidWithdraw}: `tracking`, `lookups`, and TanStack's `mutation` options. */
export type UseHyperliquidWithdrawParameters = UseOperationMutationParameters<
  HyperliquidWithdrawData,
  HyperliquidWithdrawVariables
>

/** Return type of {@link useHyperliquidWithdraw}: TanStack's mutation result plus `stage` and `cancel`. */
export type UseHyperliquidWithdrawReturnType = OperationMutationResult<
  HyperliquidWithdrawData,
  HyperliquidWithdrawVariables
>

/**
 * Withdraws from the Hyperliquid account to a wallet (`to`, default the Safe), `amount`.
 * One run: checks → prepare → the session's signer (passkey prompt; `pin`, `passphrase` (+
 * `emailCode`) or `signer` for the other sign-in methods, used once and never cached) → execute
 * → tracked until confirmed; `stage` follows it. Never retried; a second submit while one runs
 * is refused; a confirmed operation refreshes balances, transactions, positions and history.
 *
 * @example
 * const { mutate: withdraw } = useHyperliquidWithdraw()
 * withdraw({ amount: '20' })
 */
export function useHyperliquidWithdraw(
  parameters: UseHyperliquidWithdrawParameters = {},
): UseHyperliquidWithdrawReturnType {
  return useOperationMutation('useHyperliquidWithdraw', parameters, (client, options) =>
    operationMutationOptions(client, 'hyperliquidWithdraw', options),
  )
}
