'use client'
import type { QueryClient } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import type { IbexClient } from '../../core/client/IbexClient.ts'
import { createLazyRealtimeClient } from '../../core/realtime/createLazyRealtimeClient.ts'
import { afterQueriesSettle } from '../../query/afterQueriesSettle.ts'
import type {
  CreateRealtimeClientOptions,
  IbexRealtimeClient,
} from '../../core/realtime/IbexRealtimeClient.ts'

/** Whether realtime is on by default here: in a browser (a page with WebSocket), not on a server. */
function isBrowser(): boolean {
  return typeof window !== 'undefined' && typeof globalThis.WebSocket === 'function'
}

/**
 * The realtime client of `<IbexProvider>`: created once per IBEx client and QueryClient when
 * `realtime` is on (its options are read then; later changes are ignored, as for `config`),
 * started after mount, stopped on unmount, which closes the socket or hands it to another tab.
 * Its code and the cache updater (`syncRealtimeCache`) are downloaded together at the first
 * sign-in, once the query client has settled (the sign-in and the data it shows are done), so
 * they are neither part of the app's initial bundle nor on the way to the first balances; the
 * cache follows every event from the socket's first. Nothing happens during a server render.
 *
 * @example
 * const realtime = useProviderRealtime(client, queryClient, props.realtime)
 */
export function useProviderRealtime(
  client: IbexClient,
  queryClient: QueryClient,
  realtime: boolean | CreateRealtimeClientOptions | undefined,
): IbexRealtimeClient | undefined {
  // Behind the proxy the socket cannot share its route (route handlers do not upgrade): it is on
  // when the app names IBEx's socket URL (`realtime={{ url }}`).
  const enabled =
    realtime === undefined ? isBrowser() && client.config.transport !== 'proxy' : realtime !== false
  const options = typeof realtime === 'object' ? realtime : undefined
  // Creating one does nothing until `start()`, so a spare one from a discarded render is
  // harmless. The options are read once per client, as `config` is.
  const active = useMemo(
    () =>
      enabled
        ? createLazyRealtimeClient(client, options, async () => {
            // After the sign-in and what it shows (balances…): realtime is not needed for them.
            await afterQueriesSettle(queryClient)
            const [{ createRealtimeClient }, { syncRealtimeCache }] = await Promise.all([
              import('../../core/realtime/createRealtimeClient.ts'),
              import('../../query/syncRealtimeCache.ts'),
            ])
            return (ibex, realtimeOptions) => {
              const loaded = createRealtimeClient(ibex, realtimeOptions)
              // For the loaded client's lifetime: it delivers events only while started.
              syncRealtimeCache(loaded, queryClient, ibex)
              return loaded
            }
          })
        : undefined,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- options are read once per client, as config is
    [client, enabled, queryClient],
  )

  useEffect(() => {
    if (!active) return
    active.start()
    return () => active.stop()
  }, [active])

  return active
}
