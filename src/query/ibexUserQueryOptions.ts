import type { QueryFunctionContext, QueryObserverOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import { ibexQueryDefaults } from './ibexQueryDefaults.ts'
import type { IbexUserQueryKey } from './ibexQueryKeys.ts'
import { ibexQueryPolicies, type IbexDataResource } from './ibexQueryPolicies.ts'
import type { IbexDataQueryKey } from './userQueryFrame.ts'

/**
 * The caller's TanStack options of a data query (`select`, `staleTime`, `enabled`,
 * `refetchInterval` …): everything but the key and the fetch, which the kit owns.
 *
 * @example
 * const query: IbexQueryOverrides<IbexBalances, IbexBalanceRow[], 'balances'> = { select: flattenBalances }
 */
export type IbexQueryOverrides<
  queryFnData,
  data = queryFnData,
  resource extends IbexDataResource = IbexDataResource,
> = Omit<
  QueryObserverOptions<
    queryFnData,
    IbexError,
    data,
    queryFnData,
    IbexDataQueryKey<resource, queryFnData>
  >,
  'queryKey' | 'queryFn'
>

/**
 * Options of a data query, as `useQuery` / `queryClient.fetchQuery` take them; `queryKey` is
 * always set and tagged with the data type.
 *
 * @example
 * const options: IbexQueryOptions<'balances', IbexBalances> = balancesQueryOptions(client)
 */
export type IbexQueryOptions<
  resource extends IbexDataResource,
  queryFnData,
  data = queryFnData,
> = QueryObserverOptions<
  queryFnData,
  IbexError,
  data,
  queryFnData,
  IbexDataQueryKey<resource, queryFnData>
> & { queryKey: IbexDataQueryKey<resource, queryFnData> }

/**
 * The frame of every data query: the kit's defaults and the resource's policy
 * (`ibexQueryPolicies`), then the caller's options, then the key (from the resource's key
 * function: the caller's own parameters only, so `useBalances()` shares the entry a sign-in seeded) and the fetch. Disabled while
 * nobody is signed in, whatever the caller's `enabled` says.
 *
 * @example
 * return ibexUserQueryOptions(client, 'vaults', vaultsQueryKey(client, params), parameters.query,
 *   ({ signal }) => getVaults(client, params, { signal }))
 */
export function ibexUserQueryOptions<resource extends IbexDataResource, queryFnData, data>(
  client: IbexClient,
  resource: resource,
  queryKey: IbexDataQueryKey<resource, queryFnData>,
  query: IbexQueryOverrides<queryFnData, data, resource> | undefined,
  fetch: (context: QueryFunctionContext<IbexUserQueryKey>) => Promise<queryFnData>,
): IbexQueryOptions<resource, queryFnData, data> {
  const signedIn = client.session.getSnapshot().user !== null
  return {
    ...ibexQueryDefaults,
    ...ibexQueryPolicies[resource],
    ...query,
    enabled: signedIn ? (query?.enabled ?? true) : false,
    queryKey,
    queryFn: fetch,
  }
}
