import type { IbexError } from '../../core/errors/IbexError.ts'
import type { PasskeyButtonMessages } from '../internal/messages/IbexMessages.ts'

/** What the button announces about a failure, and how urgently; `null` for none. */
export type PasskeyButtonFeedback = { text: string; politeness: 'polite' | 'assertive' } | null

/**
 * The announcement of a failed ceremony. Closing the prompt (`webauthn/cancelled`,
 * `webauthn/not-allowed`) is the user's choice, not a fault: it gets the gentle message,
 * politely. An abort (another ceremony took over, the component went away) says nothing.
 *
 * @example
 * const feedback = passkeyButtonFeedback(error, messages)
 * if (feedback) announce(feedback.text, feedback.politeness)
 */
export function passkeyButtonFeedback(
  error: Pick<IbexError, 'code'>,
  messages: PasskeyButtonMessages,
): PasskeyButtonFeedback {
  switch (error.code) {
    case 'webauthn/aborted':
      return null
    case 'webauthn/cancelled':
    case 'webauthn/not-allowed':
      return { text: messages.cancelled, politeness: 'polite' }
    case 'webauthn/unsupported':
      return { text: messages.unsupported, politeness: 'assertive' }
    case 'webauthn/credential-excluded':
      return { text: messages.alreadyRegistered, politeness: 'assertive' }
    default:
      return { text: messages.error, politeness: 'assertive' }
  }
}
