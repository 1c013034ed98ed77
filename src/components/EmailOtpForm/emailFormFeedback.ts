import type { IbexError } from '../../core/errors/IbexError.ts'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import type { EmailOtpFormMessages } from '../internal/messages/IbexMessages.ts'

/** The request of the form that failed: asking for a code, again, checking it, the passphrase. */
export type EmailFormAction = 'send' | 'resend' | 'code' | 'passphrase'

/** What the form does about a failure; `null` means nothing (an abort, a step already running). */
export type EmailFormFeedback = {
  /** The field the message is shown under (and tied to with `aria-describedby`). */
  field: 'email' | 'code' | 'passphrase'
  /** The message; none when the code step's own wait notice says it all. */
  text?: string
  /** The attempt is over: back to the email step. */
  restart?: true
  /** Show the email input instead of the remembered address. */
  askEmail?: true
  /** Empty the code input (the typed code is spent or wrong). */
  clearCode?: true
  /** Empty the passphrase fields. */
  clearPassphrase?: true
  /** A new code may be asked for after this many seconds (0: at once). */
  resendAfter?: number
} | null

const FIELD_OF: Record<EmailFormAction, 'email' | 'code' | 'passphrase'> = {
  send: 'email',
  resend: 'code',
  code: 'code',
  passphrase: 'passphrase',
}

/**
 * Turns a failed email step into what the form shows: the message (in the form's language),
 * the field it belongs to, and what to reset. Codes are the kit's stable `IbexError` codes.
 *
 * @example
 * const feedback = emailFormFeedback(error, 'code', messages, { length: 6, minLength: 8 })
 * if (feedback?.clearCode) setCode('')
 */
export function emailFormFeedback(
  error: Pick<IbexError, 'code'> & { retryAfter?: number | undefined },
  action: EmailFormAction,
  messages: EmailOtpFormMessages,
  limits: { length: number; minLength: number },
): EmailFormFeedback {
  const field = FIELD_OF[action]
  switch (error.code) {
    case 'network/aborted':
    case 'signer/aborted':
    case 'session/busy':
      return null
    case 'validation/email-invalid':
      return { field: 'email', text: messages.errorEmailInvalid, askEmail: true }
    case 'validation/user-unknown':
      return { field: 'email', text: messages.errorUserUnknown, askEmail: true }
    case 'http/conflict':
      return { field, text: messages.errorEmailTaken }
    case 'http/not-found':
      return { field, text: messages.errorEmailUnknown, askEmail: true }
    case 'http/rate-limited': {
      const seconds = Math.max(1, error.retryAfter ?? 30)
      if (action === 'resend') return { field, resendAfter: seconds }
      return { field, text: formatMessage(messages.errorRateLimited, { seconds }) }
    }
    case 'validation/code-malformed':
      return {
        field: 'code',
        text: formatMessage(messages.errorCodeMalformed, { length: limits.length }),
        clearCode: true,
      }
    case 'validation/code-wrong':
      return { field: 'code', text: messages.errorCodeWrong, clearCode: true }
    case 'validation/code-expired':
      return { field: 'code', text: messages.errorCodeExpired, clearCode: true, resendAfter: 0 }
    case 'validation/code-used':
      return { field: 'code', text: messages.errorCodeUsed, clearCode: true, resendAfter: 0 }
    case 'validation/code-unverified':
    case 'validation/email-flow-missing':
    case 'validation/email-flow-expired':
      return { field: 'email', text: messages.errorFlowExpired, restart: true }
    case 'validation/passphrase-missing':
      return { field: 'passphrase', text: messages.errorPassphraseMissing }
    case 'validation/passphrase-too-short':
      return {
        field: 'passphrase',
        text: formatMessage(messages.errorPassphraseTooShort, { minLength: limits.minLength }),
      }
    case 'validation/passphrase-too-long':
      return { field: 'passphrase', text: messages.errorPassphraseTooLong }
    case 'validation/passphrase-weak':
      return { field: 'passphrase', text: messages.errorPassphraseWeak }
    case 'validation/passphrase-invalid-characters':
      return { field: 'passphrase', text: messages.errorPassphraseInvalidCharacters }
    case 'validation/passphrase-wrong':
      return { field: 'passphrase', text: messages.errorPassphraseWrong, clearPassphrase: true }
    case 'network/failed':
    case 'network/timeout':
    case 'network/load-failed':
      return { field, text: messages.errorNetwork }
    default:
      return { field, text: messages.errorGeneric }
  }
}
