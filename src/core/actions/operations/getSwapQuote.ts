import type { Address } from 'viem'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { swapQuoteSchema, type SwapQuote } from '../../schemas/swapQuoteSchema.ts'

/** Which aggregator(s) to ask (docs/protocol.md). */
export type SwapProvider = 'COWSWAP' | '1INCH' | 'BOTH'

export type GetSwapQuoteParameters = {
  sellTokenAddress: Address
  buyTokenAddress: Address
  /** Human decimal sell amount, e.g. `"10.50"`. */
  amount: string
  /** Also sent as `X-Blockchain-Id`. */
  chainId?: number | undefined
  /** The receiving Safe; default the user's first. */
  safeAddress?: Address | undefined
  /** Default `BOTH`. */
  provider?: SwapProvider | undefined
}

/** The quote, with base-unit amounts and `expiresAt` (ms). */
export type GetSwapQuoteReturnType = SwapQuote

/**
 * `GET /v1.2/safes/swap/quote` (docs/protocol.md): what `amount` of the sell token buys, with
 * the fee, the providers' offers and the expiry (about 5 minutes). The balance is checked at
 * quote time.
 *
 * @example
 * const quote = await getSwapQuote(client, { sellTokenAddress, buyTokenAddress, amount: '10' })
 */
export function getSwapQuote(
  client: IbexClient,
  parameters: GetSwapQuoteParameters,
  options: IbexActionOptions = {},
): Promise<GetSwapQuoteReturnType> {
  return client.request({
    path: '/v1.2/safes/swap/quote',
    chainId: parameters.chainId,
    query: { ...parameters },
    schema: swapQuoteSchema,
    signal: options.signal,
  })
}
