import type { IbexError } from '../../core/errors/IbexError.ts'
import type { SignInMessages } from '../internal/messages/signInMessages.ts'

/**
 * End-user text for a failed sign-in or sign-up of the card (`null`: say nothing, e.g. the user
 * closed a prompt or another ceremony took over). Developer detail stays in `error.message`.
 *
 * @example
 * const text = authErrorText(error, messages, 'sign-in')
 */
export function authErrorText(
  error: Pick<IbexError, 'code'>,
  messages: SignInMessages,
  mode: 'sign-in' | 'sign-up',
): string | null {
  switch (error.code) {
    case 'webauthn/aborted':
    case 'webauthn/cancelled':
    case 'webauthn/not-allowed':
    case 'network/aborted':
    case 'wallet/aborted':
      return null
    case 'validation/pin-wrong':
      return messages.errorPinWrong
    case 'validation/user-unknown':
      return messages.errorPinNoAccount
    case 'http/not-found':
      return mode === 'sign-in' ? messages.errorAccountUnknown : messages.errorGeneric
    case 'http/conflict':
      return messages.errorAccountExists
    case 'http/rate-limited':
      return messages.errorRateLimited
    case 'http/maintenance':
      return messages.errorMaintenance
    case 'network/failed':
    case 'network/timeout':
    case 'network/load-failed':
      return messages.errorNetwork
    default:
      return messages.errorGeneric
  }
}
