import { parseIbanInput } from '../../../core/actions/addressBook/parseIbanInput.ts'
import { MockHttpError } from '../../errors/MockHttpError.ts'

/**
 * An IBAN field of a SEPA body or query, normalised as the kit does; else 400 naming `key`.
 *
 * @example
 * const debtorIban = sepaIbanOf(debtor.iban, 'debtor.iban')
 */
export function sepaIbanOf(value: unknown, key: string): string {
  try {
    return parseIbanInput(value, key)
  } catch {
    throw new MockHttpError('VALIDATION', `${key} is not a valid IBAN`)
  }
}
