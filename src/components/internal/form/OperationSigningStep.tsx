'use client'
import type { ReactNode } from 'react'
import type { IbexError } from '../../../core/errors/IbexError.ts'
import { IbexPinThrottledError } from '../../../core/errors/IbexPinThrottledError.ts'
import { WalletIcon } from '../icons/WalletIcon.tsx'
import type { IbexLocale } from '../messages/IbexMessages.ts'
import type {
  TransferFormMessages,
  WalletCommonMessages,
} from '../messages/wallet/WalletMessages.ts'
import { SignerPrompt } from '../SignerPrompt.tsx'
import { walletErrorFeedback } from '../walletErrorFeedback.ts'
import type { UseOperationSigningReturnType } from './useOperationSigning.ts'

/** Props of {@link OperationSigningStep}. */
export interface OperationSigningStepProps {
  signing: UseOperationSigningReturnType
  /** The operation's error, shown in the step when it is about the step's inputs. */
  error: IbexError | null
  messages: TransferFormMessages & WalletCommonMessages
  locale: IbexLocale | undefined
  pending: boolean
  /** Hidden once the operation succeeded. */
  done: boolean
  onCancel: () => void
  className: string
}

function feedbackText(error: IbexError | null, messages: WalletCommonMessages, field: string) {
  const feedback = error ? walletErrorFeedback(error.code, messages) : null
  return feedback && feedback.field === field ? `${feedback.what} ${feedback.hint}` : undefined
}

/**
 * The signing step of the wallet forms: for an EIP-7702 user without a connected wallet, what is
 * needed (up front, so the form never fails for it); else, while `signing.step` is open, the PIN
 * pad or the passphrase (with the emailed code the first time), errors of those inputs at them.
 *
 * @example
 * <OperationSigningStep signing={signing} error={transfer.error} messages={messages} … />
 */
export function OperationSigningStep(props: OperationSigningStepProps): ReactNode {
  const { signing, error, messages, locale, pending, done, onCancel, className } = props
  if (signing.walletMissing) {
    return (
      <div className={className} data-part="signer" data-kind="wallet-needed" role="note">
        <WalletIcon size={20} />
        <p data-part="signer-note">{messages.walletNeeded}</p>
        <p data-part="hint">{messages.walletNeededHint}</p>
      </div>
    )
  }
  const { step } = signing
  if (!step || done) return null
  const secretError = feedbackText(error, messages, step === 'pin' ? 'pin' : 'passphrase')
  const codeRequestError = signing.code.error
    ? walletErrorFeedback(signing.code.error.code, messages)
    : null
  const codeError =
    feedbackText(error, messages, 'code') ??
    (codeRequestError ? `${codeRequestError.what} ${codeRequestError.hint}` : undefined)
  return (
    <SignerPrompt
      className={className}
      kind={step}
      locale={locale}
      messages={messages}
      error={secretError}
      codeError={codeError}
      codeSending={signing.code.sending}
      onResendCode={signing.code.resend}
      retryAt={error instanceof IbexPinThrottledError ? error.retryAt : undefined}
      pending={pending}
      onSubmit={signing.submit}
      onCancel={onCancel}
    />
  )
}
