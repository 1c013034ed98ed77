import type { MockUser } from '../state/MockUser.ts'
import type { MockSepa } from './MockSepa.ts'

// Beside the user rather than in MockUser, so SEPA stays one additive module; it lives and dies
// with the user object of its mock instance.
const states = new WeakMap<MockUser, MockSepa>()

/**
 * The user's SEPA state in the mock (IBANs, pending approvals, transactions, mandates), created
 * empty on first use.
 *
 * @example
 * sepaOf(view.user).ibans.map((row) => row.iban)
 */
export function sepaOf(user: MockUser): MockSepa {
  let state = states.get(user)
  if (!state) {
    state = { ibans: [], approvals: new Map(), transactions: [], mandates: [] }
    states.set(user, state)
  }
  return state
}
