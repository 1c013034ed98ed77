import type { Hex } from 'viem'
import { checksumAddress } from '../utils/checksumAddress.ts'
import { IbexResponseError } from '../errors/IbexResponseError.ts'
import type { TransactionItem } from '../schemas/transactionItemSchema.ts'
import {
  transactionsResponseSchema,
  type TransactionsResponseBody,
} from '../schemas/transactionsResponseSchema.ts'
import { fiatValueOf } from './fiatValueOf.ts'
import type {
  IbexTransaction,
  IbexTransactionsChainPage,
  IbexTransactionsPage,
} from './IbexTransactions.ts'
import { isRecord } from './isRecord.ts'
import { parseResponse } from './parseResponse.ts'

/** Options of {@link parseTransactionsPage}. */
export type ParseTransactionsPageOptions = {
  /** The chain the request named: the chain of items and pages that name none. */
  chainId?: number | undefined
  /** The page asked for, used when the body does not say. Default 1. */
  page?: number | undefined
  /** Named in errors. Default `GET /v1.2/users/me/transactions`. */
  endpoint?: string | undefined
}

const ENDPOINT = 'GET /v1.2/users/me/transactions'

type Batch = { items: readonly TransactionItem[]; chainId: number | undefined; path: string }

function toTransaction(
  item: TransactionItem,
  fallbackChainId: number | undefined,
  field: string,
  endpoint: string,
): IbexTransaction {
  const chainId = item.blockchainId ?? fallbackChainId
  if (chainId == null) {
    throw new IbexResponseError({
      endpoint,
      field: `${field}.blockchainId`,
      reason: 'A transaction names no chain, and neither do its page nor the request.',
    })
  }
  const wallet = item.watchedAddress ?? item.walletAddress
  const direction = item.direction?.toUpperCase()
  return {
    id: item.id == null ? undefined : String(item.id),
    chainId,
    // The schema has checked that one of the two is present.
    hash: (item.transactionHash ?? item.hash) as Hex,
    blockNumber: item.blockNumber ?? undefined,
    timestamp: item.timestamp,
    from: checksumAddress(item.from),
    to: item.to == null ? undefined : checksumAddress(item.to),
    wallet: wallet == null ? undefined : checksumAddress(wallet),
    direction: direction === 'IN' || direction === 'OUT' ? direction : undefined,
    token: {
      address: item.tokenAddress == null ? undefined : checksumAddress(item.tokenAddress),
      symbol: item.tokenSymbol ?? undefined,
      type: item.tokenType ?? undefined,
      id: item.tokenId == null ? undefined : String(item.tokenId),
    },
    value: item.value,
    valueFormatted: item.valueFormatted ?? undefined,
    price: {
      ...(item.price_eur == null ? {} : { eur: item.price_eur }),
      ...(item.price_usd == null ? {} : { usd: item.price_usd }),
    },
    fiatValue: fiatValueOf(item.value_eur, item.value_usd),
  }
}

function fromBody(
  body: TransactionsResponseBody,
  options: ParseTransactionsPageOptions,
  endpoint: string,
): IbexTransactionsPage {
  const { crypto, fiat } = body
  const batches: Batch[] = []
  const chains: IbexTransactionsChainPage[] = []
  let page = options.page ?? 1
  let limit: number | undefined
  let total = 0
  let totalPages = 0
  const count = (block: {
    page?: number | null
    limit?: number | null
    total?: number | null
    totalPages?: number | null
  }) => {
    if (block.page != null) page = block.page
    if (block.limit != null) limit = Math.max(limit ?? 0, block.limit)
    total += block.total ?? 0
    totalPages = Math.max(totalPages, block.totalPages ?? 0)
  }

  if (crypto?.transactions) {
    // Aggregated: one page per chain, keyed by chain id.
    for (const [chainKey, chainPage] of Object.entries(crypto.transactions)) {
      const chainId = Number(chainKey)
      count(chainPage)
      chains.push({
        chainId,
        total: chainPage.total ?? undefined,
        page: chainPage.page ?? undefined,
        totalPages: chainPage.totalPages ?? undefined,
      })
      batches.push({
        items: chainPage.data ?? [],
        chainId,
        path: `crypto.transactions.${chainKey}.data`,
      })
    }
  } else if (crypto) {
    // Flat: one page over every chain, with per-chain counts beside it.
    count(crypto)
    const fallback = crypto.blockchainId ?? options.chainId
    for (const chain of crypto.chains ?? []) {
      chains.push({
        chainId: chain.blockchainId,
        total: chain.total ?? undefined,
        page: undefined,
        totalPages: undefined,
      })
    }
    if (chains.length === 0 && fallback != null) {
      chains.push({
        chainId: fallback,
        total: crypto.total ?? undefined,
        page: crypto.page ?? undefined,
        totalPages: crypto.totalPages ?? undefined,
      })
    }
    batches.push({ items: crypto.data ?? [], chainId: fallback, path: 'crypto.data' })
  } else if (body.data) {
    // Scoped to one wallet: the page is at the top level.
    count(body)
    const chainId = body.blockchainId ?? options.chainId
    if (chainId != null) {
      chains.push({
        chainId,
        total: body.total ?? undefined,
        page: body.page ?? undefined,
        totalPages: body.totalPages ?? undefined,
      })
    }
    batches.push({ items: body.data, chainId, path: 'data' })
  }
  if (fiat) totalPages = Math.max(totalPages, fiat.totalPages ?? 0)

  const transactions = batches.flatMap((batch) =>
    batch.items.map((item, index) =>
      toTransaction(item, batch.chainId, `${batch.path}.${index}`, endpoint),
    ),
  )
  // Pages of several chains are merged newest first (ISO-8601 strings of one format sort as dates).
  if (batches.length > 1)
    transactions.sort((a, b) => Date.parse(b.timestamp) - Date.parse(a.timestamp))
  return {
    page,
    limit,
    total,
    totalPages,
    transactions,
    chains,
    fiat: fiat ? { total: fiat.total ?? 0, data: fiat.data ?? [] } : undefined,
    pricesAvailable: crypto?.prices_available ?? body.prices_available ?? undefined,
    timestamp: body.timestamp ?? crypto?.timestamp ?? undefined,
  }
}

/**
 * Parses any documented transactions body (docs/protocol.md) into one
 * `IbexTransactionsPage`: the aggregated `crypto.transactions[chainId]` body, the flat
 * `crypto.{data, chains}` one (the `/users/me` section), the wallet-scoped one, the sign-in
 * `transactions` block, the WebSocket `transaction_data` (request mode, or `{ transactions }` in
 * initial mode). A body of another shape throws `IbexResponseError` naming the field.
 *
 * @example
 * const page = parseTransactionsPage(await client.request({ path: '/v1.2/users/me/transactions' }))
 * page.transactions[0]?.hash
 */
export function parseTransactionsPage(
  body: unknown,
  options: ParseTransactionsPageOptions = {},
): IbexTransactionsPage {
  const endpoint = options.endpoint ?? ENDPOINT
  const inner =
    isRecord(body) && isRecord(body.transactions) && !('crypto' in body) ? body.transactions : body
  return fromBody(parseResponse(transactionsResponseSchema, inner, endpoint), options, endpoint)
}
