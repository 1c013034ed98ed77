import { MockHttpError } from '../../errors/MockHttpError.ts'
import type { MockContext } from '../../http/MockContext.ts'
import type { MockOtp } from '../../state/MockTenant.ts'
import type { MockUser } from '../../state/MockUser.ts'
import { maxOtpAttempts } from './verifyOtp.ts'

/**
 * "Sends" a 6-digit code to the user's email: stores it (one live code per user, valid
 * `otpTtl` seconds, single use) and appends it to the outbox. A resend while the last code is
 * unused, unexpired and not burnt is refused with 429 RATE_LIMITED and `Retry-After`.
 */
export function sendOtp(ctx: MockContext, user: MockUser): MockOtp {
  const tenant = ctx.tenant()
  const now = ctx.now()
  if (!user.email) throw new MockHttpError('VALIDATION', 'This user has no email address')
  const live = tenant.otps.get(user.externalUserId)
  if (live && !live.used && now <= live.expiresAt && (live.attempts ?? 0) < maxOtpAttempts) {
    const retryAfter = Math.max(1, Math.ceil((live.expiresAt - now) / 1000))
    throw new MockHttpError('RATE_LIMITED', `A code was sent already; retry in ${retryAfter} s`, {
      headers: { 'retry-after': String(retryAfter) },
    })
  }
  const otp: MockOtp = {
    code: ctx.state.random.digits(6),
    email: user.email,
    externalUserId: user.externalUserId,
    sentAt: now,
    expiresAt: now + ctx.config.otpTtl * 1000,
    used: false,
  }
  tenant.otps.set(user.externalUserId, otp)
  ctx.state.outbox.push({
    rpId: tenant.rpId,
    email: otp.email,
    code: otp.code,
    expiresAt: new Date(otp.expiresAt).toISOString(),
    externalUserId: otp.externalUserId,
    sentAt: new Date(now).toISOString(),
  })
  return otp
}
