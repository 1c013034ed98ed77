'use client'
import type { ReactNode } from 'react'
import type { WalletErrorFeedback } from './walletErrorFeedback.ts'

/** Props of {@link WalletErrorPanel}. */
export interface WalletErrorPanelProps {
  feedback: WalletErrorFeedback | null
  /** The `IbexError.code`, as `data-error-code` (for apps and tests, never shown). */
  code: string
  retryLabel: string
  /** Shown as a retry button when the error allows one. */
  onRetry?: (() => void) | undefined
  className?: string | undefined
}

/**
 * A failure of a wallet component: what happened, what to do, and a retry button. An alert, so
 * it is announced once as it appears. Nothing for a cancel (`feedback` null).
 *
 * @example
 * <WalletErrorPanel feedback={walletErrorFeedback(error.code, messages)} code={error.code} retryLabel={messages.retry} onRetry={refetch} />
 */
export function WalletErrorPanel({
  feedback,
  code,
  retryLabel,
  onRetry,
  className,
}: WalletErrorPanelProps): ReactNode {
  if (!feedback) return null
  return (
    <div className={className} data-part="error" data-error-code={code}>
      <div role="alert" data-part="error-text">
        <p data-part="error-what">{feedback.what}</p>
        <p data-part="error-hint">{feedback.hint}</p>
      </div>
      {onRetry && feedback.retry ? (
        <button
          type="button"
          data-part="retry"
          className="ibex-button"
          data-variant="secondary"
          onClick={onRetry}
        >
          {retryLabel}
        </button>
      ) : null}
    </div>
  )
}
