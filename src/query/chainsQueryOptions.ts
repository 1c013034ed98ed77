import { getChains } from '../core/actions/data/getChains.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexChain } from '../core/parse/IbexChain.ts'
import { chainsQueryKey } from './chainsQueryKey.ts'
import {
  ibexUserQueryOptions,
  type IbexQueryOptions,
  type IbexQueryOverrides,
} from './ibexUserQueryOptions.ts'

/** Parameters of {@link chainsQueryOptions}. */
export type ChainsQueryOptionsParameters<data = IbexChain[]> = {
  /** TanStack options (`select`, `staleTime`, `enabled` …), applied over the kit's. */
  query?: IbexQueryOverrides<IbexChain[], data, 'chains'> | undefined
}

/**
 * Query options of the tenant's active chains and their modules (`GET /v1.2/chains/`, see
 * `getChains`), cached as `IbexChain[]` under `ibexQueryKeys.chains`. Fresh for 1 h; disabled
 * while signed out.
 *
 * @example
 * const chains = await queryClient.fetchQuery(chainsQueryOptions(client))
 */
export function chainsQueryOptions<data = IbexChain[]>(
  client: IbexClient,
  parameters: ChainsQueryOptionsParameters<data> = {},
): IbexQueryOptions<'chains', IbexChain[], data> {
  return ibexUserQueryOptions(
    client,
    'chains',
    chainsQueryKey(client),
    parameters.query,
    ({ signal }) => getChains(client, { signal }),
  )
}
