import { REALTIME_SYNC_REQUEST_PREFIX } from './createRealtimeLink.ts'
import type { IbexRealtimeEvent } from './IbexRealtimeEvent.ts'

/**
 * Whether a `balance_data` / `transaction_data` event carries the default-parameters data every
 * tab can cache: the initial burst's, or the answer to the kit's own refresh (`resync`, a tab
 * joining). An app's own `request(…)` answers (their parameters unknown here) are not.
 *
 * @example
 * realtime.on('transaction_data', (event) => {
 *   if (isRealtimeSyncAnswer(event)) cacheDefaultPage(event.data)
 * })
 */
export function isRealtimeSyncAnswer(
  event: IbexRealtimeEvent<'balance_data' | 'transaction_data'>,
): boolean {
  const { mode, requestId } = event.data
  return (
    mode === 'initial' ||
    (typeof requestId === 'string' && requestId.startsWith(REALTIME_SYNC_REQUEST_PREFIX))
  )
}
