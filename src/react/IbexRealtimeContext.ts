'use client'
import { createContext } from 'react'
import type { IbexRealtimeClient } from '../core/realtime/IbexRealtimeClient.ts'

/**
 * The realtime client of the nearest `<IbexProvider>`; `undefined` when realtime is off (the
 * `realtime` prop, or on a server) or outside a provider.
 *
 * @example
 * const realtime = useContext(IbexRealtimeContext)
 */
export const IbexRealtimeContext = createContext<IbexRealtimeClient | undefined>(undefined)
IbexRealtimeContext.displayName = 'IbexRealtimeContext'
