import type { QueryObserverOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { QuoteSwapParameters } from '../core/operations/quoteSwap.ts'
import { loadOnDemand } from '../core/utils/loadOnDemand.ts'
import type { SwapQuote } from '../core/schemas/swapQuoteSchema.ts'
import { quoteRefreshOptions } from './quoteRefreshOptions.ts'
import { swapQuoteQueryKey, type SwapQuoteQueryKey } from './swapQuoteQueryKey.ts'

/** Parameters of {@link swapQuoteQueryOptions}; the query waits until the three inputs are filled. */
export type SwapQuoteQueryOptionsParameters<data = SwapQuote> = Partial<
  Pick<QuoteSwapParameters, 'sellToken' | 'buyToken' | 'amount'>
> &
  Pick<QuoteSwapParameters, 'chainId' | 'provider'> & {
    /** Ask for a new quote this long before the current one expires. Default 15 000 ms. */
    refreshBeforeExpiryMs?: number | undefined
    /** TanStack options (`select`, `enabled` …), applied over the kit's. */
    query?:
      | Omit<
          QueryObserverOptions<SwapQuote, IbexError, data, SwapQuote, SwapQuoteQueryKey>,
          'queryKey' | 'queryFn'
        >
      | undefined
  }

/**
 * Query options of a swap quote (`quoteSwap`): cached per user, tokens, amount, chain and
 * provider; fresh until `refreshBeforeExpiryMs` before it expires, and then quoted again by
 * itself (also when the window regains focus), so the quote on screen is always executable.
 * Enabled once `sellToken`, `buyToken` and `amount` are filled in and someone is signed in; bad
 * inputs fail with an `IbexValidationError` and are not retried.
 *
 * @example
 * const quote = await queryClient.fetchQuery(swapQuoteQueryOptions(client, { sellToken, buyToken, amount: '10' }))
 */
export function swapQuoteQueryOptions<data = SwapQuote>(
  client: IbexClient,
  parameters: SwapQuoteQueryOptionsParameters<data> = {},
): QueryObserverOptions<SwapQuote, IbexError, data, SwapQuote, SwapQuoteQueryKey> & {
  queryKey: SwapQuoteQueryKey
} {
  const { query, refreshBeforeExpiryMs = 15_000, ...params } = parameters
  const { sellToken, buyToken, amount, chainId, provider } = params
  const user = client.session.getSnapshot().user
  const filled = Boolean(sellToken && buyToken && amount?.trim())
  return {
    ...quoteRefreshOptions<SwapQuote>(refreshBeforeExpiryMs),
    refetchOnWindowFocus: true,
    ...query,
    enabled: user !== null && filled ? (query?.enabled ?? true) : false,
    queryKey: swapQuoteQueryKey(client, {
      sellToken,
      buyToken,
      amount,
      chainId,
      provider,
    }),
    queryFn: async ({ signal }) =>
      (
        await loadOnDemand('The swap quote', () => import('../core/operations/quoteSwap.ts'))
      ).quoteSwap(
        client,
        {
          sellToken: sellToken ?? '',
          buyToken: buyToken ?? '',
          amount: amount ?? '',
          chainId,
          provider,
        },
        { signal },
      ),
  }
}
