'use client'
import type { OperationMutationData } from '../../query/operationMutationOptions.ts'
import { operationMutationOptions } from '../../query/operationMutationOptions.ts'
import type { OperationVariables } from '../../query/OperationVariables.ts'
import type {
  OperationMutationResult,
  UseOperationMutationParameters,
} from '../internal/operationMutationKind.ts'
import { useOperationMutation } from '../internal/useOperationMutation.ts'

/** What `mutate` of {@link useSwap} takes (amounts as typed strings, plus the signer's inputs). */
export type SwapVariables = OperationVariables<'swap'>

/** What {@link useSwap} resolves with: the outcome and `operation` (amounts as strings and bigint). */
export type SwapData = OperationMutationData<'swap'>

/** Parameters of {@link useSwap}: `tracking`, `lookups`, and TanStack's `mutation` options. */
export type UseSwapParameters = UseOperationMutationParameters<SwapData, SwapVariables>

/** Return type of {@link useSwap}: TanStack's mutation result plus `stage` and `cancel`. */
export type UseSwapReturnType = OperationMutationResult<SwapData, SwapVariables>

/**
 * Executes a quote of `useSwapQuote` (`quote`, `slippage` in percent): an expired quote is refused before any request (`validation/quote-expired`). The result's `operation` holds the amounts sold and bought.
 * One run: checks → prepare → the session's signer (passkey prompt; `pin`, `passphrase` (+
 * `emailCode`) or `signer` for the other sign-in methods, used once and never cached) → execute
 * → tracked until confirmed; `stage` follows it. Never retried; a second submit while one runs
 * is refused; a confirmed operation refreshes balances, transactions, positions and history.
 *
 * @example
 * const { data: quote } = useSwapQuote({ sellToken: eur, buyToken: usd, amount: '10' })
 * const { mutate: swap, stage } = useSwap()
 * <button type="button" disabled={!quote} onClick={() => quote && swap({ quote, slippage: 0.5 })}>Swap</button>
 */
export function useSwap(parameters: UseSwapParameters = {}): UseSwapReturnType {
  return useOperationMutation('useSwap', parameters, (client, options) =>
    operationMutationOptions(client, 'swap', options),
  )
}
