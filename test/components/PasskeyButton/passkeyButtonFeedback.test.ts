import { describe, expect, it } from 'vitest'
import { passkeyButtonMessages } from '../../../src/components/internal/messages/passkeyButtonMessages.ts'
import { passkeyButtonFeedback } from '../../../src/components/PasskeyButton/passkeyButtonFeedback.ts'

const messages = passkeyButtonMessages.en

describe('given a failed passkey ceremony', () => {
  it('should stay silent when it was aborted (another prompt took over, or the button went away)', () => {
    expect(passkeyButtonFeedback({ code: 'webauthn/aborted' }, messages)).toBeNull()
  })

  it('should answer a closed or refused prompt gently and politely', () => {
    for (const code of ['webauthn/cancelled', 'webauthn/not-allowed']) {
      expect(passkeyButtonFeedback({ code }, messages)).toEqual({
        text: messages.cancelled,
        politeness: 'polite',
      })
    }
  })

  it('should announce a missing passkey support and other failures assertively', () => {
    expect(passkeyButtonFeedback({ code: 'webauthn/unsupported' }, messages)).toEqual({
      text: messages.unsupported,
      politeness: 'assertive',
    })
    expect(passkeyButtonFeedback({ code: 'http/server-error' }, messages)).toEqual({
      text: messages.error,
      politeness: 'assertive',
    })
  })
})
