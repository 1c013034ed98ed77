import type * as v from 'valibot'
import type { realtimeEventSchemas } from './realtimeEventSchemas.ts'

/**
 * The `data` of each realtime event type (docs/protocol.md), as the kit checked it.
 *
 * @example
 * const update: IbexRealtimeEventMap['balance_update'] = event.data
 */
export type IbexRealtimeEventMap = {
  [type in keyof typeof realtimeEventSchemas]: v.InferOutput<(typeof realtimeEventSchemas)[type]>
}

/** A server → client event type: `balance_update`, `new_transaction`, `maintenance`, … */
export type IbexRealtimeEventType = keyof IbexRealtimeEventMap

/**
 * One server → client event of IBEx's `/ws`: `{ type, data, timestamp }`. Narrow on `type`.
 * The flat `maintenance` message arrives with its fields in `data` like every other event.
 *
 * @example
 * realtime.on((event) => {
 *   if (event.type === 'balance_update') console.log(event.data.address, event.data.balance)
 * })
 */
export type IbexRealtimeEvent<type extends IbexRealtimeEventType = IbexRealtimeEventType> = {
  [key in type]: {
    type: key
    data: IbexRealtimeEventMap[key]
    /** ISO time of the server's envelope, when it sent one. */
    timestamp: string | null
  }
}[type]
