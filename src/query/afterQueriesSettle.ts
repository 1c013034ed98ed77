import type { QueryClient } from '@tanstack/query-core'

/**
 * Resolves once `queryClient` has fetched nothing and run no mutation for `quietMs` (or after
 * `maxMs` in all): the moment a sign-in's data is on screen. Code that the first screen does not
 * need (the realtime client) waits for it, so that its download does not compete with the
 * sign-in and the balances.
 *
 * @example
 * await afterQueriesSettle(queryClient)
 * const { createRealtimeClient } = await import('../core/realtime/createRealtimeClient.ts')
 */
export function afterQueriesSettle(
  queryClient: QueryClient,
  { quietMs = 50, maxMs = 5000 }: { quietMs?: number; maxMs?: number } = {},
): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const unsubscribes: (() => void)[] = []
    const done = () => {
      clearTimeout(timer)
      clearTimeout(deadline)
      for (const unsubscribe of unsubscribes) unsubscribe()
      resolve()
    }
    const check = () => {
      clearTimeout(timer)
      if (queryClient.isFetching() === 0 && queryClient.isMutating() === 0)
        timer = setTimeout(() => {
          if (queryClient.isFetching() === 0 && queryClient.isMutating() === 0) done()
        }, quietMs)
    }
    const deadline = setTimeout(done, maxMs)
    unsubscribes.push(queryClient.getQueryCache().subscribe(check))
    unsubscribes.push(queryClient.getMutationCache().subscribe(check))
    check()
  })
}
