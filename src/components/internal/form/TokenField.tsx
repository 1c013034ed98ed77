'use client'
import type { ReactNode } from 'react'
import type { IbexBalanceRow } from '../../../core/parse/flattenBalances.ts'
import type { IbexLocale } from '../messages/IbexMessages.ts'
import type {
  TransferFormMessages,
  WalletCommonMessages,
} from '../messages/wallet/WalletMessages.ts'
import { TokenIcon } from '../TokenIcon.tsx'
import { TokenSelect } from './TokenSelect.tsx'

/** Props of {@link TokenField}. */
export interface TokenFieldProps {
  /** The form's id: the select is `${id}-${name}`. */
  id: string
  /** `data-field` of the field, and the select's id suffix. */
  name: string
  label: string
  rows: readonly IbexBalanceRow[]
  current: IbexBalanceRow | undefined
  disabled: boolean
  locale: IbexLocale
  messages: Pick<TransferFormMessages, 'tokenOption'> & WalletCommonMessages
  onChange: (address: string) => void
  /** Draws the chosen token's icon beside the select (with this class). */
  iconClassName?: string | undefined
  /** A line under the select (e.g. "No token to send yet"), described by it. */
  hint?: string | undefined
  classNames: { field: string; label: string; select: string; hint: string }
}

/**
 * A token field of the wallet forms: label, the select of the Safe's tokens with balances, and
 * optionally the chosen token's icon and a hint line.
 *
 * @example
 * <TokenField id={id} name="sell" label="You pay" rows={rows} current={sell} iconClassName="ibex-swap-form__icon" … />
 */
export function TokenField(props: TokenFieldProps): ReactNode {
  const { id, name, label, rows, current, disabled, locale, messages, onChange } = props
  const { iconClassName, hint, classNames } = props
  const select = (
    <TokenSelect
      id={`${id}-${name}`}
      className={classNames.select}
      rows={rows}
      value={current?.token.address ?? ''}
      locale={locale}
      messages={messages}
      disabled={disabled}
      aria-describedby={hint ? `${id}-${name}-hint` : undefined}
      onChange={(event) => onChange(event.target.value)}
    />
  )
  return (
    <div className={classNames.field} data-part="field" data-field={name}>
      <label htmlFor={`${id}-${name}`} className={classNames.label} data-part="label">
        {label}
      </label>
      {iconClassName !== undefined ? (
        <div data-part="token-row">
          {current ? <TokenIcon symbol={current.token.symbol} className={iconClassName} /> : null}
          {select}
        </div>
      ) : (
        select
      )}
      {hint ? (
        <p id={`${id}-${name}-hint`} className={classNames.hint} data-part="hint">
          {hint}
        </p>
      ) : null}
    </div>
  )
}
