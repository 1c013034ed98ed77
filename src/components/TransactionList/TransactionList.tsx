'use client'
import { useId, type ComponentPropsWithRef, type ReactNode } from 'react'
import type { IbexTransaction } from '../../core/parse/IbexTransactions.ts'
import { useChains } from '../../react/hooks/useChains.ts'
import { useTokens } from '../../react/hooks/useTokens.ts'
import {
  useTransactions,
  type UseTransactionsParameters,
} from '../../react/hooks/useTransactions.ts'
import { dateFormatter, dayKey, formatDayHeading } from '../internal/format/dateFormatter.ts'
import { numberFormatter } from '../internal/format/numberFormatter.ts'
import { formatAmountText } from '../internal/formatAmountText.ts'
import { ArrowInIcon } from '../internal/icons/ArrowInIcon.tsx'
import { ArrowOutIcon } from '../internal/icons/ArrowOutIcon.tsx'
import { joinTokens } from '../internal/joinTokens.ts'
import { LiveRegion } from '../internal/LiveRegion.tsx'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import { resolveWalletMessages } from '../internal/messages/wallet/resolveWalletMessages.ts'
import type {
  TransactionListMessages,
  WalletCommonMessages,
} from '../internal/messages/wallet/WalletMessages.ts'
import { shortAddress } from '../internal/shortAddress.ts'
import { Spinner } from '../internal/Spinner.tsx'
import { useWalletLocale } from '../internal/useWalletLocale.ts'
import { useLoadOnScroll } from './useLoadOnScroll.ts'
import { partClass, type WalletClassNames } from '../internal/WalletClassNames.ts'
import { ListStateView } from '../internal/ListStateView.tsx'

/** What `data-state` of a {@link TransactionList} says. */
export type TransactionListState = 'loading' | 'empty' | 'error' | 'success'

/** Parts of a {@link TransactionList}, for `classNames`. */
export type TransactionListPart =
  | 'root'
  | 'header'
  | 'title'
  | 'day'
  | 'dayHeading'
  | 'list'
  | 'row'
  | 'direction'
  | 'main'
  | 'counterparty'
  | 'amount'
  | 'time'
  | 'more'
  | 'skeleton'
  | 'empty'
  | 'error'

/** Props of {@link TransactionList}. Other `<div>` props go to the root. */
export interface TransactionListProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /**
   * Filters of `useTransactions` (`chainId`, `direction`, `tokenAddress`, `limit` per page …).
   * @example
   * <TransactionList filters={{ chainId: 421614, direction: 'IN', limit: 20 }} />
   */
  filters?: Omit<UseTransactionsParameters, 'query'> | undefined
  /** "Now", for the Today/Yesterday headings (the clock by default; set it in tests and stories). */
  now?: Date | undefined
  /**
   * How many placeholder rows keep the list's height while it loads.
   * @default 3
   */
  skeletonRows?: number
  /**
   * Loads the next page by itself when the end of the list scrolls into view
   * (IntersectionObserver); the "Show more" button stays for keyboards and old browsers.
   * @default true
   */
  autoLoad?: boolean
  /** Language of the strings, numbers and dates; `<IbexProvider locale>` when left out. */
  locale?: IbexLocale
  /** Overrides of single strings. */
  messages?: Partial<TransactionListMessages & WalletCommonMessages>
  /** Classes per part, beside the kit's `ibex-transaction-list__<part>`. */
  classNames?: WalletClassNames<TransactionListPart>
}

/**
 * The user's transactions, newest first, grouped by day ("Today", "Yesterday", then dates in
 * the locale): received or sent, the counterparty, the amount with its sign and symbol, the
 * time, and a link to the chain's explorer (from the chain catalogue) on each row. More pages
 * load as the end of the list scrolls into view, or with "Show more" (an infinite query: pages
 * already shown stay). Skeleton at the final
 * height while loading, an empty state, and a worded error with a retry. Built on
 * `useTransactions`, `useTokens` (decimals) and `useChains` (explorers). `data-state` is
 * `loading | empty | error | success`.
 *
 * @example
 * <TransactionList filters={{ limit: 20 }} />
 */
export function TransactionList(props: TransactionListProps): ReactNode {
  const {
    filters,
    now,
    skeletonRows = 3,
    autoLoad = true,
    locale: localeProp,
    messages: overrides,
    classNames,
    className,
    ...rootProps
  } = props
  const locale = useWalletLocale(localeProp)
  const messages = resolveWalletMessages('transactionList', locale, overrides)
  const titleId = useId()
  const transactions = useTransactions(filters)
  const tokens = useTokens()
  const chains = useChains()
  const part = (name: TransactionListPart) => partClass('ibex-transaction-list', name, classNames)

  const pages = transactions.data?.pages
  const all = pages?.flatMap((page) => page.transactions) ?? []
  const state: TransactionListState =
    pages === undefined
      ? transactions.error
        ? 'error'
        : 'loading'
      : all.length === 0
        ? 'empty'
        : 'success'
  const lastPageCount = pages && pages.length > 1 ? (pages.at(-1)?.transactions.length ?? 0) : 0

  const decimalsOf = (tx: IbexTransaction): number | undefined => {
    if (tx.token.type === 'NATIVE') return 18
    const address = tx.token.address?.toLowerCase()
    return tokens.data?.find(
      (token) => token.chainId === tx.chainId && token.address.toLowerCase() === address,
    )?.decimals
  }
  const explorerOf = (chainId: number) =>
    chains.data?.find((chain) => chain.id === chainId)?.explorerTx
  const today = now ?? new Date()
  const timeFormat = dateFormatter(locale, { hour: 'numeric', minute: '2-digit' })

  function amountText(tx: IbexTransaction): string {
    const decimals = decimalsOf(tx)
    const symbol = tx.token.symbol ?? ''
    const sign = tx.direction === 'OUT' ? '−' : tx.direction === 'IN' ? '+' : ''
    if (decimals !== undefined && /^\d+$/.test(tx.value)) {
      return sign + formatAmountText(BigInt(tx.value), decimals, locale, messages, symbol)
    }
    // Without the token's decimals, IBEx's own human amount (display only).
    const shown = numberFormatter(locale, {
      maximumFractionDigits: 3,
      roundingMode: 'trunc',
    }).format(String(tx.valueFormatted ?? 0))
    return `${sign}${shown}\u00a0${symbol}`
  }

  const groups: { key: string; heading: string; items: IbexTransaction[] }[] = []
  for (const tx of all) {
    const date = new Date(tx.timestamp)
    const key = dayKey(date)
    const last = groups.at(-1)
    if (last?.key === key) last.items.push(tx)
    else groups.push({ key, heading: formatDayHeading(date, today, locale), items: [tx] })
  }

  let body: ReactNode
  if (state !== 'success') {
    body = (
      <ListStateView
        state={state}
        skeletonRows={skeletonRows}
        titleId={titleId}
        error={transactions.error}
        onRetry={() => void transactions.refetch()}
        messages={messages}
        part={part}
      />
    )
  } else {
    body = groups.map((group) => (
      <div
        key={group.key}
        role="group"
        className={part('day')}
        data-part="day"
        aria-labelledby={`${titleId}-${group.key}`}
      >
        <p id={`${titleId}-${group.key}`} className={part('dayHeading')} data-part="day-heading">
          {group.heading}
        </p>
        <ul className={part('list')} data-part="list">
          {group.items.map((tx) => {
            const incoming = tx.direction === 'IN'
            const counterparty = incoming ? tx.from : tx.to
            const explorer = explorerOf(tx.chainId)
            const content = (
              <>
                <span className={part('direction')} data-part="direction" aria-hidden="true">
                  {incoming ? <ArrowInIcon size={18} /> : <ArrowOutIcon size={18} />}
                </span>
                <span className={part('main')} data-part="main">
                  <span data-part="label">{incoming ? messages.received : messages.sent}</span>
                  {counterparty ? (
                    <span
                      className={part('counterparty')}
                      data-part="counterparty"
                      title={counterparty}
                    >
                      {formatMessage(incoming ? messages.from : messages.to, {
                        address: shortAddress(counterparty),
                      })}
                    </span>
                  ) : null}
                </span>
                <span className={part('amount')} data-part="amount">
                  {amountText(tx)}
                </span>
                <time className={part('time')} data-part="time" dateTime={tx.timestamp}>
                  {timeFormat.format(new Date(tx.timestamp))}
                </time>
              </>
            )
            return (
              <li
                key={`${tx.chainId}:${tx.hash}:${tx.id ?? ''}:${tx.direction ?? ''}`}
                className={part('row')}
                data-part="row"
                data-direction={tx.direction?.toLowerCase()}
              >
                {explorer ? (
                  <a
                    data-part="link"
                    href={`${explorer}${tx.hash}`}
                    target="_blank"
                    rel="noreferrer noopener"
                    aria-describedby={`${titleId}-explorer`}
                  >
                    {content}
                  </a>
                ) : (
                  <div data-part="link">{content}</div>
                )}
              </li>
            )
          })}
        </ul>
      </div>
    ))
  }

  const loadingMore = transactions.isFetchingNextPage
  const canLoadMore = state === 'success' && transactions.hasNextPage
  // A failed page waits for the button rather than being asked for again and again.
  const sentinel = useLoadOnScroll(
    autoLoad && canLoadMore && !loadingMore && !transactions.isFetchNextPageError,
    () => void transactions.fetchNextPage(),
  )
  return (
    <div
      {...rootProps}
      className={joinTokens(
        'ibex-root ibex-wallet ibex-transaction-list',
        classNames?.root,
        className,
      )}
      data-part="root"
      data-state={state}
      aria-busy={state === 'loading' || loadingMore || undefined}
    >
      <div className={part('header')} data-part="header">
        <span id={titleId} className={part('title')} data-part="title">
          {messages.title}
        </span>
      </div>
      <span id={`${titleId}-explorer`} hidden>
        {messages.viewOnExplorer}
      </span>
      {body}
      {canLoadMore ? (
        // The button is also the sentinel that loads the next page as it scrolls into view.
        <button
          ref={sentinel}
          type="button"
          className={joinTokens('ibex-button', part('more'))}
          data-part="more"
          data-variant="secondary"
          aria-busy={loadingMore || undefined}
          aria-disabled={loadingMore || undefined}
          onClick={() => {
            if (!loadingMore) void transactions.fetchNextPage()
          }}
        >
          {loadingMore ? <Spinner /> : null}
          {messages.loadMore}
        </button>
      ) : null}
      <LiveRegion
        polite={
          loadingMore
            ? messages.loadingMore
            : lastPageCount > 0
              ? formatMessage(messages.loadedMore, { count: lastPageCount }, locale)
              : ''
        }
      />
    </div>
  )
}
