'use client'
import { useContext, useSyncExternalStore } from 'react'
import { closedRealtimeSnapshot } from '../../core/realtime/closedRealtimeSnapshot.ts'
import type { IbexRealtimeSnapshot } from '../../core/realtime/IbexRealtimeClient.ts'
import { IbexRealtimeContext } from '../IbexRealtimeContext.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Return type of {@link useRealtimeStatus}. */
export type UseRealtimeStatusReturnType = IbexRealtimeSnapshot

const noSubscription = () => () => {}
const closed = () => closedRealtimeSnapshot

/**
 * The state of the live updates: `status` (`'connecting' | 'open' | 'reconnecting' | 'closed' |
 * 'maintenance'`), this tab's `role` (`'leader'` holds the socket, `'follower'` gets it relayed),
 * `maintenance` (`{ since, message }` while IBEx announces one), `lastClose` and `lastError`
 * (e.g. `{ code: 'ALREADY_CONNECTED' }` when another device holds the user's socket). `closed`
 * when signed out, with `realtime={false}`, and during a server render.
 *
 * @example
 * const { status, maintenance } = useRealtimeStatus()
 * if (status === 'maintenance') return <Banner>{maintenance?.message}</Banner>
 * return <Dot live={status === 'open'} />
 */
export function useRealtimeStatus(): UseRealtimeStatusReturnType {
  useIbexContext('useRealtimeStatus')
  const realtime = useContext(IbexRealtimeContext)
  return useSyncExternalStore(
    realtime?.subscribe ?? noSubscription,
    realtime?.getSnapshot ?? closed,
    realtime?.getServerSnapshot ?? closed,
  )
}
