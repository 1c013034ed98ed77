'use client'
import type { ReactNode } from 'react'
import { formatUnits } from 'viem'
import type { IbexBalanceRow } from '../../core/parse/flattenBalances.ts'
import type { SwapQuote } from '../../core/schemas/swapQuoteSchema.ts'
import { numberFormatter } from '../internal/format/numberFormatter.ts'
import { formatAmountText } from '../internal/formatAmountText.ts'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'
import type {
  SwapFormMessages,
  WalletCommonMessages,
} from '../internal/messages/wallet/WalletMessages.ts'
import type { SwapFormPart } from './SwapFormPart.ts'
import { swapQuoteFigures } from './swapQuoteFigures.ts'

/** Props of {@link SwapQuoteSummary}. */
export interface SwapQuoteSummaryProps {
  /** The quote of the amount on screen, if any. */
  offer: SwapQuote | undefined
  sell: IbexBalanceRow | undefined
  buy: IbexBalanceRow | undefined
  isExpired: boolean
  isFetching: boolean
  secondsLeft: number
  slippage: number
  locale: IbexLocale
  messages: SwapFormMessages & WalletCommonMessages
  part: (name: SwapFormPart) => string
}

/**
 * The quote block of a swap: what is received, the rate, the minimum received after the
 * tolerated price change and the provider; a countdown to its expiry, and the slippage note.
 * Keeps its height while quoting.
 *
 * @example
 * <SwapQuoteSummary offer={offer} sell={sell} buy={buy} isExpired={false} … />
 */
export function SwapQuoteSummary(props: SwapQuoteSummaryProps): ReactNode {
  const { offer, sell, buy, isExpired, isFetching, secondsLeft, slippage, locale, messages } = props
  const { part } = props
  const figures = offer ? swapQuoteFigures(offer, slippage) : undefined
  const amount = (value: bigint, decimals: number, symbol: string) =>
    formatAmountText(value, decimals, locale, messages, symbol, 'form')
  return (
    <div
      className={part('quote')}
      data-part="quote"
      data-state={offer ? (isExpired ? 'expired' : 'ready') : isFetching ? 'loading' : 'empty'}
      aria-busy={isFetching || undefined}
    >
      {offer && buy && sell && figures ? (
        <dl data-part="figures">
          <div data-part="figure" data-figure="receive">
            <dt>{messages.buyLabel}</dt>
            <dd>{amount(offer.buyValue, offer.buyTokenDecimals, buy.token.symbol)}</dd>
          </div>
          <div data-part="figure" data-figure="rate">
            <dt>{messages.rateLabel}</dt>
            <dd>
              {`1\u00a0${sell.token.symbol} = ${numberFormatter(locale, {
                maximumSignificantDigits: 6,
                roundingMode: 'trunc',
              }).format(figures.rate)}\u00a0${buy.token.symbol}`}
            </dd>
          </div>
          <div data-part="figure" data-figure="minimum">
            <dt>{messages.minimumLabel}</dt>
            <dd>{amount(figures.minimum, offer.buyTokenDecimals, buy.token.symbol)}</dd>
          </div>
          <div data-part="figure" data-figure="provider">
            <dt>{messages.providerLabel}</dt>
            <dd>{offer.provider}</dd>
          </div>
        </dl>
      ) : (
        <p data-part="quote-placeholder">{isFetching ? messages.quoting : '\u00a0'}</p>
      )}
      <p className={part('countdown')} data-part="countdown" data-quote-id={offer?.quoteId}>
        {offer
          ? isExpired
            ? messages.expired
            : formatMessage(messages.expiresIn, { seconds: secondsLeft }, locale)
          : '\u00a0'}
      </p>
      <p data-part="note">
        {formatMessage(messages.slippageNote, {
          slippage: numberFormatter(locale, {
            style: 'percent',
            maximumFractionDigits: 2,
          }).format(formatUnits(BigInt(Math.round(slippage * 100)), 4)),
        })}
      </p>
    </div>
  )
}
