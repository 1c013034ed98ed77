import type { IbexError } from '../../core/errors/IbexError.ts'
import type { CeremonyFeedback } from '../internal/announceCeremony.ts'
import type { WalletButtonMessages } from '../internal/messages/IbexMessages.ts'

/**
 * The announcement of a failed wallet sign-up or sign-in. Declining in the wallet is the user's
 * choice: it is said politely. An abort (a new attempt took over, the button went away) says
 * nothing. `hasConnectors` tells "no wallet connected" from "no wallet at all".
 *
 * @example
 * const feedback = walletButtonFeedback(error, { mode: 'sign-in', hasConnectors: true }, messages)
 * if (feedback) announce(feedback.text, feedback.politeness)
 */
export function walletButtonFeedback(
  error: Pick<IbexError, 'code'>,
  context: { mode: 'sign-up' | 'sign-in'; hasConnectors: boolean },
  messages: WalletButtonMessages,
): CeremonyFeedback {
  const assertive = (text: string) => ({ text, politeness: 'assertive' as const })
  switch (error.code) {
    case 'wallet/aborted':
      return null
    case 'wallet/rejected':
      return { text: messages.rejected, politeness: 'polite' }
    case 'wallet/not-connected':
      return assertive(context.hasConnectors ? messages.notConnected : messages.noWallet)
    case 'wallet/wrong-chain':
      return assertive(messages.wrongChain)
    case 'wallet/address-mismatch':
      return assertive(messages.addressMismatch)
    case 'wallet/unsupported':
      return assertive(messages.unsupported)
    case 'http/conflict':
      return assertive(context.mode === 'sign-up' ? messages.accountExists : messages.error)
    case 'http/not-found':
      return assertive(context.mode === 'sign-in' ? messages.accountUnknown : messages.error)
    default:
      return assertive(messages.error)
  }
}
