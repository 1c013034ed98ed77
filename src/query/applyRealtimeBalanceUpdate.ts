import type { Address } from 'viem'
import type { IbexBalances, IbexTokenBalance } from '../core/parse/IbexBalances.ts'
import type { IbexQueryKeyParams } from './ibexQueryKeys.ts'
import { realtimeBalanceTotals } from './realtimeBalanceTotals.ts'
import type { RealtimeCacheUpdate } from './realtimeCacheUpdate.ts'
import { baseUnitsToDecimal } from '../core/utils/baseUnitsToDecimal.ts'

// Both sides passed the address schemas: a case-insensitive match is viem's `isAddressEqual`
// without its checksum validation, which would bring Keccak-256 into the realtime path.
const sameAddress = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/** One token balance pushed by the socket, in base units. */
export type RealtimeBalanceChange = {
  chainId: number
  wallet: Address
  token: Address
  /** Base units, a string of digits. */
  balance: string
  /** When the event says; else the cached token's. */
  decimals: number | undefined
}

function valueOf(balance: string, price: number | undefined): string | undefined {
  // Display values, as IBEx computes them: the unit price is a float already.
  return price === undefined ? undefined : (Number(balance) * price).toFixed(2)
}

function withBalance(token: IbexTokenBalance, balance: string): IbexTokenBalance {
  const eur = valueOf(balance, token.price.eur)
  const usd = valueOf(balance, token.price.usd)
  return {
    ...token,
    balance,
    value: { ...(eur === undefined ? {} : { eur }), ...(usd === undefined ? {} : { usd }) },
  }
}

/**
 * A cached balances entry after one token balance changed (`balance_update`), updated in place:
 * the token's amount and fiat value at its known price, the totals summed again; a token that
 * fell to zero leaves a list without zeros. Skipped when the entry does not show that wallet and
 * chain, or when the change leaves it as is; `stale` when the token is not in the list (a new
 * token: its symbol and price are unknown here) and the entry should show it.
 *
 * @example
 * applyRealtimeBalanceUpdate(cached, {}, { chainId: 421614, wallet, token, balance: '107000000000000000000', decimals: 18 })
 */
export function applyRealtimeBalanceUpdate(
  cached: IbexBalances,
  params: IbexQueryKeyParams,
  change: RealtimeBalanceChange,
): RealtimeCacheUpdate<IbexBalances> {
  if (typeof params.chainId === 'number' && params.chainId !== change.chainId) {
    return { kind: 'skip' }
  }
  if (
    typeof params.wallet === 'string' &&
    params.wallet.toLowerCase() !== change.wallet.toLowerCase()
  ) {
    return { kind: 'skip' }
  }
  const isZero = BigInt(change.balance) === 0n
  const index = cached.wallets.findIndex(
    (entry) => entry.chainId === change.chainId && sameAddress(entry.wallet, change.wallet),
  )
  const wallet = cached.wallets[index]
  const tokenIndex =
    wallet?.tokens.findIndex((token) => sameAddress(token.address, change.token)) ?? -1
  const token = wallet?.tokens[tokenIndex]
  if (!wallet || !token) return isZero ? { kind: 'skip' } : { kind: 'stale' }
  const balance = baseUnitsToDecimal(BigInt(change.balance), change.decimals ?? token.decimals)
  if (balance === token.balance) return { kind: 'skip' }
  const tokens =
    isZero && params.includeZero !== true
      ? wallet.tokens.filter((_, at) => at !== tokenIndex)
      : wallet.tokens.map((entry, at) => (at === tokenIndex ? withBalance(entry, balance) : entry))
  const wallets =
    tokens.length === 0 && params.includeEmpty !== true
      ? cached.wallets.filter((_, at) => at !== index)
      : cached.wallets.map((entry, at) => (at === index ? { ...entry, tokens } : entry))
  return {
    kind: 'set',
    data: { ...cached, wallets, totals: realtimeBalanceTotals(wallets, cached.totals) },
  }
}
