import { formatUnits } from 'viem'
import type { MockQuote } from './MockQuote.ts'

/**
 * The quote as docs/protocol.md shows it (human amounts, `validTo` in unix seconds,
 * `comparisons` of the providers asked, `bestProvider`), plus `orderUid` and the Safe
 * and chain it is for.
 *
 * @example
 * jsonResponse(quoteResponse(quote))
 */
export function quoteResponse(quote: MockQuote): Record<string, unknown> {
  const { sellToken, buyToken, comparisons } = quote
  const buy = (amount: bigint) => formatUnits(amount, buyToken.decimals)
  const sell = (amount: bigint) => formatUnits(amount, sellToken.decimals)
  return {
    quoteId: quote.quoteId,
    chainId: quote.chainId,
    safeAddress: quote.safeAddress,
    sellToken: sellToken.address,
    sellTokenDecimals: sellToken.decimals,
    buyToken: buyToken.address,
    buyTokenDecimals: buyToken.decimals,
    sellAmount: sell(quote.sellAmount),
    feeAmount: sell(quote.feeAmount),
    buyAmount: buy(quote.buyAmount),
    validTo: quote.validTo,
    comparisons: {
      ...(comparisons.cowswap
        ? {
            cowswap: {
              provider: 'COWSWAP',
              buyAmount: buy(comparisons.cowswap.buyAmount),
              feeAmount: sell(comparisons.cowswap.feeAmount),
              validTo: quote.validTo,
            },
          }
        : {}),
      ...(comparisons.oneinch
        ? {
            oneinch: {
              provider: '1INCH',
              buyAmount: buy(comparisons.oneinch.buyAmount),
              estimatedGas: '150000',
            },
          }
        : {}),
    },
    bestProvider: quote.bestProvider,
    provider: quote.bestProvider,
    orderUid: quote.orderUid,
  }
}
