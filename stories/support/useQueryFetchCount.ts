import { hashKey, type QueryKey } from '@tanstack/react-query'
import { useLayoutEffect, useState } from 'react'
import { useIbexQueryClient } from '../../src/react/hooks/useIbexQueryClient.ts'

/**
 * How many times the query of `queryKey` was fetched (an HTTP request to IBEx) since the calling
 * component mounted, from the provider's QueryCache: `setQueryData`, as the realtime cache sync
 * does, is not a fetch. Mount it before the components that read the query, so it sees their
 * first fetch (its subscription is a layout effect).
 *
 * @example
 * const fetches = useQueryFetchCount(balancesQueryOptions(client, { chainId }).queryKey)
 */
export function useQueryFetchCount(queryKey: QueryKey): number {
  const queryClient = useIbexQueryClient()
  const hash = hashKey(queryKey)
  const [count, setCount] = useState(0)
  useLayoutEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (
          event.type === 'updated' &&
          event.action.type === 'fetch' &&
          event.query.queryHash === hash
        )
          setCount((previous) => previous + 1)
      }),
    [queryClient, hash],
  )
  return count
}
