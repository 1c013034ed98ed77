import type { Hex } from 'viem'
import type { OperationStatus } from '../schemas/operationStatusSchema.ts'

/**
 * A push channel for operation statuses, such as the realtime socket when it is connected.
 * `watch` calls `onUpdate` with a status when the channel carries one, or with nothing when it
 * only knows that something changed (a `new_transaction`, a `balance_update`): the tracker then
 * looks the status up at once. Polling stays on, slower, in case the channel drops.
 *
 * @example
 * const source: OperationStatusSource = {
 *   watch: (userOpHash, onUpdate) => socket.on('new_transaction', () => onUpdate()),
 * }
 * operationStatusSources.set(client, source)
 */
export type OperationStatusSource = {
  /** Starts watching `userOpHash`; returns the function that stops. */
  watch(userOpHash: Hex, onUpdate: (status?: OperationStatus) => void): () => void
}
