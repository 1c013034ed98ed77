'use client'
import type { IbexSepaTransactionsPage } from '../../core/parse/IbexSepaTransaction.ts'
import {
  sepaTransactionsQueryOptions,
  type SepaTransactionsQueryOptionsParameters,
} from '../../query/sepaTransactionsQueryOptions.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link useSepaTransactions}. */
export type UseSepaTransactionsParameters<data = IbexSepaTransactionsPage> =
  SepaTransactionsQueryOptionsParameters<data>

/** Return type of {@link useSepaTransactions}: TanStack's query result plus its `queryKey`. */
export type UseSepaTransactionsReturnType<data = IbexSepaTransactionsPage> = IbexDataQueryResult<
  'sepaTransactions',
  IbexSepaTransactionsPage,
  data
>

/**
 * One page of the SEPA transfers in and out of the user's IBANs (`GET /sepa/transactions`),
 * filtered by IBAN, `type` (`SEPA_IN` / `SEPA_OUT`), `status`, `statusCode` or `search`, with
 * IBEx's `pagination`. Bad filters are refused before any request (`validation/iban-checksum`,
 * `validation/page-invalid`, `validation/limit-invalid` …); another user's IBAN is IBEx's 403.
 * Fresh for 30 s; a SEPA payment refreshes it; idle while signed out.
 *
 * @example
 * const [page, setPage] = useState(1)
 * const { data } = useSepaTransactions({ type: 'SEPA_OUT', page, query: { placeholderData: keepPreviousData } })
 * {data?.transactions.map((row) => <p key={row.id}>{row.amount} {row.currency} · {row.reference}</p>)}
 */
export function useSepaTransactions<data = IbexSepaTransactionsPage>(
  parameters: UseSepaTransactionsParameters<data> = {},
): UseSepaTransactionsReturnType<data> {
  return useIbexDataQuery('useSepaTransactions', (client) =>
    sepaTransactionsQueryOptions(client, parameters),
  )
}
