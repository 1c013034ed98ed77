import type { Address } from 'viem'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { assertChainId } from '../../ceremonies/assertChainId.ts'
import type { IbexBalances } from '../../parse/IbexBalances.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'
import { assertAddressParameter } from './assertAddressParameter.ts'

/** Parameters of {@link getBalances}; all optional. */
export type GetBalancesParameters = {
  /** One chain (sent as `X-Blockchain-Id`). Default: every chain, aggregated (docs/protocol.md). */
  chainId?: number | undefined
  /** One wallet: a Safe of the user or one of its derived EOAs (`walletAddress`). Default: all. */
  wallet?: Address | undefined
  /** Also list tokens with a zero balance. IBEx's default: `false`. */
  includeZero?: boolean | undefined
  /** Keep wallets and chains that hold no token. IBEx's default: `false`. */
  includeEmpty?: boolean | undefined
  /** Prices, fiat values and totals. IBEx's default: `true`. */
  includePrices?: boolean | undefined
}

/** The balances, parsed (see `IbexBalances`). */
export type GetBalancesReturnType = IbexBalances

/**
 * `GET /v1.2/users/me/balances` (docs/protocol.md): the user's token balances, aggregated over
 * every chain and wallet unless `chainId` / `wallet` narrow it, parsed into `IbexBalances`
 * whichever documented shape IBEx answers with. A bad `wallet` or `chainId` is refused before
 * any request (`IbexValidationError`).
 *
 * @example
 * const balances = await getBalances(client, { chainId: 421614, includeZero: true })
 * balances.wallets[0]?.tokens.map((token) => `${token.balance} ${token.symbol}`)
 */
export async function getBalances(
  client: IbexClient,
  parameters: GetBalancesParameters = {},
  options: IbexActionOptions = {},
): Promise<GetBalancesReturnType> {
  const { chainId, wallet, includeZero, includeEmpty, includePrices } = parameters
  assertChainId(chainId, 'chainId')
  assertAddressParameter(wallet, 'wallet')
  // The parser (and its checks and address checksums) loads alongside the first request instead
  // of with the app: signed-out pages never download it, and the request does not wait for it.
  const [body, { parseBalances }] = await Promise.all([
    client.request({
      path: '/v1.2/users/me/balances',
      query: { walletAddress: wallet, includeZero, includeEmpty, includePrices },
      chainId,
      signal: options.signal,
    }),
    loadOnDemand('The balances reader', () => import('../../parse/parseBalances.ts')),
  ])
  return parseBalances(body, { chainId })
}
