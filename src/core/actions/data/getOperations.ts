import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexOperationRecord } from '../../parse/IbexOperationRecord.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'
import { assertCountParameter } from './assertCountParameter.ts'

/** Parameters of {@link getOperations}; all optional. */
export type GetOperationsParameters = {
  /** Only operations in this status. */
  status?: 'CREATED' | 'SIGNED' | 'EXECUTED' | 'CONFIRMED' | 'FAILED' | undefined
  /** At most this many. */
  limit?: number | undefined
  /** Skip the newest `offset`. */
  offset?: number | undefined
}

/** The operations, newest first (see `IbexOperationRecord`). */
export type GetOperationsReturnType = IbexOperationRecord[]

/**
 * `GET /v1.2/users/me/operations` (docs/protocol.md): the history of the user's Safe operations
 * over every Safe, newest first, with each one's status.
 *
 * @example
 * const failed = await getOperations(client, { status: 'FAILED', limit: 20 })
 */
export async function getOperations(
  client: IbexClient,
  parameters: GetOperationsParameters = {},
  options: IbexActionOptions = {},
): Promise<GetOperationsReturnType> {
  const { status, limit, offset } = parameters
  assertCountParameter(limit, 'limit', 1)
  assertCountParameter(offset, 'offset', 0)
  // Loaded alongside the request (see getBalances).
  const [body, { parseOperationsHistory }] = await Promise.all([
    client.request({
      path: '/v1.2/users/me/operations',
      query: { status, limit, offset },
      signal: options.signal,
    }),
    loadOnDemand('The operations reader', () => import('../../parse/parseOperationsHistory.ts')),
  ])
  return parseOperationsHistory(body)
}
