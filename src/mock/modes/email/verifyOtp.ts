import { MockHttpError } from '../../errors/MockHttpError.ts'
import type { MockContext } from '../../http/MockContext.ts'
import type { MockUser } from '../../state/MockUser.ts'

/** Wrong guesses a code survives; the next wrong one burns it (IBEx's anti-flood). */
export const maxOtpAttempts = 5

/**
 * Checks and consumes the user's live email code: OTP_INVALID, OTP_USED or OTP_EXPIRED
 * otherwise. The {@link maxOtpAttempts}th wrong code burns the live code: that answer and every
 * later one, right or wrong, is 429 RATE_LIMITED until a new code is sent, so apps can test their
 * lock-out path.
 */
export function verifyOtp(ctx: MockContext, user: MockUser, code: unknown): void {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) {
    throw new MockHttpError('VALIDATION', 'The email code is 6 digits (emailOtp)')
  }
  const otp = ctx.tenant().otps.get(user.externalUserId)
  if (otp && (otp.attempts ?? 0) >= maxOtpAttempts) throw burnt()
  if (!otp || otp.code !== code) {
    if (otp && !otp.used) {
      otp.attempts = (otp.attempts ?? 0) + 1
      if (otp.attempts >= maxOtpAttempts) throw burnt()
    }
    throw new MockHttpError('OTP_INVALID', 'Wrong email code')
  }
  if (otp.used) throw new MockHttpError('OTP_USED', 'This email code was already used')
  if (ctx.now() > otp.expiresAt)
    throw new MockHttpError('OTP_EXPIRED', 'This email code has expired')
  otp.used = true
}

function burnt(): MockHttpError {
  return new MockHttpError(
    'RATE_LIMITED',
    `Too many wrong codes (${maxOtpAttempts}): this code is burnt, request a new one`,
  )
}
