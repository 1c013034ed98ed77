import type { IbexBalanceRow } from '../../core/parse/flattenBalances.ts'
import type { TransferData } from '../../react/hooks/useTransfer.ts'
import { formatAmountText } from '../internal/formatAmountText.ts'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'
import type {
  TransferFormMessages,
  WalletCommonMessages,
} from '../internal/messages/wallet/WalletMessages.ts'
import { shortAddress } from '../internal/shortAddress.ts'

/**
 * "Sent 12.5 EURe to 0x12…cdef." for a confirmed transfer, in the locale; `undefined` before.
 *
 * @example
 * transferSuccessText(transfer.data?.operation, selected, 'en', messages)
 */
export function transferSuccessText(
  sent: TransferData['operation'] | undefined,
  selected: IbexBalanceRow | undefined,
  locale: IbexLocale,
  messages: TransferFormMessages & WalletCommonMessages,
): string | undefined {
  if (!sent) return undefined
  const symbol = sent.symbol ?? selected?.token.symbol ?? ''
  return formatMessage(messages.success, {
    amount: formatAmountText(sent.value, sent.decimals, locale, messages, symbol, 'form'),
    recipient: shortAddress(sent.to),
  })
}
