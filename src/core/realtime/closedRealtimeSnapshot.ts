import type { IbexRealtimeSnapshot } from './IbexRealtimeClient.ts'

/**
 * The realtime state with nothing running: signed out, stopped, realtime off, or a server render.
 *
 * @example
 * useSyncExternalStore(subscribe, getSnapshot, () => closedRealtimeSnapshot)
 */
export const closedRealtimeSnapshot: IbexRealtimeSnapshot = Object.freeze({
  status: 'closed',
  role: null,
  safeAddress: null,
  lastClose: null,
  lastError: null,
  maintenance: null,
})
