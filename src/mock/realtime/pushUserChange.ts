import type { MockState } from '../state/MockState.ts'
import type { MockUser } from '../state/MockUser.ts'
import { emitLedgerEvent } from '../wallet/emitLedgerEvent.ts'

/**
 * Tells the user's sockets their data changed, as IBEx does (docs/protocol.md): a fresh
 * `user_data`, followed, when their IBANs or KYC changed, by IBEx's refresh signal
 * (`user_iban_updated`, `user_ky_updated`; see `socketRefreshSignals`).
 *
 * @example
 * pushUserChange(view.state, view.user)
 */
export function pushUserChange(
  state: MockState,
  user: Pick<MockUser, 'rpId' | 'externalUserId'>,
): void {
  emitLedgerEvent(state, {
    type: 'userData',
    rpId: user.rpId,
    externalUserId: user.externalUserId,
  })
}
