import type { Address } from 'viem'
import { accountKey } from './ledgerKeys.ts'
import type { MockLedger } from './MockLedger.ts'
import type { MockToken } from './MockToken.ts'

/** The balance of `address` in `token` (base units), 0n when none. */
export function balanceOf(ledger: MockLedger, address: Address | string, token: MockToken): bigint {
  return (
    ledger.balances.get(accountKey(token.chainId, address))?.get(token.address.toLowerCase()) ?? 0n
  )
}
