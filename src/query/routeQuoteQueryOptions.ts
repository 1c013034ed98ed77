import type { DataTag, QueryObserverOptions } from '@tanstack/query-core'
import {
  getRouteQuote,
  type GetRouteQuoteParameters,
} from '../core/actions/routes/getRouteQuote.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { IbexRouteQuote } from '../core/parse/IbexRouteQuote.ts'
import { ibexQueryKeys, type IbexUserQueryKey } from './ibexQueryKeys.ts'
import { ibexQueryScope } from './ibexQueryScope.ts'
import { quoteRefreshOptions } from './quoteRefreshOptions.ts'

/** The key of a route quote, tagged with its data type. */
export type RouteQuoteQueryKey = DataTag<IbexUserQueryKey<'routeQuote'>, IbexRouteQuote, IbexError>

/** Parameters of {@link routeQuoteQueryOptions}; the query waits for tokens, amount and destination. */
export type RouteQuoteQueryOptionsParameters<data = IbexRouteQuote> = Partial<
  Pick<GetRouteQuoteParameters, 'sellToken' | 'buyToken' | 'amount' | 'destinationChainId'>
> &
  Pick<GetRouteQuoteParameters, 'sourceChainId' | 'provider'> & {
    /** Ask for a new quote this long before the current one expires. Default 15 000 ms. */
    refreshBeforeExpiryMs?: number | undefined
    /** TanStack options (`select`, `enabled` …), applied over the kit's. */
    query?:
      | Omit<
          QueryObserverOptions<IbexRouteQuote, IbexError, data, IbexRouteQuote, RouteQuoteQueryKey>,
          'queryKey' | 'queryFn'
        >
      | undefined
  }

/**
 * Query options of a route quote (`getRouteQuote`): cached per user and request; fresh until
 * `refreshBeforeExpiryMs` before it expires, then quoted again by itself, so the quote on screen
 * stays executable. Enabled once the tokens, amount and destination chain are filled in and
 * someone is signed in; bad inputs fail with an `IbexValidationError` and are not retried.
 *
 * @example
 * const quote = await queryClient.fetchQuery(routeQuoteQueryOptions(client, { sellToken, buyToken, amount: '10', destinationChainId: 100 }))
 */
export function routeQuoteQueryOptions<data = IbexRouteQuote>(
  client: IbexClient,
  parameters: RouteQuoteQueryOptionsParameters<data> = {},
): QueryObserverOptions<IbexRouteQuote, IbexError, data, IbexRouteQuote, RouteQuoteQueryKey> & {
  queryKey: RouteQuoteQueryKey
} {
  const { query, refreshBeforeExpiryMs = 15_000, ...request } = parameters
  const { sellToken, buyToken, amount, destinationChainId, sourceChainId, provider } = request
  const user = client.session.getSnapshot().user
  const filled = Boolean(
    sellToken && buyToken && amount?.trim() && destinationChainId !== undefined,
  )
  // The tag is a type only: this key's entries hold an IbexRouteQuote.
  const queryKey = ibexQueryKeys.routeQuote(ibexQueryScope(client), user?.externalUserId ?? '', {
    sellToken,
    buyToken,
    amount,
    destinationChainId,
    sourceChainId,
    provider,
  }) as RouteQuoteQueryKey
  return {
    ...quoteRefreshOptions<IbexRouteQuote>(refreshBeforeExpiryMs),
    ...query,
    enabled: user !== null && filled ? (query?.enabled ?? true) : false,
    queryKey,
    queryFn: ({ signal }) =>
      getRouteQuote(
        client,
        {
          sellToken: sellToken ?? '',
          buyToken: buyToken ?? '',
          amount: amount ?? '',
          destinationChainId: destinationChainId ?? 0,
          sourceChainId,
          provider,
        },
        { signal },
      ),
  }
}
