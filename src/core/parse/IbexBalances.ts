import type { Address } from 'viem'

/**
 * An amount in euros and dollars, as IBEx writes fiat values: decimal strings with 2 decimals.
 * A currency is absent when IBEx did not price it (`includePrices: false`, no price known).
 *
 * @example
 * const value: IbexFiatValue = { eur: '2.00', usd: '2.36' }
 */
export type IbexFiatValue = { eur?: string | undefined; usd?: string | undefined }

/**
 * One token held by one wallet on one chain.
 *
 * @example
 * const token: IbexTokenBalance = { address: '0x420c…', symbol: 'EURe', name: undefined, decimals: 18, balance: '2.0', type: 'ERC20', price: { eur: 1 }, value: { eur: '2.00' } }
 */
export type IbexTokenBalance = {
  /** The token contract (`tokenAddress` of IBEx; the native coin has a placeholder address). */
  address: Address
  symbol: string
  name: string | undefined
  decimals: number
  /** Human decimal string, e.g. `"2.0"` (never a float). */
  balance: string
  /** `ERC20`, `NATIVE` … when IBEx says so. */
  type: string | undefined
  /** Unit price (numbers, as IBEx sends them). */
  price: { eur?: number | undefined; usd?: number | undefined }
  /** `balance × price`, 2-decimal strings. */
  value: IbexFiatValue
}

/**
 * The tokens of one wallet (a Safe, or the user's 7702 EOA) on one chain.
 *
 * @example
 * const wallet: IbexWalletBalances = { chainId: 421614, wallet: '0x391f…', tokens: [], pending: [] }
 */
export type IbexWalletBalances = {
  chainId: number
  /** Checksummed (IBEx keys wallets in lower case). */
  wallet: Address
  tokens: IbexTokenBalance[]
  /** IBEx's `pending` list, as sent (its items are not documented). */
  pending: unknown[]
}

/**
 * The `totals` of a balances body; `grand` = `crypto` + `fiat`.
 *
 * @example
 * totals.grand.eur // '720.75'
 */
export type IbexBalanceTotals = {
  crypto: IbexFiatValue
  fiat: IbexFiatValue
  grand: IbexFiatValue
  /** `conversion_rate_eur_usd`. */
  eurUsdRate: number | undefined
}

/**
 * Balances as the kit caches them (`useBalances().data`, the `balances` query of
 * `ibexQueryKeys`): every documented shape of IBEx (aggregated across chains, scoped to one
 * wallet, the sign-in `balance` block, the `/users/me` section, the WebSocket `balance_data`)
 * parsed by `parseBalances` into one list of wallets. Plain JSON (no bigint, no class), so it
 * can be persisted or sent from a server; `flattenBalances` turns it into rows with base units.
 *
 * Realtime updates write this same shape: `queryClient.setQueryData<IbexBalances>(key, next)`.
 *
 * @example
 * const { data } = useBalances()
 * data?.wallets.flatMap((wallet) => wallet.tokens).map((token) => `${token.balance} ${token.symbol}`)
 */
export type IbexBalances = {
  /** When IBEx computed them (ISO-8601), when it says so. */
  timestamp: string | undefined
  /** One entry per (chain, wallet), in IBEx's order. */
  wallets: IbexWalletBalances[]
  /** Absent without prices. */
  totals: IbexBalanceTotals | undefined
  pricesAvailable: boolean
  /** IBAN balances, as IBEx sent them (the shape is not documented; `{}` without IBANs). */
  fiat: unknown
}
