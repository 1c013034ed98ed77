import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockView } from '../views/MockView.ts'
import { verificationLimits } from './verificationLimits.ts'

/**
 * Checks a code against the last one sent on the channel to `target`: none sent, or sent to
 * another address, is 400 OTP_INVALID; expired 400 OTP_EXPIRED; used 400 OTP_USED; a wrong code
 * 400 OTP_INVALID, and past 5 tries 429 RATE_LIMITED (send a new code). A right code is used up.
 *
 * @example
 * checkVerificationCode(view, 'email', 'ada@example.com', '123456')
 */
export function checkVerificationCode(
  view: MockView,
  channel: 'email' | 'sms',
  target: string,
  code: string,
): void {
  const sent = view.user.verifications?.[channel]
  if (!sent || sent.target !== target) {
    throw new MockHttpError('OTP_INVALID', `No ${channel} code was sent to ${target}`)
  }
  if (sent.used) throw new MockHttpError('OTP_USED', 'This code was already used')
  if (view.now > sent.expiresAt) throw new MockHttpError('OTP_EXPIRED', 'This code has expired')
  if (sent.attempts >= verificationLimits.maxAttempts) {
    throw new MockHttpError('RATE_LIMITED', 'Too many wrong codes: ask for a new one', {
      headers: { 'Retry-After': String(Math.ceil((sent.expiresAt - view.now) / 1000)) },
    })
  }
  if (sent.code !== code) {
    sent.attempts += 1
    throw new MockHttpError('OTP_INVALID', 'Wrong code')
  }
  sent.used = true
}
