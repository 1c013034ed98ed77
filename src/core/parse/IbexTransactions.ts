import type { Address, Hex } from 'viem'
import type { IbexFiatValue } from './IbexBalances.ts'

/**
 * One crypto transaction seen by one of the user's wallets.
 *
 * @example
 * const label = `${tx.direction === 'IN' ? '+' : '−'}${formatUnits(BigInt(tx.value), 18)} ${tx.token.symbol}`
 */
export type IbexTransaction = {
  /** IBEx's id, as a string, when it sends one. */
  id: string | undefined
  chainId: number
  hash: Hex
  blockNumber: number | undefined
  /** ISO-8601. */
  timestamp: string
  from: Address
  to: Address | undefined
  /** The user's wallet that saw it (`watchedAddress`), checksummed. */
  wallet: Address | undefined
  /** `IN` or `OUT` for the watched wallet. */
  direction: 'IN' | 'OUT' | undefined
  token: {
    address: Address | undefined
    symbol: string | undefined
    /** `ERC20`, `ERC721`, `ERC1155`, `NATIVE`. */
    type: string | undefined
    /** NFTs only. */
    id: string | undefined
  }
  /** Base units, a string of digits (`BigInt(value)` for arithmetic). */
  value: string
  /** IBEx's human amount (a number, so display only). */
  valueFormatted: number | undefined
  price: { eur?: number | undefined; usd?: number | undefined }
  /** Fiat value at the time of the price, 2-decimal strings. */
  fiatValue: IbexFiatValue
}

/** Pagination of one chain inside an aggregated page. */
export type IbexTransactionsChainPage = {
  chainId: number
  total: number | undefined
  page: number | undefined
  totalPages: number | undefined
}

/**
 * One page of transactions as the kit caches it: a page of `useTransactions` (an infinite query,
 * so its cache entry is `InfiniteData<IbexTransactionsPage, number>`; page params are page
 * numbers from 1). Built by `parseTransactionsPage` from every documented shape (aggregated per
 * chain, flat, wallet-scoped, the sign-in block, the WebSocket `transaction_data`). Plain JSON.
 *
 * With several chains, IBEx paginates each chain separately: page `n` holds page `n` of every
 * chain, merged newest first, and `totalPages` is the largest chain's.
 *
 * @example
 * const { data } = useTransactions()
 * const all = data?.pages.flatMap((page) => page.transactions)
 */
export type IbexTransactionsPage = {
  page: number
  limit: number | undefined
  /** Transactions matching the filters, over every chain. */
  total: number
  totalPages: number
  /** Newest first. */
  transactions: IbexTransaction[]
  chains: IbexTransactionsChainPage[]
  /** The IBAN transactions of `scope` `mixed` / `fiat`, as sent (their shape is not documented). */
  fiat: { total: number; data: unknown[] } | undefined
  pricesAvailable: boolean | undefined
  timestamp: string | undefined
}
