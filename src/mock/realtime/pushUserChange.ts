import type { MockState } from '../state/MockState.ts'
import type { MockUser } from '../state/MockUser.ts'
import { emitLedgerEvent } from '../wallet/emitLedgerEvent.ts'

/**
 * Tells the user's sockets their data changed, as IBEx does (docs/protocol.md): a fresh
 * `user_data`, then for an IBAN or KYC change IBEx's refresh signal (`user_iban_updated`
 * `{ iban: 'changed' }`, `user_ky_updated` `{ ky: 'changed' }`).
 *
 * @example
 * pushUserChange(view.state, view.user, 'iban')
 */
export function pushUserChange(
  state: MockState,
  user: Pick<MockUser, 'rpId' | 'externalUserId'>,
  signal?: 'iban' | 'ky',
): void {
  const { rpId, externalUserId } = user
  emitLedgerEvent(state, { type: 'userData', rpId, externalUserId })
  if (signal) emitLedgerEvent(state, { type: 'userSignal', signal, rpId, externalUserId })
}
