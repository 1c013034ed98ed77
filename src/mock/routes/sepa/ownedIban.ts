import type { MockIban, MockSepa } from '../../sepa/MockSepa.ts'

/**
 * The user's IBAN row of `iban`, if it is theirs.
 *
 * @example
 * if (!ownedIban(sepaOf(view.user), debtorIban)) throw new MockHttpError('FORBIDDEN', '…')
 */
export function ownedIban(sepa: MockSepa, iban: string): MockIban | undefined {
  return sepa.ibans.find((row) => row.iban === iban)
}
