import { parseUnits } from 'viem'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { fieldPath } from './fieldPath.ts'
import type { OperationDraft } from './OperationDraft.ts'
import type { RouteInput } from './OperationInput.ts'
import type { RouteSummary } from './OperationSummary.ts'

/**
 * `ROUTE_FROM_QUOTE` (docs/protocol.md) from a quote of `quoteRoute`: refused before any
 * request when it is not such a quote (`validation/quote-missing`), has expired
 * (`validation/quote-expired`) or starts on another chain than the run's
 * (`validation/quote-mismatch`; the hooks run it on its source chain). The sell amount is
 * checked against the balance.
 *
 * @example
 * const draft = routeDraft({ kind: 'route', quote }, '', Date.now())
 */
export function routeDraft(
  input: RouteInput,
  at: string,
  now: number,
): OperationDraft<RouteSummary> {
  const field = fieldPath(at, 'quote')
  const { quote } = input
  if (typeof quote?.routeId !== 'string' || typeof quote.expiresAt !== 'number') {
    throw new IbexValidationError({
      code: 'validation/quote-missing',
      field,
      message: `\`${field}\` must be a route quote from quoteRoute (useRouteQuote).`,
    })
  }
  if (!(quote.expiresAt > now)) {
    throw new IbexValidationError({
      code: 'validation/quote-expired',
      field,
      message: 'This route quote has expired: get a new one.',
      details: `expired at ${new Date(quote.expiresAt).toISOString()}`,
    })
  }
  return {
    batchable: true,
    async finish(book, account) {
      if (quote.sourceChainId !== account.chainId) {
        throw new IbexValidationError({
          code: 'validation/quote-mismatch',
          field,
          message: `This route starts on chain ${quote.sourceChainId}, not on chain ${account.chainId}.`,
        })
      }
      const holding = await book.token(quote.sellToken, field)
      const sellValue = parseUnits(quote.sellAmount, holding.decimals)
      book.spend(holding, sellValue, field)
      return {
        item: { type: 'ROUTE_FROM_QUOTE', quoteId: quote.routeId },
        summary: {
          kind: 'route',
          type: 'ROUTE_FROM_QUOTE',
          routeId: quote.routeId,
          mode: quote.mode,
          provider: quote.provider,
          sourceChainId: quote.sourceChainId,
          destinationChainId: quote.destinationChainId,
          sellToken: quote.sellToken,
          sellAmount: quote.sellAmount,
          sellValue,
          buyToken: quote.buyToken,
          buyAmount: quote.buyAmount,
        },
      }
    },
  }
}
