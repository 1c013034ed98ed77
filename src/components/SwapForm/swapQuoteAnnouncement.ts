import type { IbexBalanceRow } from '../../core/parse/flattenBalances.ts'
import type { SwapQuote } from '../../core/schemas/swapQuoteSchema.ts'
import { formatAmountText } from '../internal/formatAmountText.ts'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'
import type {
  SwapFormMessages,
  WalletCommonMessages,
} from '../internal/messages/wallet/WalletMessages.ts'

/**
 * What a swap form announces about its quote: "You receive about 10.9 USDe." for a price, the
 * expiry once it expired, nothing without a quote. Announced only when it changes, so a
 * re-quote at the same price says nothing.
 *
 * @example
 * useChangeAnnouncement(swapQuoteAnnouncement(offer, buy, quote.isExpired, 'en', messages))
 */
export function swapQuoteAnnouncement(
  offer: SwapQuote | undefined,
  buy: IbexBalanceRow | undefined,
  isExpired: boolean,
  locale: IbexLocale,
  messages: SwapFormMessages & WalletCommonMessages,
): string | undefined {
  if (!offer || !buy) return undefined
  if (isExpired) return messages.expired
  return formatMessage(messages.quoteReady, {
    amount: formatAmountText(
      offer.buyValue,
      offer.buyTokenDecimals,
      locale,
      messages,
      buy.token.symbol,
      'form',
    ),
  })
}
