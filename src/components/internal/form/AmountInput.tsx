'use client'
import type { ComponentPropsWithRef, ReactNode } from 'react'
import { numberFormatter } from '../format/numberFormatter.ts'
import { joinTokens } from '../joinTokens.ts'
import type { IbexLocale } from '../messages/IbexMessages.ts'

/** Props of {@link AmountInput}; other `<input>` props (and `ref`) go to the input. */
export interface AmountInputProps extends Omit<
  ComponentPropsWithRef<'input'>,
  'type' | 'inputMode' | 'placeholder'
> {
  locale: IbexLocale
  /** The field's error text, if any: sets `aria-invalid`. */
  invalid: boolean
}

/**
 * The amount input of the wallet forms: text with the decimal keyboard (the locale's decimal
 * mark is accepted, so not `type="number"`), a "0" placeholder in the locale's notation.
 *
 * @example
 * <AmountInput id={id} locale="de" invalid={Boolean(error)} value={text} onChange={…} />
 */
export function AmountInput(props: AmountInputProps): ReactNode {
  const { locale, invalid, className, ...inputProps } = props
  return (
    <input
      {...inputProps}
      className={joinTokens('ibex-input', className)}
      data-part="input"
      type="text"
      inputMode="decimal"
      autoComplete="off"
      placeholder={numberFormatter(locale).format('0')}
      aria-invalid={invalid || undefined}
    />
  )
}
