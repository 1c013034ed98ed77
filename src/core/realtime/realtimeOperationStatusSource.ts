import type { OperationStatusSource } from '../operations/OperationStatusSource.ts'
import type { IbexRealtimeClient } from './IbexRealtimeClient.ts'

/**
 * The realtime socket as an operation status source (see `operationStatusSources`): IBEx pushes
 * no operation status over `/ws`, but a `new_transaction` or `balance_update` of the user's Safe
 * means something settled, so a tracked operation looks its status up at once instead of
 * waiting for the next poll. `createRealtimeClient` registers it while the socket is open.
 *
 * @example
 * operationStatusSources.set(client, realtimeOperationStatusSource(realtime))
 */
export function realtimeOperationStatusSource(
  realtime: Pick<IbexRealtimeClient, 'on'>,
): OperationStatusSource {
  return {
    watch: (_userOpHash, onUpdate) =>
      realtime.on((event) => {
        if (event.type === 'new_transaction' || event.type === 'balance_update') onUpdate()
      }),
  }
}
