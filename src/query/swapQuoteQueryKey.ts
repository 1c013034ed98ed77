import type { IbexQueryKeyParams } from './ibexQueryKeys.ts'

/** `['ibex', scope, externalUserId, 'swapQuote', params]`. */
export type SwapQuoteQueryKey = readonly ['ibex', string, string, 'swapQuote', IbexQueryKeyParams]

/**
 * The key of a swap quote, under the user's prefix of `ibexQueryKeys` (so signing out removes
 * it): `['ibex', scope, externalUserId, 'swapQuote', params]`, `undefined` params dropped.
 *
 * @example
 * swapQuoteQueryKey(ibexQueryScope(client), user.externalUserId, { sellToken, buyToken, amount: '10' })
 */
export function swapQuoteQueryKey(
  scope: string,
  externalUserId: string,
  params: IbexQueryKeyParams,
): SwapQuoteQueryKey {
  const compact = Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== undefined),
  )
  return ['ibex', scope, externalUserId, 'swapQuote', compact]
}
