import { MockHttpError } from '../../errors/MockHttpError.ts'
import type { MockContext } from '../../http/MockContext.ts'
import type { MockUser } from '../../state/MockUser.ts'

/** Checks and consumes the user's live email code: OTP_INVALID, OTP_USED or OTP_EXPIRED otherwise. */
export function verifyOtp(ctx: MockContext, user: MockUser, code: unknown): void {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) {
    throw new MockHttpError('VALIDATION', 'The email code is 6 digits (emailOtp)')
  }
  const otp = ctx.tenant().otps.get(user.externalUserId)
  if (!otp || otp.code !== code) throw new MockHttpError('OTP_INVALID', 'Wrong email code')
  if (otp.used) throw new MockHttpError('OTP_USED', 'This email code was already used')
  if (ctx.now() > otp.expiresAt)
    throw new MockHttpError('OTP_EXPIRED', 'This email code has expired')
  otp.used = true
}
