'use client'
import type { ReactNode, Ref } from 'react'
import { joinTokens } from '../joinTokens.ts'
import type { IbexLocale } from '../messages/IbexMessages.ts'
import { AmountInput } from './AmountInput.tsx'
import { FieldError } from './FieldError.tsx'

/** Props of {@link AmountField}. */
export interface AmountFieldProps {
  /** The form's id: the input is `${id}-amount`. */
  id: string
  inputRef: Ref<HTMLInputElement>
  label: string
  value: string
  onValueChange: (value: string) => void
  locked: boolean
  locale: IbexLocale
  /** The field's error (what happened and what to do). */
  error: string | undefined
  /** A button beside the input (Max). */
  action?: ReactNode
  /** The line under the input ("Available: 12.5 EURe"); a space keeps its height when empty. */
  available?: string | undefined
  classNames: { field: string; label: string; input: string; hint: string; fieldError: string }
}

/**
 * The amount field of the wallet forms: label, the amount input in the locale's notation, an
 * optional action beside it and balance line under it, and the field's error, all linked by
 * `aria-describedby`.
 *
 * @example
 * <AmountField id={id} label="Amount" value={text} onValueChange={setText} action={<MaxButton />} … />
 */
export function AmountField(props: AmountFieldProps): ReactNode {
  const { id, inputRef, label, value, onValueChange, locked, locale, error, action } = props
  const { available, classNames } = props
  const input = (
    <AmountInput
      ref={inputRef}
      id={`${id}-amount`}
      className={classNames.input}
      locale={locale}
      invalid={Boolean(error)}
      value={value}
      readOnly={locked}
      aria-describedby={joinTokens(
        available !== undefined && `${id}-available`,
        error && `${id}-amount-error`,
      )}
      onChange={(event) => onValueChange(event.target.value)}
    />
  )
  return (
    <div className={classNames.field} data-part="field" data-field="amount">
      <label htmlFor={`${id}-amount`} className={classNames.label} data-part="label">
        {label}
      </label>
      {action ? (
        <div data-part="amount-row">
          {input}
          {action}
        </div>
      ) : (
        input
      )}
      {available !== undefined ? (
        <p id={`${id}-available`} className={classNames.hint} data-part="hint">
          {available || '\u00a0'}
        </p>
      ) : null}
      <FieldError id={`${id}-amount-error`} className={classNames.fieldError} text={error} />
    </div>
  )
}
