import { formatTokenAmount, type AmountContext } from './format/formatTokenAmount.ts'
import { formatFiatValue } from './format/formatFiatValue.ts'
import { formatMessage } from './messages/formatMessage.ts'
import type { WalletCommonMessages } from './messages/wallet/WalletMessages.ts'

/**
 * A token amount as a sentence fragment: the formatted number (or the translated "<{amount}"
 * threshold) and, with a symbol, the translated "{amount} {symbol}".
 *
 * @example
 * formatAmountText(12_500000000000000000n, 18, 'fr', messages, 'EURe') // '12,5 EURe'
 */
export function formatAmountText(
  value: bigint,
  decimals: number,
  locale: string,
  messages: Pick<WalletCommonMessages, 'lessThan'>,
  symbol?: string,
  context: AmountContext = 'list',
): string {
  const formatted = formatTokenAmount(value, decimals, locale, context)
  const amount =
    formatted.kind === 'below'
      ? formatMessage(messages.lessThan, { amount: formatted.text })
      : formatted.text
  // The symbol follows the number in every shipped language, kept on one line.
  return symbol === undefined ? amount : `${amount}\u00a0${symbol}`
}

/**
 * A fiat value (IBEx's decimal string) for display, thresholds through "<{amount}".
 *
 * @example
 * formatFiatText('0.004', 'eur', 'de', messages) // '<0,01 €'
 */
export function formatFiatText(
  value: string,
  currency: string,
  locale: string,
  messages: Pick<WalletCommonMessages, 'lessThan'>,
): string {
  const formatted = formatFiatValue(value, currency.toUpperCase(), locale)
  return formatted.kind === 'below'
    ? formatMessage(messages.lessThan, { amount: formatted.text })
    : formatted.text
}
