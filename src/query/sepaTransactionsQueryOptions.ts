import {
  getSepaTransactions,
  type SepaTransactionFilters,
} from '../core/actions/sepa/getSepaTransactions.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexSepaTransactionsPage } from '../core/parse/IbexSepaTransaction.ts'
import {
  ibexUserQueryOptions,
  type IbexQueryOptions,
  type IbexQueryOverrides,
} from './ibexUserQueryOptions.ts'
import { userQueryFrame } from './userQueryFrame.ts'

/** Parameters of {@link sepaTransactionsQueryOptions}: the filters and page, and `query`. */
export type SepaTransactionsQueryOptionsParameters<data = IbexSepaTransactionsPage> =
  SepaTransactionFilters & {
    /** TanStack options (`select`, `placeholderData` …), applied over the kit's. */
    query?: IbexQueryOverrides<IbexSepaTransactionsPage, data, 'sepaTransactions'> | undefined
  }

/**
 * Query options of one page of SEPA transactions (`GET /sepa/transactions`, see
 * `getSepaTransactions`), keyed by the filters and page. Fresh for 30 s; a SEPA payment
 * refreshes them; disabled while signed out. Filters the kit refuses (a bad IBAN, a page below
 * 1) fail the query before any request.
 *
 * @example
 * const { transactions, pagination } = await queryClient.fetchQuery(sepaTransactionsQueryOptions(client, { page: 2 }))
 */
export function sepaTransactionsQueryOptions<data = IbexSepaTransactionsPage>(
  client: IbexClient,
  parameters: SepaTransactionsQueryOptionsParameters<data> = {},
): IbexQueryOptions<'sepaTransactions', IbexSepaTransactionsPage, data> {
  const { query, ...filters } = parameters
  return ibexUserQueryOptions(
    client,
    'sepaTransactions',
    userQueryFrame<'sepaTransactions', IbexSepaTransactionsPage>(client, 'sepaTransactions', {
      ...filters,
    }).queryKey,
    query,
    ({ signal }) => getSepaTransactions(client, filters, { signal }),
  )
}
