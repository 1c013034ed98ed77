import { IbexValidationError } from '../../errors/IbexValidationError.ts'

const BIC = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/

/**
 * A BIC as a person typed it (spaces ignored, any case), checked before any request: 8 or 11
 * letters and digits, bank, country and location codes (`validation/bic-invalid`). Returns it
 * compact and upper case.
 *
 * @example
 * parseBicInput('agri frpp', 'respondingPspBic') // 'AGRIFRPP'
 */
export function parseBicInput(value: unknown, field: string): string {
  const bic = typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : ''
  if (!BIC.test(bic)) {
    throw new IbexValidationError({
      code: 'validation/bic-invalid',
      field,
      message: `\`${field}\` must be a BIC: 8 or 11 letters and digits (the bank, its country and location).`,
    })
  }
  return bic
}
