import { IbexValidationError } from '../../errors/IbexValidationError.ts'

/**
 * The 6 digits of a verification code as typed (spaces removed, full-width digits accepted),
 * else `validation/code-malformed` on `code` before any request.
 *
 * @example
 * readVerificationCode('123 456', 'SMS') // '123456'
 */
export function readVerificationCode(code: unknown, channel: 'email' | 'SMS'): string {
  const digits = typeof code === 'string' ? code.normalize('NFKC').replace(/\s+/g, '') : ''
  if (!/^\d{6}$/.test(digits)) {
    throw new IbexValidationError({
      code: 'validation/code-malformed',
      field: 'code',
      message: `The code is the 6 digits we sent by ${channel}.`,
    })
  }
  return digits
}
