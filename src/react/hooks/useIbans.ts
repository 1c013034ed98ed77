'use client'
import type { IbexIban } from '../../core/parse/IbexIban.ts'
import {
  ibansQueryOptions,
  type IbansQueryOptionsParameters,
} from '../../query/ibansQueryOptions.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link useIbans}. */
export type UseIbansParameters<data = IbexIban[]> = IbansQueryOptionsParameters<data>

/** Return type of {@link useIbans}: TanStack's query result plus its `queryKey`. */
export type UseIbansReturnType<data = IbexIban[]> = IbexDataQueryResult<'ibans', IbexIban[], data>

/**
 * The signed-in user's IBANs (`GET /sepa/iban`): each Safe's account for SEPA payments, with its
 * holder, BIC, label and status. Refreshed by `useAddIban` and `useModifyIban`. Fresh for 5 min;
 * idle while signed out.
 *
 * @example
 * const { data: ibans = [] } = useIbans()
 * <ul>{ibans.map((row) => <li key={row.iban}>{row.formatted ?? row.iban}</li>)}</ul>
 */
export function useIbans<data = IbexIban[]>(
  parameters: UseIbansParameters<data> = {},
): UseIbansReturnType<data> {
  return useIbexDataQuery('useIbans', (client) => ibansQueryOptions(client, parameters))
}
