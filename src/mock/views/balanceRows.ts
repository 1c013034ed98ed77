import { balanceOf } from '../wallet/balanceOf.ts'
import type { MockToken } from '../wallet/MockToken.ts'
import { mockTokens } from '../wallet/tokenCatalog.ts'
import type { MockSafe } from '../wallet/userSafes.ts'
import type { MockView } from './MockView.ts'

/** One (Safe, token) balance. */
export type BalanceRow = { safe: MockSafe; token: MockToken; amount: bigint }

/** What a balances read asks for; `safes` are already narrowed by chain and wallet. */
export type BalanceQuery = {
  safes: readonly MockSafe[]
  includeZero: boolean
  includeEmpty: boolean
  includePrices: boolean
  /** Paginate the (Safe, token) rows when set. */
  pagination?: { page: number; limit: number } | undefined
}

/**
 * The balances of `safes` in catalogue order, zero balances only with `includeZero`.
 *
 * @example
 * balanceRows(view, { safes, includeZero: false, includeEmpty: false, includePrices: true })
 */
export function balanceRows(view: MockView, query: BalanceQuery): BalanceRow[] {
  return query.safes.flatMap((safe) =>
    mockTokens
      .filter((token) => token.chainId === safe.chainId)
      .map((token) => ({ safe, token, amount: balanceOf(view.state.ledger, safe.address, token) }))
      .filter((row) => query.includeZero || row.amount > 0n),
  )
}
