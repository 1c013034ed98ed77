import { IbexValidationError } from '../../errors/IbexValidationError.ts'

/**
 * The 6 digits of an email code as typed (spaces removed, full-width digits accepted), else
 * `validation/code-malformed` on `field` before any request.
 *
 * @example
 * readEmailCode('123 456', 'code') // '123456'
 */
export function readEmailCode(code: unknown, field: string): string {
  const digits = typeof code === 'string' ? code.normalize('NFKC').replace(/\s+/g, '') : ''
  if (!/^\d{6}$/.test(digits)) {
    throw new IbexValidationError({
      code: 'validation/code-malformed',
      field,
      message: 'The code is the 6 digits we emailed.',
    })
  }
  return digits
}
