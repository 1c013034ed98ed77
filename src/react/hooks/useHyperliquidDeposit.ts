'use client'
import type { OperationMutationData } from '../../query/operationMutationOptions.ts'
import { operationMutationOptions } from '../../query/operationMutationOptions.ts'
import type { OperationVariables } from '../../query/OperationVariables.ts'
import type {
  OperationMutationResult,
  UseOperationMutationParameters,
} from '../internal/operationMutationKind.ts'
import { useOperationMutation } from '../internal/useOperationMutation.ts'

/** What `mutate` of {@link useHyperliquidDeposit} takes (amounts as typed strings, plus the signer's inputs). */
export type HyperliquidDepositVariables = OperationVariables<'hyperliquidDeposit'>

/** What {@link useHyperliquidDeposit} resolves with: the outcome and `operation` (amounts as strings and bigint). */
export type HyperliquidDepositData = OperationMutationData<'hyperliquidDeposit'>

/** Parameters of {@link useHyperliquidDeposit}: `tracking`, `lookups`, and TanStack's `mutation` options. */
export type UseHyperliquidDepositParameters = UseOperationMutationParameters<
  HyperliquidDepositData,
  HyperliquidDepositVariables
>

/** Return type of {@link useHyperliquidDeposit}: TanStack's mutation result plus `stage` and `cancel`. */
export type UseHyperliquidDepositReturnType = OperationMutationResult<
  HyperliquidDepositData,
  HyperliquidDepositVariables
>

/**
 * Moves the bridge asset (USDC on IBEx) from the Safe to its Hyperliquid account (`amount` typed as a string; IBEx gets a number). Never in a batch.
 * One run: checks → prepare → the session's signer (passkey prompt; `pin`, `passphrase` (+
 * `emailCode`) or `signer` for the other sign-in methods, used once and never cached) → execute
 * → tracked until confirmed; `stage` follows it. Never retried; a second submit while one runs
 * is refused; a confirmed operation refreshes balances, transactions, positions and history.
 *
 * @example
 * const { mutate: deposit } = useHyperliquidDeposit()
 * deposit({ amount: '20' })
 */
export function useHyperliquidDeposit(
  parameters: UseHyperliquidDepositParameters = {},
): UseHyperliquidDepositReturnType {
  return useOperationMutation('useHyperliquidDeposit', parameters, (client, options) =>
    operationMutationOptions(client, 'hyperliquidDeposit', options),
  )
}
