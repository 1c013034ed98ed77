import { describe, expect, it } from 'vitest'
import { emailFormFeedback } from '../../../src/components/EmailOtpForm/emailFormFeedback.ts'
import { emailOtpFormMessages } from '../../../src/components/internal/messages/emailOtpFormMessages.ts'

const messages = emailOtpFormMessages.en
const limits = { length: 6, minLength: 10 }

describe('given emailFormFeedback', () => {
  it('should say nothing about aborts and a step already running', () => {
    for (const code of ['network/aborted', 'signer/aborted', 'session/busy']) {
      expect(emailFormFeedback({ code }, 'code', messages, limits)).toBeNull()
    }
  })

  it('should put code refusals on the code, clear it, and free the resend for spent codes', () => {
    expect(emailFormFeedback({ code: 'validation/code-wrong' }, 'code', messages, limits)).toEqual({
      field: 'code',
      text: messages.errorCodeWrong,
      clearCode: true,
    })
    expect(
      emailFormFeedback({ code: 'validation/code-used' }, 'code', messages, limits),
    ).toMatchObject({ field: 'code', clearCode: true, resendAfter: 0 })
    expect(
      emailFormFeedback({ code: 'validation/code-malformed' }, 'code', messages, limits)?.text,
    ).toBe('Enter the 6 digits from the email.')
  })

  it('should use Retry-After: a notice on the code step, a message on the email step', () => {
    const limited = { code: 'http/rate-limited', retryAfter: 12 }
    expect(emailFormFeedback(limited, 'resend', messages, limits)).toEqual({
      field: 'code',
      resendAfter: 12,
    })
    expect(emailFormFeedback(limited, 'send', messages, limits)?.text).toBe(
      'A code was sent a moment ago. Try again in 12 s.',
    )
  })

  it('should restart at the email step when the attempt is over', () => {
    for (const code of ['validation/email-flow-expired', 'validation/email-flow-missing']) {
      expect(emailFormFeedback({ code }, 'passphrase', messages, limits)).toEqual({
        field: 'email',
        text: messages.errorFlowExpired,
        restart: true,
      })
    }
  })

  it('should fill the policy into passphrase messages and clear a wrong one', () => {
    expect(
      emailFormFeedback({ code: 'validation/passphrase-too-short' }, 'passphrase', messages, limits)
        ?.text,
    ).toBe('Use at least 10 characters.')
    expect(
      emailFormFeedback({ code: 'validation/passphrase-wrong' }, 'passphrase', messages, limits),
    ).toMatchObject({ field: 'passphrase', clearPassphrase: true })
  })

  it('should show network and unknown failures under the field of the step that failed', () => {
    expect(emailFormFeedback({ code: 'network/failed' }, 'send', messages, limits)).toEqual({
      field: 'email',
      text: messages.errorNetwork,
    })
    expect(emailFormFeedback({ code: 'http/server-error' }, 'resend', messages, limits)).toEqual({
      field: 'code',
      text: messages.errorGeneric,
    })
  })
})
