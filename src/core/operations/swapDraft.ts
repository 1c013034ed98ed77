import { isAddressEqual, parseUnits } from 'viem'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { fieldPath } from './fieldPath.ts'
import type { OperationDraft } from './OperationDraft.ts'
import type { SwapInput } from './OperationInput.ts'
import type { SwapSummary } from './OperationSummary.ts'

/**
 * `SWAP_FROM_QUOTE` (docs/protocol.md) from a quote of `getSwapQuote`: refused before any
 * request when the quote has expired (`validation/quote-expired` on `quote`: get a new quote),
 * is for another chain or Safe (`validation/quote-mismatch`), or the slippage is not a percent
 * from 0 to 50 (`validation/slippage-invalid`). The sell amount is checked against the balance.
 *
 * @example
 * const draft = swapDraft({ kind: 'swap', quote, slippage: 0.5 }, '', Date.now())
 */
export function swapDraft(input: SwapInput, at: string, now: number): OperationDraft<SwapSummary> {
  const quoteField = fieldPath(at, 'quote')
  const slippageField = fieldPath(at, 'slippage')
  const { quote, slippage } = input
  if (typeof quote?.quoteId !== 'string' || typeof quote.expiresAt !== 'number') {
    throw new IbexValidationError({
      code: 'validation/quote-missing',
      field: quoteField,
      message: `\`${quoteField}\` must be a quote from getSwapQuote (useSwapQuote).`,
    })
  }
  if (!(quote.expiresAt > now)) {
    throw new IbexValidationError({
      code: 'validation/quote-expired',
      field: quoteField,
      message: 'This quote has expired: get a new one.',
      details: `expired at ${new Date(quote.expiresAt).toISOString()}`,
    })
  }
  if (
    slippage !== undefined &&
    !(typeof slippage === 'number' && slippage >= 0 && slippage <= 50)
  ) {
    throw new IbexValidationError({
      code: 'validation/slippage-invalid',
      field: slippageField,
      message: `\`${slippageField}\` must be a percentage from 0 to 50.`,
    })
  }
  return {
    batchable: true,
    async finish(book, account) {
      const otherChain = quote.chainId !== undefined && quote.chainId !== account.chainId
      const otherSafe =
        quote.safeAddress !== undefined && !isAddressEqual(quote.safeAddress, account.safeAddress)
      if (otherChain || otherSafe) {
        throw new IbexValidationError({
          code: 'validation/quote-mismatch',
          field: quoteField,
          message: `This quote is for ${otherChain ? `chain ${quote.chainId}` : `Safe ${quote.safeAddress}`}, not this operation's.`,
        })
      }
      const holding = await book.token(quote.sellToken, quoteField)
      const value =
        holding.decimals === quote.sellTokenDecimals
          ? quote.sellValue
          : parseUnits(quote.sellAmount, holding.decimals)
      book.spend(holding, value, quoteField)
      return {
        item: {
          type: 'SWAP_FROM_QUOTE',
          quoteId: quote.quoteId,
          ...(quote.orderUid ? { orderUid: quote.orderUid } : {}),
          ...(slippage === undefined ? {} : { slippage }),
        },
        summary: {
          kind: 'swap',
          type: 'SWAP_FROM_QUOTE',
          quoteId: quote.quoteId,
          provider: quote.provider,
          sellToken: quote.sellToken,
          sellAmount: quote.sellAmount,
          sellValue: quote.sellValue,
          buyToken: quote.buyToken,
          buyAmount: quote.buyAmount,
          buyValue: quote.buyValue,
          slippage,
        },
      }
    },
  }
}
