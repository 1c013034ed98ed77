'use client'
import type { OperationMutationData } from '../../query/operationMutationOptions.ts'
import { operationMutationOptions } from '../../query/operationMutationOptions.ts'
import type { OperationVariables } from '../../query/OperationVariables.ts'
import type {
  OperationMutationResult,
  UseOperationMutationParameters,
} from '../internal/operationMutationKind.ts'
import { useOperationMutation } from '../internal/useOperationMutation.ts'

/** What `mutate` of {@link useHyperliquidVault} takes (amounts as typed strings, plus the signer's inputs). */
export type HyperliquidVaultVariables = OperationVariables<'hyperliquidVault'>

/** What {@link useHyperliquidVault} resolves with: the outcome and `operation` (amounts as strings and bigint). */
export type HyperliquidVaultData = OperationMutationData<'hyperliquidVault'>

/** Parameters of {@link useHyperliquidVault}: `tracking`, `lookups`, and TanStack's `mutation` options. */
export type UseHyperliquidVaultParameters = UseOperationMutationParameters<
  HyperliquidVaultData,
  HyperliquidVaultVariables
>

/** Return type of {@link useHyperliquidVault}: TanStack's mutation result plus `stage` and `cancel`. */
export type UseHyperliquidVaultReturnType = OperationMutationResult<
  HyperliquidVaultData,
  HyperliquidVaultVariables
>

/**
 * Moves funds between the Hyperliquid account and IBEx's Hyperliquid vault: `action: 'enter'` or `'withdraw'`, `amount`.
 * One run: checks → prepare → the session's signer (passkey prompt; `pin`, `passphrase` (+
 * `emailCode`) or `signer` for the other sign-in methods, used once and never cached) → execute
 * → tracked until confirmed; `stage` follows it. Never retried; a second submit while one runs
 * is refused; a confirmed operation refreshes balances, transactions, positions and history.
 *
 * @example
 * const { mutate: move } = useHyperliquidVault()
 * move({ action: 'enter', amount: '5' })
 */
export function useHyperliquidVault(
  parameters: UseHyperliquidVaultParameters = {},
): UseHyperliquidVaultReturnType {
  return useOperationMutation('useHyperliquidVault', parameters, (client, options) =>
    operationMutationOptions(client, 'hyperliquidVault', options),
  )
}
