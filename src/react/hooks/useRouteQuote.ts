'use client'
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { IbexError } from '../../core/errors/IbexError.ts'
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
export type UseRouteQuoteReturnType<data = IbexRouteQuote> = UseQueryResult<data, IbexError> & {
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
  return withQueryKey(useQuery(options, queryClient), options.queryKey)
}
