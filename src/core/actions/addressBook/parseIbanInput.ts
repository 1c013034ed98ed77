import { IbexValidationError } from '../../errors/IbexValidationError.ts'

/** ISO 13616 mod-97 over the rearranged IBAN, digit by digit to stay within safe integers. */
function ibanRemainder(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const char of rearranged) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char)
    remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97
  }
  return remainder
}

/**
 * An IBAN as a person typed it (spaces ignored, any case), checked before any request: a country
 * code, two check digits and 11–30 letters or digits (`validation/iban-invalid`), then the
 * ISO 13616 mod-97 checksum (`validation/iban-checksum`, a typo). Returns it compact and upper
 * case.
 *
 * @example
 * parseIbanInput('fr76 3000 6000 0112 3456 7890 189', 'iban') // 'FR7630006000011234567890189'
 */
export function parseIbanInput(value: unknown, field: string): string {
  const iban = typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : ''
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) {
    throw new IbexValidationError({
      code: 'validation/iban-invalid',
      field,
      message: `\`${field}\` must be an IBAN: a country code, two check digits and the account number.`,
    })
  }
  if (ibanRemainder(iban) !== 1) {
    throw new IbexValidationError({
      code: 'validation/iban-checksum',
      field,
      message: `\`${field}\` fails the IBAN checksum: check it for a typo.`,
    })
  }
  return iban
}
