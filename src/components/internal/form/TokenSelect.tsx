'use client'
import type { ComponentPropsWithoutRef, ReactNode } from 'react'
import type { IbexBalanceRow } from '../../../core/parse/flattenBalances.ts'
import { formatAmountText } from '../formatAmountText.ts'
import { joinTokens } from '../joinTokens.ts'
import { formatMessage } from '../messages/formatMessage.ts'
import type { IbexLocale } from '../messages/IbexMessages.ts'
import type {
  TransferFormMessages,
  WalletCommonMessages,
} from '../messages/wallet/WalletMessages.ts'

/** Props of {@link TokenSelect}; other `<select>` props go to the select. */
export interface TokenSelectProps extends Omit<
  ComponentPropsWithoutRef<'select'>,
  'children' | 'value'
> {
  /** The tokens the Safe holds, one option each with its balance. */
  rows: readonly IbexBalanceRow[]
  /** The chosen token's address. */
  value: string
  locale: IbexLocale
  messages: Pick<TransferFormMessages, 'tokenOption'> & WalletCommonMessages
}

/**
 * The token select of the wallet forms: one option per held token, "EURe — balance 12.5" in
 * the locale's notation.
 *
 * @example
 * <TokenSelect id={id} rows={rows} value={selected.token.address} locale="fr" messages={messages} onChange={…} />
 */
export function TokenSelect(props: TokenSelectProps): ReactNode {
  const { rows, value, locale, messages, className, ...selectProps } = props
  return (
    <select
      {...selectProps}
      className={joinTokens('ibex-select', className)}
      data-part="select"
      value={value}
    >
      {rows.map((row) => (
        <option key={`${row.wallet}:${row.token.address}`} value={row.token.address}>
          {formatMessage(messages.tokenOption, {
            symbol: row.token.symbol,
            balance: formatAmountText(row.balanceBaseUnits, row.token.decimals, locale, messages),
          })}
        </option>
      ))}
    </select>
  )
}
