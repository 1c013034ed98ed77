'use client'
import { useContext } from 'react'
import type { IbexRealtimeClient } from '../../core/realtime/IbexRealtimeClient.ts'
import { IbexRealtimeContext } from '../IbexRealtimeContext.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/**
 * The provider's realtime client (`undefined` with `realtime={false}` or during a server render),
 * for what the hooks do not cover: `request({ type: 'get_transactions', params })` over the
 * socket, or `reconnect()` once the user closed the app on another device (after a 4003).
 *
 * @example
 * const realtime = useIbexRealtime()
 * const { lastError } = useRealtimeStatus()
 * if (lastError?.code === 'ALREADY_CONNECTED') return <button onClick={() => realtime?.reconnect()}>Use live updates here</button>
 */
export function useIbexRealtime(): IbexRealtimeClient | undefined {
  useIbexContext('useIbexRealtime')
  return useContext(IbexRealtimeContext)
}
