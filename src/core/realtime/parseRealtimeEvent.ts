import * as v from 'valibot'
import type { IbexRealtimeEvent, IbexRealtimeEventType } from './IbexRealtimeEvent.ts'
import { realtimeEventSchemas } from './realtimeEventSchemas.ts'

function isEventType(type: unknown): type is IbexRealtimeEventType {
  return typeof type === 'string' && Object.hasOwn(realtimeEventSchemas, type)
}

/**
 * Turns a received message (the socket's text, or an object relayed by another tab) into a
 * checked {@link IbexRealtimeEvent}, or `undefined` for anything else: not JSON, an unknown
 * type, or data that fails its schema. The flat `maintenance` message (docs/protocol.md) gets its
 * fields moved into `data`; a wrapped one is read as is.
 *
 * @example
 * parseRealtimeEvent('{"type":"balance_update","data":{"address":"0x…","balance":"1"}}')
 */
export function parseRealtimeEvent(message: unknown): IbexRealtimeEvent | undefined {
  let value = message
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      return undefined
    }
  }
  if (typeof value !== 'object' || value === null) return undefined
  const { type, data, timestamp, ...rest } = value as Record<string, unknown>
  if (!isEventType(type)) return undefined
  const payload =
    type === 'maintenance' && (typeof data !== 'object' || data === null) ? rest : data
  const parsed = v.safeParse(realtimeEventSchemas[type], payload)
  if (!parsed.success) return undefined
  return {
    type,
    data: parsed.output,
    timestamp: typeof timestamp === 'string' ? timestamp : null,
  } as IbexRealtimeEvent
}
