'use client'
import type { QueryClient } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import type { IbexClient } from '../../core/client/IbexClient.ts'
import { createRealtimeClient } from '../../core/realtime/createRealtimeClient.ts'
import type {
  CreateRealtimeClientOptions,
  IbexRealtimeClient,
} from '../../core/realtime/IbexRealtimeClient.ts'
import { syncRealtimeCache } from '../../query/syncRealtimeCache.ts'

/** Whether realtime is on by default here: in a browser (a page with WebSocket), not on a server. */
function isBrowser(): boolean {
  return typeof window !== 'undefined' && typeof globalThis.WebSocket === 'function'
}

/**
 * The realtime client of `<IbexProvider>`: created once per IBEx client when `realtime` is on
 * (its options are read then; later changes are ignored, as for `config`), started after mount
 * with the cache kept in step (`syncRealtimeCache`), stopped on unmount, which closes the socket
 * or hands it to another tab. Nothing happens during a server render.
 *
 * @example
 * const realtime = useProviderRealtime(client, queryClient, props.realtime)
 */
export function useProviderRealtime(
  client: IbexClient,
  queryClient: QueryClient,
  realtime: boolean | CreateRealtimeClientOptions | undefined,
): IbexRealtimeClient | undefined {
  const enabled = realtime === undefined ? isBrowser() : realtime !== false
  const options = typeof realtime === 'object' ? realtime : undefined
  // Creating one does nothing until `start()`, so a spare one from a discarded render is
  // harmless. The options are read once per client, as `config` is.
  const active = useMemo(
    () => (enabled ? createRealtimeClient(client, options) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
    [client, enabled],
  )

  useEffect(() => {
    if (!active) return
    active.start()
    const stopCache = syncRealtimeCache(active, queryClient, client)
    return () => {
      stopCache()
      active.stop()
    }
  }, [active, queryClient, client])

  return active
}
