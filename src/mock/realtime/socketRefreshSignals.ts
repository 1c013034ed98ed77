import { sepaOf } from '../sepa/sepaOf.ts'
import type { MockUser } from '../state/MockUser.ts'

/** What a socket last told its user about: their IBANs and their KYC state, as text. */
export type SocketSignalState = { iban: string; ky: string }

/**
 * IBEx's refresh signals owed to a socket since `previous` (docs/protocol.md):
 * `user_iban_updated` `{ iban: 'changed' }` when the user's IBANs changed, `user_ky_updated`
 * `{ ky: 'changed' }` when their KYC did (a session or KYB enrollment started, an email or phone
 * confirmed); and the state to compare the next change with.
 *
 * @example
 * const { messages, state } = socketRefreshSignals(user, lastState)
 * for (const [type, data] of messages) send(type, data)
 */
export function socketRefreshSignals(
  user: MockUser,
  previous: SocketSignalState | undefined,
): { messages: [string, unknown][]; state: SocketSignalState } {
  const state: SocketSignalState = {
    iban: JSON.stringify(sepaOf(user).ibans),
    ky: JSON.stringify([
      user.kycSession ?? null,
      user.kybEnrollment ?? null,
      user.verifiedEmail ?? null,
      user.verifiedTelephone ?? null,
    ]),
  }
  const messages: [string, unknown][] = []
  if (previous && previous.iban !== state.iban) {
    messages.push(['user_iban_updated', { iban: 'changed' }])
  }
  if (previous && previous.ky !== state.ky) messages.push(['user_ky_updated', { ky: 'changed' }])
  return { messages, state }
}
