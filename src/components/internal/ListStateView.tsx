'use client'
import type { ReactNode } from 'react'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { WalletCommonMessages } from './messages/wallet/WalletMessages.ts'
import { WalletErrorPanel } from './WalletErrorPanel.tsx'
import { walletErrorFeedback } from './walletErrorFeedback.ts'

/** Props of {@link ListStateView}. */
export interface ListStateViewProps {
  state: 'loading' | 'error' | 'empty'
  /** How many placeholder rows keep the list's height while it loads. */
  skeletonRows: number
  /** The list's title, naming the loading list. */
  titleId: string
  error: IbexError | null
  onRetry: () => void
  messages: WalletCommonMessages & { loading: string; empty: string; emptyHint: string }
  /** The list's `part()`: the kit's class of a part plus the app's. */
  part: (name: 'list' | 'skeleton' | 'error' | 'empty') => string
}

/**
 * What a wallet list shows before it has rows: skeleton rows at the final height (with the
 * loading text for screen readers), the worded error with a retry, or the empty state.
 *
 * @example
 * if (state !== 'success') return <ListStateView state={state} skeletonRows={3} … />
 */
export function ListStateView(props: ListStateViewProps): ReactNode {
  const { state, skeletonRows, titleId, error, onRetry, messages, part } = props
  if (state === 'loading') {
    return (
      <ul className={part('list')} data-part="list" aria-labelledby={titleId} aria-busy="true">
        {Array.from({ length: skeletonRows }, (_, index) => (
          <li key={index} className={part('skeleton')} data-part="skeleton" aria-hidden="true">
            <span data-part="icon" />
            <span data-part="line" />
            <span data-part="line" />
          </li>
        ))}
        <li className="ibex-visually-hidden">{messages.loading}</li>
      </ul>
    )
  }
  if (state === 'error') {
    return error ? (
      <WalletErrorPanel
        className={part('error')}
        feedback={walletErrorFeedback(error.code, messages)}
        code={error.code}
        retryLabel={messages.retry}
        onRetry={onRetry}
      />
    ) : null
  }
  return (
    <div className={part('empty')} data-part="empty">
      <p data-part="empty-title">{messages.empty}</p>
      <p data-part="empty-hint">{messages.emptyHint}</p>
    </div>
  )
}
