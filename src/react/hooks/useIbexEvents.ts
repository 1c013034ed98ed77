'use client'
import { useContext, useEffect, useRef } from 'react'
import type {
  IbexRealtimeEvent,
  IbexRealtimeEventType,
} from '../../core/realtime/IbexRealtimeEvent.ts'
import { IbexRealtimeContext } from '../IbexRealtimeContext.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/**
 * Calls `handler` with every event IBEx pushes over the realtime socket (in every tab: the
 * leader tab relays them), or only with those of `type`. The latest `handler` is called without
 * re-subscribing, so an inline function is fine. The kit already keeps balances, transactions
 * and the profile in the cache up to date; this is for anything else (a toast, a sound, a log).
 * Does nothing with `realtime={false}`.
 *
 * @example
 * useIbexEvents('new_transaction', ({ data }) => {
 *   if (data.newTransaction.direction === 'IN') toast(`Received ${data.newTransaction.value} ${data.newTransaction.tokenSymbol}`)
 * })
 * useIbexEvents((event) => console.debug(event.type, event.data))
 */
export function useIbexEvents(handler: (event: IbexRealtimeEvent) => void): void
export function useIbexEvents<type extends IbexRealtimeEventType>(
  type: type,
  handler: (event: IbexRealtimeEvent<type>) => void,
): void
export function useIbexEvents(
  typeOrHandler: IbexRealtimeEventType | ((event: IbexRealtimeEvent) => void),
  maybeHandler?: (event: never) => void,
): void {
  useIbexContext('useIbexEvents')
  const realtime = useContext(IbexRealtimeContext)
  const type = typeof typeOrHandler === 'string' ? typeOrHandler : undefined
  const handler = (typeof typeOrHandler === 'string' ? maybeHandler : typeOrHandler) as
    ((event: IbexRealtimeEvent) => void) | undefined
  const latest = useRef(handler)
  useEffect(() => {
    latest.current = handler
  })
  useEffect(() => {
    if (!realtime) return
    const deliver = (event: IbexRealtimeEvent) => latest.current?.(event)
    return type === undefined ? realtime.on(deliver) : realtime.on(type, deliver)
  }, [realtime, type])
}
