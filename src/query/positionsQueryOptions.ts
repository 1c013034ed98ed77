import { getPositions, type GetPositionsParameters } from '../core/actions/data/getPositions.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexPositions } from '../core/parse/IbexPositions.ts'
import { positionsQueryKey } from './positionsQueryKey.ts'
import {
  ibexUserQueryOptions,
  type IbexQueryOptions,
  type IbexQueryOverrides,
} from './ibexUserQueryOptions.ts'

/** Parameters of {@link positionsQueryOptions}. */
export type PositionsQueryOptionsParameters<data = IbexPositions> = GetPositionsParameters & {
  /** TanStack options (`select`, `staleTime`, `retryDelay` …), applied over the kit's. */
  query?: IbexQueryOverrides<IbexPositions, data, 'positions'> | undefined
}

/**
 * Query options of the user's DeFi positions (lending `userScoped`, falling back to pools; see
 * `getPositions`), cached as `IbexPositions` under `ibexQueryKeys.positions`. IBEx's 404 "not
 * indexed yet" is retried 3 times, 5 s apart (`query: { retryDelay }` changes the wait). Fresh
 * for 1 min; disabled while signed out.
 *
 * @example
 * const { positions } = await queryClient.fetchQuery(positionsQueryOptions(client))
 */
export function positionsQueryOptions<data = IbexPositions>(
  client: IbexClient,
  parameters: PositionsQueryOptionsParameters<data> = {},
): IbexQueryOptions<'positions', IbexPositions, data> {
  const { query, ...params } = parameters
  return ibexUserQueryOptions(
    client,
    'positions',
    positionsQueryKey(client, params),
    query,
    ({ signal }) => getPositions(client, params, { signal }),
  )
}
