'use client'
import type { IbexMandate } from '../../core/parse/IbexMandate.ts'
import {
  mandatesQueryOptions,
  type MandatesQueryOptionsParameters,
} from '../../query/mandatesQueryOptions.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link useMandates}. */
export type UseMandatesParameters<data = IbexMandate[]> = MandatesQueryOptionsParameters<data>

/** Return type of {@link useMandates}: TanStack's query result plus its `queryKey`. */
export type UseMandatesReturnType<data = IbexMandate[]> = IbexDataQueryResult<
  'mandates',
  IbexMandate[],
  data
>

/**
 * The signed-in user's SEPA mandates (`GET /sepa/mandates`): which share of incoming payments is
 * forwarded where, and whether each is `validated`, `suspended` or `cancelled` (final).
 * Refreshed by the mandate hooks. Fresh for 5 min; idle while signed out.
 *
 * @example
 * const { data: mandates = [] } = useMandates()
 * const active = mandates.filter((mandate) => mandate.status === 'validated')
 */
export function useMandates<data = IbexMandate[]>(
  parameters: UseMandatesParameters<data> = {},
): UseMandatesReturnType<data> {
  return useIbexDataQuery('useMandates', (client) => mandatesQueryOptions(client, parameters))
}
