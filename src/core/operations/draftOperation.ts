import type { OperationDraft } from './OperationDraft.ts'
import type { OperationInput } from './OperationInput.ts'
import type { OperationSummaryOf } from './OperationSummary.ts'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { loadOnDemand } from '../utils/loadOnDemand.ts'
import { transferDraft } from './transferDraft.ts'

/**
 * Checks an {@link OperationInput} as far as it can without a request (addresses, amount
 * syntax, quote expiry, slippage …) and returns its draft; the first problem throws an
 * `IbexValidationError` naming the field (prefixed by `at` inside a batch). A transfer's checks
 * come with the operation pipeline; every other kind's load with its first use, so that an app
 * that only transfers never downloads the swap, vault, Hyperliquid, recovery, route and message
 * drafts. No request to IBEx is made either way.
 *
 * @example
 * const draft = await draftOperation({ kind: 'transfer', token, to, amount: '5' }, '', Date.now())
 */
export async function draftOperation<TInput extends OperationInput>(
  input: TInput,
  at: string,
  now: number,
): Promise<OperationDraft<OperationSummaryOf<TInput['kind']>>> {
  const candidate: OperationInput = input
  const draft = await (async () => {
    switch (candidate.kind) {
      case 'transfer':
        return transferDraft(candidate, at)
      case 'swap':
        return (await loadOnDemand('The swap checks', () => import('./swapDraft.ts'))).swapDraft(
          candidate,
          at,
          now,
        )
      case 'aaveSupply':
      case 'aaveWithdraw':
      case 'morphoDeposit':
      case 'morphoWithdraw':
        return (await loadOnDemand('The vault checks', () => import('./vaultDraft.ts'))).vaultDraft(
          candidate,
          at,
        )
      case 'hyperliquidDeposit':
      case 'hyperliquidVault':
      case 'hyperliquidWithdraw':
        return (
          await loadOnDemand('The Hyperliquid checks', () => import('./hyperliquidDraft.ts'))
        ).hyperliquidDraft(candidate, at)
      case 'enableRecovery':
      case 'cancelRecovery':
        return (
          await loadOnDemand('The recovery checks', () => import('./recoveryDraft.ts'))
        ).recoveryDraft(candidate, at, now)
      case 'route':
        return (await loadOnDemand('The route checks', () => import('./routeDraft.ts'))).routeDraft(
          candidate,
          at,
          now,
        )
      case 'signMessage':
        return (
          await loadOnDemand('The message checks', () => import('./signMessageDraft.ts'))
        ).signMessageDraft(candidate, at)
      default:
        throw new IbexValidationError({
          code: 'validation/operation-unknown',
          field: at ? `${at}.kind` : 'kind',
          message: `Unknown operation kind ${JSON.stringify((candidate as { kind?: unknown }).kind)}.`,
        })
    }
  })()
  // The switch followed `input.kind`, so the summary is the one of TInput's kind.
  return draft as OperationDraft<OperationSummaryOf<TInput['kind']>>
}
