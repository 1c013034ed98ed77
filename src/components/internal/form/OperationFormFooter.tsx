'use client'
import type { ReactNode } from 'react'
import type { Hex } from 'viem'
import type { IbexError } from '../../../core/errors/IbexError.ts'
import {
  OperationProgress,
  type OperationProgressProps,
} from '../../OperationProgress/OperationProgress.tsx'
import type { IbexLocale } from '../messages/IbexMessages.ts'
import type {
  TransferFormMessages,
  WalletCommonMessages,
} from '../messages/wallet/WalletMessages.ts'
import { WalletErrorPanel } from '../WalletErrorPanel.tsx'
import type { WalletErrorFeedback } from '../walletErrorFeedback.ts'
import { OperationSigningStep } from './OperationSigningStep.tsx'
import { SubmitButton } from './SubmitButton.tsx'
import type { UseOperationSigningReturnType } from './useOperationSigning.ts'

/** The operation hook's state the footer shows (`useTransfer`'s, `useSwap`'s). */
export type FooterOperation = {
  stage: OperationProgressProps['stage']
  error: IbexError | null
  isPending: boolean
  isSuccess: boolean
  data: { transactionHash?: Hex | undefined } | undefined
  cancel: () => void
}

/** Props of {@link OperationFormFooter}. */
export interface OperationFormFooterProps {
  operation: FooterOperation
  signing: UseOperationSigningReturnType
  /** The operation's own feedback: `null` for a cancel, which is not a failure to show. */
  operationFeedback: WalletErrorFeedback | null
  /** The error above the button, with its retry. */
  panel: { error: IbexError; feedback: WalletErrorFeedback; onRetry: () => void } | null
  chainId: number | undefined
  locale: IbexLocale | undefined
  messages: TransferFormMessages & WalletCommonMessages & { submit: string; again: string }
  /** Shown as the confirmed status ("Sent 12.5 EURe to 0x12…cdef."). */
  successText: string | undefined
  /** The submit cannot run (`aria-disabled`). */
  refused: boolean
  classNames: { signer: string; error: string; progress: string; submit: string }
}

/**
 * The end of a wallet form: the signing step, the error panel with its retry, the operation's
 * progress (stages and explorer link), and the submit button (hidden while the signing step
 * has its own confirm).
 *
 * @example
 * <OperationFormFooter operation={transfer} signing={signing} panel={panel} … />
 */
export function OperationFormFooter(props: OperationFormFooterProps): ReactNode {
  const { operation, signing, operationFeedback, panel, chainId, locale, messages } = props
  const { successText, refused, classNames } = props
  const pending = operation.isPending
  const done = operation.isSuccess
  return (
    <>
      <OperationSigningStep
        className={classNames.signer}
        signing={signing}
        error={operation.error}
        messages={messages}
        locale={locale}
        pending={pending}
        done={done}
        onCancel={() => {
          operation.cancel()
          signing.close()
        }}
      />
      {panel ? (
        <WalletErrorPanel
          className={classNames.error}
          feedback={panel.feedback}
          code={panel.error.code}
          retryLabel={messages.retry}
          onRetry={panel.onRetry}
        />
      ) : null}
      <OperationProgress
        className={classNames.progress}
        // A closed prompt or a cancel is not a failure to show.
        stage={operation.error && !operationFeedback ? 'idle' : operation.stage}
        chainId={chainId}
        transactionHash={operation.data?.transactionHash}
        locale={locale}
        messages={successText ? { statusConfirmed: successText } : undefined}
      />
      {signing.step && !done ? null : (
        <SubmitButton
          className={classNames.submit}
          pending={pending}
          done={done}
          refused={refused}
          label={messages.submit}
          againLabel={messages.again}
        />
      )}
    </>
  )
}
