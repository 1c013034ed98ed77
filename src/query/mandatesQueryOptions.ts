import { getMandates } from '../core/actions/sepa/getMandates.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexMandate } from '../core/parse/IbexMandate.ts'
import { mandatesQueryKey } from './mandatesQueryKey.ts'
import {
  ibexUserQueryOptions,
  type IbexQueryOptions,
  type IbexQueryOverrides,
} from './ibexUserQueryOptions.ts'

/** Parameters of {@link mandatesQueryOptions}. */
export type MandatesQueryOptionsParameters<data = IbexMandate[]> = {
  /** TanStack options (`select`, `staleTime`, `enabled` …), applied over the kit's. */
  query?: IbexQueryOverrides<IbexMandate[], data, 'mandates'> | undefined
}

/**
 * Query options of the user's SEPA mandates (`GET /sepa/mandates`, see `getMandates`), cached
 * as `IbexMandate[]` under `mandatesQueryKey(client)`. Fresh for 5 min (the mandate mutations
 * refresh it); disabled while signed out.
 *
 * @example
 * const mandates = await queryClient.fetchQuery(mandatesQueryOptions(client))
 */
export function mandatesQueryOptions<data = IbexMandate[]>(
  client: IbexClient,
  parameters: MandatesQueryOptionsParameters<data> = {},
): IbexQueryOptions<'mandates', IbexMandate[], data> {
  return ibexUserQueryOptions(
    client,
    'mandates',
    mandatesQueryKey(client),
    parameters.query,
    ({ signal }) => getMandates(client, { signal }),
  )
}
