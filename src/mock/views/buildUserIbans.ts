import { sepaOf } from '../sepa/sepaOf.ts'
import type { MockView } from './MockView.ts'

/**
 * `GET /v1.2/users/me/ibans` and the `ibans` section of `/users/me` and `user_data`
 * of the WebSocket: which of the user's Safes have an IBAN.
 *
 * @example
 * buildUserIbans(view) // { count: 1, ibans: [{ safeAddress, blockchainId: 421614, status: 'active', … }] }
 */
export function buildUserIbans(view: MockView): { count: number; ibans: unknown[] } {
  const ibans = sepaOf(view.user).ibans.map((row) => ({
    safeAddress: row.safeAddress,
    blockchainId: row.blockchainId,
    status: 'active',
    provider: 'mock',
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }))
  return { count: ibans.length, ibans }
}
