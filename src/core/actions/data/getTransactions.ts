import type { Address, Hex } from 'viem'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { assertChainId } from '../../ceremonies/assertChainId.ts'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import type { IbexTransactionsPage } from '../../parse/IbexTransactions.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'
import { assertAddressParameter } from './assertAddressParameter.ts'
import { assertCountParameter } from './assertCountParameter.ts'

/** The filters of `GET /users/me/transactions` (docs/protocol.md); all optional. */
export type TransactionFilters = {
  /** One chain (sent as `X-Blockchain-Id`). Default: every chain, aggregated. */
  chainId?: number | undefined
  /** One wallet of the user (`walletAddress`). */
  wallet?: Address | undefined
  /** `mixed` (default): crypto and IBAN transactions; `crypto` or `fiat` only. */
  scope?: 'mixed' | 'crypto' | 'fiat' | undefined
  /** `YYYY-MM-DD` (UTC). IBEx's default: `2025-01-01`. */
  startDate?: string | undefined
  /** `YYYY-MM-DD` (UTC), included. IBEx's default: tomorrow. */
  endDate?: string | undefined
  direction?: 'IN' | 'OUT' | undefined
  tokenType?: 'ERC20' | 'ERC721' | 'ERC1155' | 'NATIVE' | undefined
  tokenAddress?: Address | undefined
  /** One transaction. */
  hash?: Hex | undefined
  /** Per page. IBEx's default: 50. */
  limit?: number | undefined
  /** Prices and fiat values. IBEx's default: `true`. */
  includePrices?: boolean | undefined
}

/** Parameters of {@link getTransactions}: the filters and the page. */
export type GetTransactionsParameters = TransactionFilters & {
  /** From 1. Default 1. */
  page?: number | undefined
}

/** One page, parsed (see `IbexTransactionsPage`). */
export type GetTransactionsReturnType = IbexTransactionsPage

const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * `GET /v1.2/users/me/transactions` (docs/protocol.md): one page of the user's transactions
 * with IBEx's documented filters, parsed into `IbexTransactionsPage` whichever documented shape IBEx
 * answers with (aggregated per chain, flat, wallet-scoped). Bad filters are refused before any
 * request (`IbexValidationError`).
 *
 * @example
 * const page = await getTransactions(client, { direction: 'IN', limit: 20, page: 2 })
 * page.transactions.map((tx) => tx.hash)
 */
export async function getTransactions(
  client: IbexClient,
  parameters: GetTransactionsParameters = {},
  options: IbexActionOptions = {},
): Promise<GetTransactionsReturnType> {
  const { chainId, wallet, page, limit, tokenAddress, startDate, endDate, ...filters } = parameters
  assertChainId(chainId, 'chainId')
  assertAddressParameter(wallet, 'wallet')
  assertAddressParameter(tokenAddress, 'tokenAddress')
  assertCountParameter(page, 'page', 1)
  assertCountParameter(limit, 'limit', 1)
  for (const [field, date] of [
    ['startDate', startDate],
    ['endDate', endDate],
  ] as const) {
    if (date !== undefined && (!DATE.test(date) || Number.isNaN(Date.parse(date)))) {
      throw new IbexValidationError({
        code: 'validation/date-invalid',
        field,
        message: `\`${field}\` must be a date YYYY-MM-DD.`,
      })
    }
  }
  // Loaded alongside the request (see getBalances).
  const [body, { parseTransactionsPage }] = await Promise.all([
    client.request({
      path: '/v1.2/users/me/transactions',
      query: { ...filters, walletAddress: wallet, tokenAddress, startDate, endDate, page, limit },
      chainId,
      signal: options.signal,
    }),
    loadOnDemand('The transactions reader', () => import('../../parse/parseTransactionsPage.ts')),
  ])
  return parseTransactionsPage(body, { chainId, page })
}
