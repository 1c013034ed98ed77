import { hyperliquidDraft } from './hyperliquidDraft.ts'
import type { OperationDraft } from './OperationDraft.ts'
import type { OperationInput } from './OperationInput.ts'
import type { OperationSummaryOf } from './OperationSummary.ts'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { signMessageDraft } from './signMessageDraft.ts'
import { swapDraft } from './swapDraft.ts'
import { transferDraft } from './transferDraft.ts'
import { vaultDraft } from './vaultDraft.ts'

/**
 * Checks an {@link OperationInput} as far as it can without a request (addresses, amount
 * syntax, quote expiry, slippage …) and returns its draft; the first problem throws an
 * `IbexValidationError` naming the field (prefixed by `at` inside a batch).
 *
 * @example
 * const draft = draftOperation({ kind: 'transfer', token, to, amount: '5' }, '', Date.now())
 */
export function draftOperation<TInput extends OperationInput>(
  input: TInput,
  at: string,
  now: number,
): OperationDraft<OperationSummaryOf<TInput['kind']>> {
  const draft = (() => {
    const candidate: OperationInput = input
    switch (candidate.kind) {
      case 'transfer':
        return transferDraft(candidate, at)
      case 'swap':
        return swapDraft(candidate, at, now)
      case 'aaveSupply':
      case 'aaveWithdraw':
      case 'morphoDeposit':
      case 'morphoWithdraw':
        return vaultDraft(candidate, at)
      case 'hyperliquidDeposit':
      case 'hyperliquidVault':
      case 'hyperliquidWithdraw':
        return hyperliquidDraft(candidate, at)
      case 'signMessage':
        return signMessageDraft(candidate, at)
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
