import type { IbexBalanceRow } from '../../../core/parse/flattenBalances.ts'
import { numberFormatter } from '../format/numberFormatter.ts'
import { formatAmountText } from '../formatAmountText.ts'
import type { IbexLocale } from '../messages/IbexMessages.ts'
import type { WalletCommonMessages } from '../messages/wallet/WalletMessages.ts'

/**
 * The values the amount errors' hints take for the chosen token: `{symbol}`, `{decimals}`, the
 * balance as `{amount}` and an `{example}` amount, all in the locale's notation.
 *
 * @example
 * walletErrorFeedback('validation/amount-exceeds-balance', messages, amountHintValues(row, 'fr', messages))
 */
export function amountHintValues(
  row: IbexBalanceRow | undefined,
  locale: IbexLocale,
  messages: WalletCommonMessages,
): { symbol: string; decimals: number; amount: string; example: string } {
  return {
    symbol: row?.token.symbol ?? '',
    decimals: row?.token.decimals ?? 18,
    amount: row
      ? formatAmountText(
          row.balanceBaseUnits,
          row.token.decimals,
          locale,
          messages,
          row.token.symbol,
          'form',
        )
      : '',
    example: numberFormatter(locale).format('12.5'),
  }
}
