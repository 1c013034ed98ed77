import type { DataTag, QueryObserverOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import { ibexQueryKeys, type IbexQueryKeyParams, type IbexUserQueryKey } from './ibexQueryKeys.ts'
import { ibexQueryScope } from './ibexQueryScope.ts'
import { invalidateAfterOperation } from './invalidateAfterOperation.ts'

/** A status that is `pending` until it settles on success or failure. */
type SettlingStatus = { state: string }

/** TanStack options of a settling status query, keyed by `resource`. */
export type SettlingStatusQueryOptions<
  resource extends 'batchStatus' | 'routeStatus',
  status extends SettlingStatus,
  data,
> = QueryObserverOptions<
  status,
  IbexError,
  data,
  status,
  DataTag<IbexUserQueryKey<resource>, status, IbexError>
> & { queryKey: DataTag<IbexUserQueryKey<resource>, status, IbexError> }

/**
 * Query options of something IBEx settles later (a batch, a route), followed by its id: polled
 * every `intervalMs` while `pending`, then never stale; when it is seen going from `pending` to
 * `succeeded`, the user's balances, transactions, positions and history are refreshed. Disabled
 * while signed out or without an id.
 *
 * @example
 * settlingStatusQueryOptions(client, 'routeStatus', { routeId }, { fetch, succeeded: 'completed' })
 */
export function settlingStatusQueryOptions<
  resource extends 'batchStatus' | 'routeStatus',
  status extends SettlingStatus,
  data,
>(
  client: IbexClient,
  resource: resource,
  id: Record<string, string | undefined>,
  options: {
    fetch: (id: string, signal: AbortSignal) => Promise<status>
    succeeded: status['state']
    /** Also refresh when the first answer is already a success (nobody refreshed for it yet). */
    refreshIfFirstSeenSettled?: boolean | undefined
    intervalMs?: number | undefined
    query?:
      Omit<SettlingStatusQueryOptions<resource, status, data>, 'queryKey' | 'queryFn'> | undefined
  },
): SettlingStatusQueryOptions<resource, status, data> {
  const { query, intervalMs = 2_000, fetch, succeeded } = options
  const [name, value] = Object.entries(id)[0] ?? ['id', undefined]
  const user = client.session.getSnapshot().user
  const valid = typeof value === 'string' && value.length > 0
  const key = ibexQueryKeys[resource] as (
    scope: string,
    externalUserId: string,
    params: IbexQueryKeyParams,
  ) => IbexUserQueryKey<resource>
  // The tag is a type only: this key's entries hold a `status`.
  const queryKey = key(ibexQueryScope(client), user?.externalUserId ?? '', {
    [name]: valid ? value : undefined,
  }) as DataTag<IbexUserQueryKey<resource>, status, IbexError>
  // Fixed per resource (not part of the key): whether this answer is the success to refresh for.
  const reachedSuccess = (before: status | undefined, current: status) =>
    current.state === succeeded &&
    (before ? before.state !== succeeded : options.refreshIfFirstSeenSettled === true)
  const settled = (current: status | undefined) =>
    current !== undefined && current.state !== 'pending'
  return {
    retry: false,
    staleTime: (current) => (settled(current.state.data) ? Infinity : 0),
    refetchInterval: (current) => (settled(current.state.data) ? false : intervalMs),
    ...query,
    enabled: user !== null && valid ? (query?.enabled ?? true) : false,
    queryKey,
    queryFn: async ({ signal, client: queryClient, queryKey: entry }) => {
      const before = queryClient.getQueryData<status>(entry)
      const current = await fetch(value ?? '', signal)
      if (reachedSuccess(before, current)) {
        await invalidateAfterOperation(queryClient, client, 'confirmed')
      }
      return current
    },
  }
}
