import type { InfiniteData } from '@tanstack/query-core'
import type { IbexTransactionsPage } from '../core/parse/IbexTransactions.ts'
import { parseTransactionsPage } from '../core/parse/parseTransactionsPage.ts'
import { readSignInBlock } from './readSignInBlock.ts'

/**
 * The `transactions` block of an enriched sign-in as the transactions infinite query caches it
 * (its first page), or `undefined` when it cannot be read.
 *
 * @example
 * const data = signInSeedTransactions(result.enrichment?.transactions)
 */
export function signInSeedTransactions(
  block: unknown,
): InfiniteData<IbexTransactionsPage, number> | undefined {
  return readSignInBlock(() => ({
    pages: [parseTransactionsPage(block, { endpoint: 'POST /v1.2/auth/sign-in (transactions)' })],
    pageParams: [1],
  }))
}
