import type { IbexError } from '../../core/errors/IbexError.ts'
import { isSigningField } from '../internal/form/useOperationSigning.ts'
import type { WalletCommonMessages } from '../internal/messages/wallet/WalletMessages.ts'
import { walletErrorFeedback, type WalletErrorFeedback } from '../internal/walletErrorFeedback.ts'

/** Where each error of a swap form shows. */
export type SwapFormFeedback = {
  /** At the amount: the local check first, else the quote's verdict about the amount. */
  amountFeedback: WalletErrorFeedback | null
  /** The swap's own error (null for a cancel). */
  swapFeedback: WalletErrorFeedback | null
  /** Above the button: the swap's error (unless it is about the signing step), else the quote's. */
  panelError: IbexError | null
  panelFeedback: WalletErrorFeedback | null
}

/**
 * Sorts a swap form's errors: a local amount problem hides the quote's error; a quote error
 * about the amount shows at the amount; a swap error about the PIN, passphrase or code stays
 * in the signing step; any other goes to the panel above the button, with its retry.
 *
 * @example
 * const { amountFeedback, panelError } = swapFormFeedback({ localProblem, quoteError: quote.error, swapError: swap.error, messages, hintValues })
 */
export function swapFormFeedback(input: {
  localProblem: string | undefined
  quoteError: IbexError | null
  swapError: IbexError | null
  messages: WalletCommonMessages
  hintValues: Record<string, string | number>
}): SwapFormFeedback {
  const { localProblem, swapError, messages, hintValues } = input
  const quoteError = input.quoteError && !localProblem ? input.quoteError : null
  const amountCode =
    localProblem ??
    (quoteError && walletErrorFeedback(quoteError.code, messages)?.field === 'amount'
      ? quoteError.code
      : undefined)
  const amountFeedback = amountCode ? walletErrorFeedback(amountCode, messages, hintValues) : null
  const swapFeedback = swapError ? walletErrorFeedback(swapError.code, messages, hintValues) : null
  const secretFailed = swapFeedback !== null && isSigningField(swapFeedback.field)
  const panelError =
    swapFeedback && !secretFailed ? swapError : !amountFeedback && quoteError ? quoteError : null
  const panelFeedback = panelError
    ? walletErrorFeedback(panelError.code, messages, hintValues)
    : null
  return { amountFeedback, swapFeedback, panelError, panelFeedback }
}
