'use client'
import { useId, type ComponentPropsWithRef, type ReactNode } from 'react'
import type { Address } from 'viem'
import type { IbexBalances, IbexFiatValue } from '../../core/parse/IbexBalances.ts'
import { flattenBalances, type IbexBalanceRow } from '../../core/parse/flattenBalances.ts'
import { useBalances } from '../../react/hooks/useBalances.ts'
import { useChains } from '../../react/hooks/useChains.ts'
import { formatAmountText, formatFiatText } from '../internal/formatAmountText.ts'
import { joinTokens } from '../internal/joinTokens.ts'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import { resolveWalletMessages } from '../internal/messages/wallet/resolveWalletMessages.ts'
import type {
  BalanceListMessages,
  WalletCommonMessages,
} from '../internal/messages/wallet/WalletMessages.ts'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'
import { TokenIcon } from '../internal/TokenIcon.tsx'
import { useWalletLocale } from '../internal/useWalletLocale.ts'
import { partClass, type WalletClassNames } from '../internal/WalletClassNames.ts'
import { ListStateView } from '../internal/ListStateView.tsx'

/** What `data-state` of a {@link BalanceList} says. */
export type BalanceListState = 'loading' | 'empty' | 'error' | 'success'

/** Parts of a {@link BalanceList}, for `classNames`. */
export type BalanceListPart =
  | 'root'
  | 'header'
  | 'title'
  | 'total'
  | 'list'
  | 'row'
  | 'icon'
  | 'token'
  | 'symbol'
  | 'name'
  | 'chain'
  | 'amounts'
  | 'amount'
  | 'fiat'
  | 'skeleton'
  | 'empty'
  | 'error'

/** A token of the list, as `getTokenLogo` sees it. */
export type BalanceListToken = { chainId: number; address: Address; symbol: string }

/** Props of {@link BalanceList}. Other `<div>` props go to the root. */
export interface BalanceListProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /**
   * One chain only; every chain of the user by default (a chain badge then marks each row).
   * @example
   * <BalanceList chainId={421614} />
   */
  chainId?: number | undefined
  /** One wallet only (a Safe or the user's EOA). */
  wallet?: Address | undefined
  /**
   * Also list tokens with a zero balance.
   * @default false
   */
  includeZero?: boolean | undefined
  /**
   * The fiat currency of values and the total, when IBEx has prices.
   * @default 'eur'
   */
  currency?: 'eur' | 'usd'
  /**
   * The logo of a token; a disc coloured from its symbol is drawn without one.
   * @example
   * <BalanceList getTokenLogo={(token) => logos[token.symbol]} />
   */
  getTokenLogo?: ((token: BalanceListToken) => string | undefined) | undefined
  /**
   * How many placeholder rows keep the list's height while it loads.
   * @default 3
   */
  skeletonRows?: number
  /** Language of the strings and of the numbers; `<IbexProvider locale>` when left out. */
  locale?: IbexLocale
  /** Overrides of single strings. */
  messages?: Partial<BalanceListMessages & WalletCommonMessages>
  /** Classes per part, beside the kit's `ibex-balance-list__<part>`. */
  classNames?: WalletClassNames<BalanceListPart>
}

type BalanceView = { rows: IbexBalanceRow[]; total: IbexFiatValue | undefined; priced: boolean }

// Module level, so TanStack runs it again only when the data changes.
function toView(data: IbexBalances): BalanceView {
  return { rows: flattenBalances(data), total: data.totals?.grand, priced: data.pricesAvailable }
}

/**
 * The signed-in user's tokens, one row each: logo (or a coloured disc), symbol and name, the
 * amount for the locale (exact, truncated, "<0.001" for dust) and its value in `currency` when
 * IBEx has prices, and a chain badge when the list spans several chains. It shows a skeleton at
 * its final height while loading, an empty state, and a worded error with a retry. Built on
 * `useBalances`: any number of components showing balances share one request, and operations
 * and live updates refresh it in place. `data-state` is `loading | empty | error | success`.
 *
 * @example
 * <BalanceList chainId={421614} currency="usd" classNames={{ row: 'py-2' }} />
 */
export function BalanceList(props: BalanceListProps): ReactNode {
  const {
    chainId,
    wallet,
    includeZero,
    currency = 'eur',
    getTokenLogo,
    skeletonRows = 3,
    locale: localeProp,
    messages: overrides,
    classNames,
    className,
    ...rootProps
  } = props
  const locale = useWalletLocale(localeProp)
  const messages = resolveWalletMessages('balanceList', locale, overrides)
  const titleId = useId()
  const balances = useBalances({
    chainId,
    wallet,
    includeZero,
    query: { select: toView },
  })
  const rows = balances.data?.rows
  const multiChain = new Set(rows?.map((row) => row.chainId)).size > 1
  const chains = useChains({ query: { enabled: multiChain } })
  // A chain id means nothing to a user: the badge waits for the catalogue's name.
  const chainName = (id: number) => chains.data?.find((chain) => chain.id === id)?.name
  const part = (name: BalanceListPart) => partClass('ibex-balance-list', name, classNames)

  const state: BalanceListState =
    rows === undefined
      ? balances.error
        ? 'error'
        : 'loading'
      : rows.length === 0
        ? 'empty'
        : 'success'
  const total = balances.data?.total?.[currency]

  let body: ReactNode
  if (state !== 'success') {
    body = (
      <ListStateView
        state={state}
        skeletonRows={skeletonRows}
        titleId={titleId}
        error={balances.error}
        onRetry={() => void balances.refetch()}
        messages={messages}
        part={part}
      />
    )
  } else {
    body = (
      <ul className={part('list')} data-part="list" aria-labelledby={titleId}>
        {rows?.map((row) => {
          const fiat = row.value[currency]
          return (
            <li
              key={`${row.chainId}:${row.wallet}:${row.token.address}`}
              className={part('row')}
              data-part="row"
              data-symbol={row.token.symbol}
            >
              <TokenIcon
                className={part('icon')}
                symbol={row.token.symbol}
                logoUrl={getTokenLogo?.({
                  chainId: row.chainId,
                  address: row.token.address,
                  symbol: row.token.symbol,
                })}
              />
              <span className={part('token')} data-part="token">
                <span className={part('symbol')} data-part="symbol">
                  {row.token.symbol}
                </span>
                {row.token.name && row.token.name !== row.token.symbol ? (
                  <span className={part('name')} data-part="name">
                    {row.token.name}
                  </span>
                ) : null}
                {multiChain && chainName(row.chainId) ? (
                  <span className={part('chain')} data-part="chain">
                    {formatMessage(messages.onChain, { chain: chainName(row.chainId) ?? '' })}
                  </span>
                ) : null}
              </span>
              <span className={part('amounts')} data-part="amounts">
                <span className={part('amount')} data-part="amount" title={row.balance}>
                  {formatAmountText(row.balanceBaseUnits, row.token.decimals, locale, messages)}
                </span>
                {fiat !== undefined && balances.data?.priced ? (
                  <span className={part('fiat')} data-part="fiat">
                    {formatFiatText(fiat, currency, locale, messages)}
                  </span>
                ) : null}
              </span>
            </li>
          )
        })}
      </ul>
    )
  }

  return (
    <div
      {...rootProps}
      className={joinTokens('ibex-root ibex-wallet ibex-balance-list', classNames?.root, className)}
      data-part="root"
      data-state={state}
      aria-busy={state === 'loading' || undefined}
    >
      <div className={part('header')} data-part="header">
        <span id={titleId} className={part('title')} data-part="title">
          {messages.title}
        </span>
        {total !== undefined && state === 'success' && balances.data?.priced ? (
          <span className={part('total')} data-part="total">
            {formatMessage(messages.total, {
              value: formatFiatText(total, currency, locale, messages),
            })}
          </span>
        ) : null}
      </div>
      {body}
    </div>
  )
}
