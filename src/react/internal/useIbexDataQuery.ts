'use client'
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { IbexClient } from '../../core/client/IbexClient.ts'
import type { IbexQueryErrorType } from '../../core/errors/IbexQueryErrorType.ts'
import type { IbexQueryOptions } from '../../query/ibexUserQueryOptions.ts'
import type { IbexDataResource } from '../../query/ibexQueryPolicies.ts'
import type { IbexDataQueryKey } from '../../query/userQueryFrame.ts'
import { useIbexDataContext } from './useIbexDataContext.ts'
import { withQueryKey } from './withQueryKey.ts'

/** What a data hook returns: TanStack's query result plus its `queryKey`. */
export type IbexDataQueryResult<
  resource extends IbexDataResource,
  queryFnData,
  data = queryFnData,
> = UseQueryResult<data, IbexQueryErrorType> & { queryKey: IbexDataQueryKey<resource, queryFnData> }

/**
 * The body of every data hook: options from a `query/` factory (rebuilt on every render, so a
 * new user or new parameters switch the key), `useQuery` with the provider's QueryClient, and
 * the key returned beside the result for invalidation.
 *
 * @example
 * return useIbexDataQuery('useVaults', (client) => vaultsQueryOptions(client, parameters))
 */
export function useIbexDataQuery<resource extends IbexDataResource, queryFnData, data>(
  caller: string,
  build: (client: IbexClient) => IbexQueryOptions<resource, queryFnData, data>,
): IbexDataQueryResult<resource, queryFnData, data> {
  const { client, queryClient } = useIbexDataContext(caller)
  const options = build(client)
  // The factories type their errors as any IbexError; what they throw is this union.
  const result = useQuery(options, queryClient) as UseQueryResult<data, IbexQueryErrorType>
  return withQueryKey(result, options.queryKey)
}
