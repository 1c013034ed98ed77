import type { CeremonyEnrichment } from './CeremonyTypes.ts'

/**
 * The `balance`, `transactions` and `userdata` blocks present in a sign-in answer or a READY
 * data poll; the rest (tokens included) is left behind.
 *
 * @example
 * enrichmentOf({ access_token: '…', balance: { totals } }) // { balance: { totals } }
 */
export function enrichmentOf(source: { readonly [key: string]: unknown }): CeremonyEnrichment {
  const enrichment: CeremonyEnrichment = {}
  for (const key of ['balance', 'transactions', 'userdata'] as const) {
    if (source[key] !== undefined && source[key] !== null) enrichment[key] = source[key]
  }
  return enrichment
}
