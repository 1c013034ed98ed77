import { IbexValidationError } from '../../errors/IbexValidationError.ts'

const refusal = (code: `validation/code-${string}`, message: string) => () =>
  new IbexValidationError({ code, field: 'code', message })

/**
 * IBEx's refusals of a verification code the user can act on (the mock's `error_code`s), for
 * `mapServerRefusal`: wrong, expired or used code on field `code`.
 *
 * @example
 * throw mapServerRefusal(error, verificationRefusals)
 */
export const verificationRefusals = {
  OTP_INVALID: refusal('validation/code-wrong', 'This code is not the one we sent.'),
  OTP_EXPIRED: refusal('validation/code-expired', 'This code has expired: ask for a new one.'),
  OTP_USED: refusal('validation/code-used', 'This code was already used: ask for a new one.'),
}
