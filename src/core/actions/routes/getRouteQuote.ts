import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { assertChainId } from '../../ceremonies/assertChainId.ts'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import { mapOperationRefusal } from '../../operations/mapOperationRefusal.ts'
import { parseAddressInput } from '../../operations/parseAddressInput.ts'
import { parseAmountInput } from '../../operations/parseAmountInput.ts'
import { resolveOperationAccount } from '../../operations/resolveOperationAccount.ts'
import type { IbexRouteQuote } from '../../parse/IbexRouteQuote.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

export type GetRouteQuoteParameters = {
  /** The token to sell, on the source chain. */
  sellToken: string
  /** The token to receive, on the destination chain. */
  buyToken: string
  /** Human decimal sell amount, as typed (e.g. `"10.5"`). */
  amount: string
  /** Where the funds arrive (the user's Safe there). */
  destinationChainId: number
  /** Where the funds leave from; default the session's chain. */
  sourceChainId?: number | undefined
  /** A provider of `getRouteCapabilities` (`BRIDGE`, `COWSWAP` …); default IBEx's best. */
  provider?: string | undefined
}

/** The quote; execute it with `runOperation({ kind: 'route', quote })` before `expiresAt`. */
export type GetRouteQuoteReturnType = IbexRouteQuote

/**
 * `POST /v1.2/safes/routes/quote` (docs/protocol.md): what `amount` of `sellToken` on the source
 * chain delivers of `buyToken` on the destination chain, from the user's Safe there to the
 * user's Safe on the destination chain. Checked before any request: the chain ids, a Safe on
 * both chains (`validation/chain-unsupported`), the token addresses, the amount, and that a
 * same-chain route swaps two different tokens (`validation/tokens-same`). More than the Safe
 * holds is `validation/amount-exceeds-balance`; a pair IBEx cannot route is its 400
 * (`http/bad-request`: ask `getRouteCapabilities` first).
 *
 * @example
 * const quote = await getRouteQuote(client, { sellToken: eur, buyToken: eure, amount: '10', destinationChainId: 100 })
 */
export async function getRouteQuote(
  client: IbexClient,
  parameters: GetRouteQuoteParameters,
  options: IbexActionOptions = {},
): Promise<GetRouteQuoteReturnType> {
  assertChainId(parameters.destinationChainId, 'destinationChainId', true)
  const sellToken = parseAddressInput(parameters.sellToken, 'sellToken')
  const buyToken = parseAddressInput(parameters.buyToken, 'buyToken')
  const amount = parseAmountInput(parameters.amount, 'amount')
  const account = await resolveOperationAccount(client, parameters.sourceChainId)
  const { destinationChainId } = parameters
  if (!account.user.safeAddresses[String(destinationChainId)]) {
    throw new IbexValidationError({
      code: 'validation/chain-unsupported',
      field: 'destinationChainId',
      message: `This account has no Safe on chain ${destinationChainId} to receive the funds.`,
    })
  }
  if (account.chainId === destinationChainId && sellToken === buyToken) {
    throw new IbexValidationError({
      code: 'validation/tokens-same',
      field: 'buyToken',
      message: 'Choose a token to receive other than the one sold.',
    })
  }
  const asked = {
    sourceChainId: account.chainId,
    destinationChainId,
    sellToken,
    buyToken,
    provider: parameters.provider ?? '',
  }
  try {
    return await client.request({
      method: 'POST',
      path: '/v1.2/safes/routes/quote',
      body: {
        sourceChainId: account.chainId,
        destinationChainId,
        sellTokenAddress: sellToken,
        buyTokenAddress: buyToken,
        amount,
        safeAddress: account.safeAddress,
        provider: parameters.provider,
      },
      schema: () =>
        loadOnDemand(
          'The route quote reader',
          () => import('../../schemas/routeQuoteSchema.ts'),
        ).then((module) => module.routeQuoteSchema(asked, Date.now())),
      signal: options.signal,
    })
  } catch (error) {
    throw mapOperationRefusal(error, 'prepare')
  }
}
