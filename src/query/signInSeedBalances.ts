import type { IbexBalances } from '../core/parse/IbexBalances.ts'
import { parseBalances } from '../core/parse/parseBalances.ts'
import { balancesForParams } from './balancesForParams.ts'
import { readSignInBlock } from './readSignInBlock.ts'

/**
 * The `balance` block of an enriched sign-in as `useBalances()` caches it (`IbexBalances`
 * without zero balances: the sign-in lists every token, zeros and empty wallets included,
 * docs/protocol.md), or `undefined` when it cannot be read. Its own module, so that a sign-in
 * asking for the balance only downloads the balances parser.
 *
 * @example
 * const data = signInSeedBalances(result.enrichment?.balance)
 */
export function signInSeedBalances(block: unknown): IbexBalances | undefined {
  return readSignInBlock(() =>
    balancesForParams(parseBalances(block, { endpoint: 'POST /v1.2/auth/sign-in (balance)' }), {}),
  )
}
