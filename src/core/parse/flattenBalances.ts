import type { Address } from 'viem'
import { decimalToBaseUnits } from '../utils/decimalToBaseUnits.ts'
import type { IbexBalances, IbexFiatValue } from './IbexBalances.ts'

/**
 * One row of {@link flattenBalances}: a token held by a wallet on a chain.
 *
 * @example
 * const row: IbexBalanceRow = { chainId: 421614, wallet: '0x391f…', token: { address: '0x18e6…', symbol: 'EUR-IBEX', decimals: 18 }, balance: '2.5', balanceBaseUnits: 2_500_000_000_000_000_000n, value: { eur: '2.50' } }
 */
export type IbexBalanceRow = {
  chainId: number
  wallet: Address
  token: { address: Address; symbol: string; decimals: number; name?: string | undefined }
  /** Human decimal string, as IBEx sent it. */
  balance: string
  /** The same amount in base units (`parseUnits(balance, decimals)`), for arithmetic and transfers. */
  balanceBaseUnits: bigint
  value: IbexFiatValue
}

/**
 * Flattens cached balances into one row per (chain, wallet, token), with the amount in base units
 * as a `bigint` too. Meant as `select` of `useBalances`, so the bigint lives only in the
 * component's result and the cache stays plain JSON; being a module-level function, it runs
 * again only when the data changes.
 *
 * @example
 * const { data: rows } = useBalances({ query: { select: flattenBalances } })
 * rows?.map((row) => <li key={`${row.chainId}:${row.token.address}`}>{row.balance} {row.token.symbol}</li>)
 */
export function flattenBalances(data: IbexBalances): IbexBalanceRow[] {
  return data.wallets.flatMap(({ chainId, wallet, tokens }) =>
    tokens.map((token) => ({
      chainId,
      wallet,
      token: {
        address: token.address,
        symbol: token.symbol,
        decimals: token.decimals,
        ...(token.name === undefined ? {} : { name: token.name }),
      },
      balance: token.balance,
      balanceBaseUnits: decimalToBaseUnits(token.balance, token.decimals),
      value: token.value,
    })),
  )
}
