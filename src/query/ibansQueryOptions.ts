import { getIbans } from '../core/actions/sepa/getIbans.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexIban } from '../core/parse/IbexIban.ts'
import { ibansQueryKey } from './ibansQueryKey.ts'
import {
  ibexUserQueryOptions,
  type IbexQueryOptions,
  type IbexQueryOverrides,
} from './ibexUserQueryOptions.ts'

/** Parameters of {@link ibansQueryOptions}. */
export type IbansQueryOptionsParameters<data = IbexIban[]> = {
  /** TanStack options (`select`, `staleTime`, `enabled` …), applied over the kit's. */
  query?: IbexQueryOverrides<IbexIban[], data, 'ibans'> | undefined
}

/**
 * Query options of the user's IBANs (`GET /sepa/iban`, see `getIbans`), cached as `IbexIban[]`
 * under `ibansQueryKey(client)`. Fresh for 5 min (adding or renaming an IBAN refreshes it);
 * disabled while signed out.
 *
 * @example
 * const ibans = await queryClient.fetchQuery(ibansQueryOptions(client))
 */
export function ibansQueryOptions<data = IbexIban[]>(
  client: IbexClient,
  parameters: IbansQueryOptionsParameters<data> = {},
): IbexQueryOptions<'ibans', IbexIban[], data> {
  return ibexUserQueryOptions(
    client,
    'ibans',
    ibansQueryKey(client),
    parameters.query,
    ({ signal }) => getIbans(client, { signal }),
  )
}
