import { getSwapQuote, type SwapProvider } from '../actions/operations/getSwapQuote.ts'
import type { IbexActionOptions } from '../client/IbexActionOptions.ts'
import type { IbexClient } from '../client/IbexClient.ts'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import type { SwapQuote } from '../schemas/swapQuoteSchema.ts'
import { mapOperationRefusal } from './mapOperationRefusal.ts'
import { parseAddressInput } from './parseAddressInput.ts'
import { parseAmountInput } from './parseAmountInput.ts'
import { resolveOperationAccount } from './resolveOperationAccount.ts'

export type QuoteSwapParameters = {
  /** The token to sell. */
  sellToken: string
  /** The token to buy. */
  buyToken: string
  /** Human decimal sell amount, as typed (e.g. `"10.5"`). */
  amount: string
  /** Default: the session's chain. */
  chainId?: number | undefined
  /** Which aggregator to ask; default both, compared (`quote.comparisons`). */
  provider?: SwapProvider | undefined
}

/**
 * A swap quote for the signed-in user's Safe: the tokens and the amount are checked before any
 * request (`validation/address-*`, `validation/amount-*`, `validation/tokens-same`), then
 * `GET /v1.2/safes/swap/quote`. More than the Safe holds is `validation/amount-exceeds-balance`
 * (IBEx checks it at quote time). Execute it with `runOperation({ kind: 'swap', quote })` before
 * `quote.expiresAt`.
 *
 * @example
 * const quote = await quoteSwap(client, { sellToken: eur, buyToken: usd, amount: '10' })
 * quote.buyAmount // '11.68'
 */
export async function quoteSwap(
  client: IbexClient,
  parameters: QuoteSwapParameters,
  options: IbexActionOptions = {},
): Promise<SwapQuote> {
  const sellTokenAddress = parseAddressInput(parameters.sellToken, 'sellToken')
  const buyTokenAddress = parseAddressInput(parameters.buyToken, 'buyToken')
  if (sellTokenAddress === buyTokenAddress) {
    throw new IbexValidationError({
      code: 'validation/tokens-same',
      field: 'buyToken',
      message: 'Choose a token to buy other than the one sold.',
    })
  }
  const amount = parseAmountInput(parameters.amount, 'amount')
  const { chainId, safeAddress } = await resolveOperationAccount(client, parameters.chainId)
  try {
    return await getSwapQuote(
      client,
      {
        sellTokenAddress,
        buyTokenAddress,
        amount,
        chainId,
        safeAddress,
        provider: parameters.provider,
      },
      options,
    )
  } catch (error) {
    throw mapOperationRefusal(error, 'prepare')
  }
}
