import type { IbexClient } from '../client/IbexClient.ts'
import type { OperationStatusSource } from './OperationStatusSource.ts'

const sources = new WeakMap<IbexClient, OperationStatusSource>()

/**
 * The status source every operation of a client tracks with, besides polling: the realtime
 * socket registers itself here when it connects and unregisters when it closes.
 *
 * @example
 * operationStatusSources.set(client, socketSource)
 * // later
 * operationStatusSources.delete(client, socketSource)
 */
export const operationStatusSources = {
  get(client: IbexClient): OperationStatusSource | undefined {
    return sources.get(client)
  },
  set(client: IbexClient, source: OperationStatusSource): void {
    sources.set(client, source)
  },
  /** Unregisters `source` (only if it is still the client's). */
  delete(client: IbexClient, source: OperationStatusSource): void {
    if (sources.get(client) === source) sources.delete(client)
  },
}
