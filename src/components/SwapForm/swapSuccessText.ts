import type { IbexBalanceRow } from '../../core/parse/flattenBalances.ts'
import type { SwapQuote } from '../../core/schemas/swapQuoteSchema.ts'
import type { SwapData } from '../../react/hooks/useSwap.ts'
import { formatAmountText } from '../internal/formatAmountText.ts'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'
import type {
  SwapFormMessages,
  WalletCommonMessages,
} from '../internal/messages/wallet/WalletMessages.ts'

/**
 * "Swapped 10 EURe for 10.9 USDe." for a confirmed swap, in the locale; `undefined` before.
 *
 * @example
 * swapSuccessText(swap.data?.operation, offer, sell, buy, 'en', messages)
 */
export function swapSuccessText(
  operation: SwapData['operation'] | undefined,
  offer: SwapQuote | undefined,
  sell: IbexBalanceRow | undefined,
  buy: IbexBalanceRow | undefined,
  locale: IbexLocale,
  messages: SwapFormMessages & WalletCommonMessages,
): string | undefined {
  if (!operation || !sell || !buy) return undefined
  const amount = (value: bigint, decimals: number, symbol: string) =>
    formatAmountText(value, decimals, locale, messages, symbol, 'form')
  return formatMessage(messages.success, {
    sell: amount(
      operation.sellValue,
      offer?.sellTokenDecimals ?? sell.token.decimals,
      sell.token.symbol,
    ),
    buy: amount(
      operation.buyValue,
      offer?.buyTokenDecimals ?? buy.token.decimals,
      buy.token.symbol,
    ),
  })
}
