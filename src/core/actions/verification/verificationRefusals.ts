import { IbexRefusalError, type IbexRefusalErrorCode } from '../../errors/IbexRefusalError.ts'
import type { IbexHttpError } from '../../errors/IbexHttpError.ts'

const refusal =
  (code: Extract<IbexRefusalErrorCode, `validation/code-${string}`>, message: string) =>
  (answer: IbexHttpError) =>
    new IbexRefusalError({ code, field: 'code', message, refusal: answer })

/**
 * IBEx's refusals of a verification code the user can act on (the mock's `error_code`s), for
 * `mapServerRefusal`: a wrong, expired or used code is IBEx's verdict (`IbexRefusalError` on
 * field `code`, IBEx's answer as `cause`).
 *
 * @example
 * throw mapServerRefusal(error, verificationRefusals)
 */
export const verificationRefusals = {
  OTP_INVALID: refusal('validation/code-wrong', 'This code is not the one we sent.'),
  OTP_EXPIRED: refusal('validation/code-expired', 'This code has expired: ask for a new one.'),
  OTP_USED: refusal('validation/code-used', 'This code was already used: ask for a new one.'),
}
