import type { Address } from 'viem'
import { checksumAddress } from '../utils/checksumAddress.ts'
import type { TokenBalanceEntry } from '../schemas/tokenBalanceSchema.ts'
import { fiatValueOf } from './fiatValueOf.ts'
import type { IbexTokenBalance } from './IbexBalances.ts'

/**
 * The kit's `IbexTokenBalance` for a validated token of a balances body.
 *
 * @example
 * toTokenBalance(v.parse(tokenBalanceSchema, entry)).balance // '2.0'
 */
export function toTokenBalance(entry: TokenBalanceEntry): IbexTokenBalance {
  // The schema has checked that one of the three is present.
  const address = (entry.tokenAddress ?? entry.primaryAddress ?? entry.address) as Address
  return {
    address: checksumAddress(address),
    symbol: entry.symbol,
    name: entry.name ?? undefined,
    decimals: entry.decimals,
    balance: entry.balance,
    type: entry.tokenType ?? undefined,
    price: {
      ...(entry.price_eur == null ? {} : { eur: entry.price_eur }),
      ...(entry.price_usd == null ? {} : { usd: entry.price_usd }),
    },
    value: fiatValueOf(entry.value_eur, entry.value_usd),
  }
}
