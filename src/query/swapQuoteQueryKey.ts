import type { IbexClient } from '../core/client/IbexClient.ts'
import { ibexQueryKeys, type IbexQueryKeyParams } from './ibexQueryKeys.ts'
import { ibexQueryScope } from './ibexQueryScope.ts'

/** `['ibex', scope, externalUserId, 'swapQuote', params]`. */
export type SwapQuoteQueryKey = readonly ['ibex', string, string, 'swapQuote', IbexQueryKeyParams]

/**
 * The key of the signed-in user's swap quote for these inputs, under the user's prefix of
 * `ibexQueryKeys` (so signing out removes it), `undefined` inputs dropped. The factory
 * (`swapQuoteQueryOptions`) builds its own key with it.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: swapQuoteQueryKey(client, { sellToken, buyToken, amount: '10' }) })
 */
export function swapQuoteQueryKey(
  client: IbexClient,
  params: IbexQueryKeyParams,
): SwapQuoteQueryKey {
  const user = client.session.getSnapshot().user
  return ibexQueryKeys.swapQuote(ibexQueryScope(client), user?.externalUserId ?? '', params)
}
