'use client'
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { IbexQueryErrorType } from '../../core/errors/IbexQueryErrorType.ts'
import type { SwapQuote } from '../../core/schemas/swapQuoteSchema.ts'
import type { SwapQuoteQueryKey } from '../../query/swapQuoteQueryKey.ts'
import {
  swapQuoteQueryOptions,
  type SwapQuoteQueryOptionsParameters,
} from '../../query/swapQuoteQueryOptions.ts'
import { useIbexDataContext } from '../internal/useIbexDataContext.ts'
import { useRetryCountdown } from './useRetryCountdown.ts'

/** Parameters of {@link useSwapQuote}. */
export type UseSwapQuoteParameters = SwapQuoteQueryOptionsParameters

/** Return type of {@link useSwapQuote}: the query, its key, and the live expiry. */
export type UseSwapQuoteReturnType = UseQueryResult<SwapQuote, IbexQueryErrorType> & {
  queryKey: SwapQuoteQueryKey
  /** Whole seconds until the quote on screen expires (0 without one); ticks every second. */
  secondsLeft: number
  /** A quote is on screen but can no longer be executed (a new one is on its way). */
  isExpired: boolean
}

/**
 * A live swap quote for the user's Safe: `sellToken`, `buyToken`, `amount` (as typed),
 * optional `chainId` and `provider` (`COWSWAP`, `1INCH` or `BOTH`, the default, whose offers are
 * in `data.comparisons`). It waits until the three inputs are filled, counts down to the
 * quote's expiry (`secondsLeft`), and quotes again by itself shortly before it expires. Bad
 * inputs are an `IbexValidationError` in `error`; more than the Safe holds is
 * `validation/amount-exceeds-balance`.
 *
 * @example
 * const { data: quote, secondsLeft } = useSwapQuote({ sellToken: eur, buyToken: usd, amount })
 * {quote && <p>{quote.buyAmount} USD ({quote.provider}), valid {secondsLeft} s</p>}
 * {quote?.comparisons.map((offer) => <p key={offer.provider}>{offer.provider}: {offer.buyAmount}</p>)}
 */
export function useSwapQuote(parameters: UseSwapQuoteParameters = {}): UseSwapQuoteReturnType {
  const { client, queryClient } = useIbexDataContext('useSwapQuote')
  const options = swapQuoteQueryOptions(client, parameters)
  // The factory types its errors as any IbexError; what it throws is this union.
  const result = useQuery(options, queryClient) as UseQueryResult<SwapQuote, IbexQueryErrorType>
  const secondsLeft = useRetryCountdown(result.data?.expiresAt)
  return {
    // This hook re-renders every second for the countdown anyway: tracking which fields a
    // component reads would save little, and the flat result reads better.
    ...result,
    queryKey: options.queryKey,
    secondsLeft,
    isExpired: result.data !== undefined && secondsLeft === 0,
  }
}
