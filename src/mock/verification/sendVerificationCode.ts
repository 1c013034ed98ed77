import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockView } from '../views/MockView.ts'
import { verificationLimits } from './verificationLimits.ts'

const dayMs = 86_400_000

/**
 * Issues a 6-digit code for `target` on a channel, replacing the previous one. Outside dry-run
 * mode an SMS counts against the phone's daily limit (the 11th of 24 h is 429 with
 * `Retry-After`); in dry-run mode the code is returned so the answer can carry it.
 *
 * @example
 * const code = sendVerificationCode(view, 'sms', '+33612345678')
 */
export function sendVerificationCode(
  view: MockView,
  channel: 'email' | 'sms',
  target: string,
): string {
  const { user, now, config } = view
  if (channel === 'sms' && !config.verificationDryRun) {
    const sent = (user.smsSent ?? []).filter((entry) => now - entry.at < dayMs)
    const toPhone = sent.filter((entry) => entry.telephone === target)
    if (toPhone.length >= verificationLimits.smsPerPhonePerDay) {
      const oldest = toPhone[0]?.at ?? now
      const retryAfter = Math.max(1, Math.ceil((oldest + dayMs - now) / 1000))
      throw new MockHttpError('RATE_LIMITED', 'Daily SMS limit reached for this phone number', {
        headers: { 'Retry-After': String(retryAfter) },
      })
    }
    user.smsSent = [...sent, { telephone: target, at: now }]
  }
  const code = view.state.random.digits(6)
  user.verifications = {
    ...user.verifications,
    [channel]: {
      target,
      code,
      expiresAt: now + verificationLimits.codeTtlMs,
      attempts: 0,
      used: false,
    },
  }
  return code
}
