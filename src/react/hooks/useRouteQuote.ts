'use client'
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { IbexQueryErrorType } from '../../core/errors/IbexQueryErrorType.ts'
import type { IbexRefusalError } from '../../core/errors/IbexRefusalError.ts'
import type { IbexRouteQuote } from '../../core/parse/IbexRouteQuote.ts'
import {
  routeQuoteQueryOptions,
  type RouteQuoteQueryKey,
  type RouteQuoteQueryOptionsParameters,
} from '../../query/routeQuoteQueryOptions.ts'
import { useIbexDataContext } from '../internal/useIbexDataContext.ts'
import { withQueryKey } from '../internal/withQueryKey.ts'

/** Parameters of {@link useRouteQuote}. */
export type UseRouteQuoteParameters<data = IbexRouteQuote> = RouteQuoteQueryOptionsParameters<data>

/** Return type of {@link useRouteQuote}: the query plus its `queryKey`. */
export type UseRouteQuoteReturnType<data = IbexRouteQuote> = UseQueryResult<
  data,
  IbexQueryErrorType | IbexRefusalError
> & {
  queryKey: RouteQuoteQueryKey
}

/**
 * A route quote (`POST /safes/routes/quote`): `amount` of `sellToken` on the source chain (the
 * session's unless named) delivered as `buyToken` on `destinationChainId`, Safe to Safe. Idle
 * until the tokens, amount and destination are filled in; bad input is an `IbexValidationError`
 * with no request (`validation/address-*`, `validation/amount-*`, `validation/tokens-same`,
 * `validation/chain-unsupported`); quoted again by itself before it expires. Execute it with
 * `useRoute`.
 *
 * @example
 * const { data: quote, error } = useRouteQuote({ sellToken: eur, buyToken: eure, amount, destinationChainId: 100 })
 * {quote && <p>You receive {quote.buyAmount} on Gnosis</p>}
 */
export function useRouteQuote<data = IbexRouteQuote>(
  parameters: UseRouteQuoteParameters<data> = {},
): UseRouteQuoteReturnType<data> {
  const { client, queryClient } = useIbexDataContext('useRouteQuote')
  const options = routeQuoteQueryOptions(client, parameters)
  // The factory types its errors as any IbexError; what it throws is this union (IBEx's verdict
  // on the amount, `validation/amount-exceeds-balance`, is an IbexRefusalError).
  const result = useQuery(options, queryClient) as UseQueryResult<
    data,
    IbexQueryErrorType | IbexRefusalError
  >
  return withQueryKey(result, options.queryKey)
}
