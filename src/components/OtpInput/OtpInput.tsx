'use client'
import {
  useId,
  useState,
  type ChangeEvent,
  type ClipboardEvent,
  type ComponentPropsWithRef,
  type CSSProperties,
  type ReactNode,
  type SyntheticEvent,
} from 'react'
import { assertCodeLength } from '../internal/assertCodeLength.ts'
import type { CodeEntryProps } from '../internal/CodeEntryProps.ts'
import { composeEventHandlers } from '../internal/composeEventHandlers.ts'
import { dataFlag } from '../internal/dataFlag.ts'
import { digitsOnly } from '../internal/digitsOnly.ts'
import { entryState } from '../internal/entryState.ts'
import { joinTokens } from '../internal/joinTokens.ts'
import { LiveRegion } from '../internal/LiveRegion.tsx'
import type { OtpInputMessages } from '../internal/messages/IbexMessages.ts'
import { useIbexLocale } from '../../react/hooks/useIbexLocale.ts'
import { otpInputMessages } from '../internal/messages/otpInputMessages.ts'
import { resolveMessages } from '../internal/messages/resolveMessages.ts'
import { resolveErrorText } from '../internal/resolveErrorText.ts'
import { useControllableState } from '../internal/useControllableState.ts'

// Set by the component itself (or replaced by its own props): not accepted from the app.
type OwnedInputProps =
  | 'value'
  | 'defaultValue'
  | 'onChange'
  | 'type'
  | 'maxLength'
  | 'minLength'
  | 'pattern'
  | 'inputMode'
  | 'autoComplete'
  | 'spellCheck'
  | 'children'
  | 'size'
  | 'disabled'

/**
 * Props of {@link OtpInput}. `className` and `style` go to the root; every other `<input>` prop
 * (`name`, `autoFocus`, `required`, `onBlur`…) and `ref` go to the one real input.
 */
export interface OtpInputProps
  extends Omit<ComponentPropsWithRef<'input'>, OwnedInputProps>, CodeEntryProps<OtpInputMessages> {
  /** Called with the code each time the user's input makes it complete: the auto-submit point. */
  onComplete?: (code: string) => void
  /**
   * Disables the input.
   * @default false
   */
  disabled?: boolean
  /**
   * Visible label of the input.
   * @default 'Verification code' (localised)
   */
  label?: string
  /** Class added to the root, beside `ibex-root ibex-otp`. */
  className?: string
  /** Inline style of the root. */
  style?: CSSProperties
}

type Selection = { start: number; end: number }

function readSelection(input: HTMLInputElement): Selection {
  const end = input.value.length
  return { start: input.selectionStart ?? end, end: input.selectionEnd ?? end }
}

/**
 * A one-time-code field: ONE real `<input autocomplete="one-time-code" inputmode="numeric">`
 * drawn over `length` visual slots (aria-hidden), as input-otp does. One input rather than one
 * box per digit because iOS/Android SMS and email code autofill, password managers and paste
 * all target a single field; assistive technology also reads it as the single field it is.
 * Pasted text keeps its digits ("123 456", "123-456" → "123456").
 *
 * @example
 * <OtpInput onComplete={(code) => verifyEmailCode(code)} error={codeRejected && 'This code has expired.'} />
 */
export function OtpInput(props: OtpInputProps): ReactNode {
  const {
    length = 6,
    value,
    defaultValue,
    onValueChange,
    onComplete,
    disabled = false,
    error,
    label,
    locale,
    messages: messageOverrides,
    className,
    style,
    id: idProp,
    onPaste,
    onSelect,
    onFocus,
    onBlur,
    'aria-describedby': describedBy,
    ...inputProps
  } = props
  assertCodeLength(length, 'OtpInput')
  const providerLocale = useIbexLocale()
  const messages = resolveMessages(otpInputMessages, locale ?? providerLocale, messageOverrides)
  const [rawCode, setCode] = useControllableState({
    prop: value,
    defaultProp: defaultValue ?? '',
    onChange: onValueChange,
    caller: 'OtpInput',
  })
  const code = digitsOnly(rawCode, length)
  const [focused, setFocused] = useState(false)
  const [selection, setSelection] = useState<Selection | null>(null)
  const generatedId = useId()
  const inputId = idProp ?? `${generatedId}-input`
  const errorId = `${generatedId}-error`
  const errorText = resolveErrorText(error, messages.error)

  function commit(next: string) {
    if (next === code) return
    setCode(next)
    if (next.length === length) onComplete?.(next)
  }

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    commit(digitsOnly(event.currentTarget.value, length))
    setSelection(readSelection(event.currentTarget))
  }

  function handlePaste(event: ClipboardEvent<HTMLInputElement>) {
    // The browser would cut "123 456" at maxLength before we could drop the space: paste by hand.
    event.preventDefault()
    const pasted = digitsOnly(event.clipboardData.getData('text/plain'), length)
    if (pasted === '' || event.currentTarget.readOnly) return
    const { start, end } = readSelection(event.currentTarget)
    // A whole code replaces what was there; a fragment goes where the caret or selection is.
    const next =
      pasted.length === length
        ? pasted
        : digitsOnly(code.slice(0, start) + pasted + code.slice(end), length)
    commit(next)
    // React moves the caret to the end when it writes the new value.
    setSelection({ start: next.length, end: next.length })
  }

  function handleSelect(event: SyntheticEvent<HTMLInputElement>) {
    setSelection(readSelection(event.currentTarget))
  }

  const caretAt = Math.min(selection?.start ?? code.length, code.length)
  const selectionEnd = Math.min(selection?.end ?? caretAt, code.length)
  const slots = Array.from({ length }, (_, index) => {
    const isActive =
      focused &&
      (caretAt === selectionEnd
        ? index === Math.min(caretAt, length - 1)
        : index >= caretAt && index < selectionEnd)
    return {
      char: code[index] ?? null,
      isActive,
      hasFakeCaret: isActive && caretAt === selectionEnd && index === code.length,
    }
  })

  return (
    <div
      className={joinTokens('ibex-root ibex-otp', className)}
      style={style}
      data-ibex-otp=""
      data-state={entryState({
        disabled,
        pending: false,
        invalid: errorText !== undefined,
        count: code.length,
        length,
      })}
      data-disabled={dataFlag(disabled)}
      data-invalid={dataFlag(errorText !== undefined)}
      data-focused={dataFlag(focused)}
    >
      <label htmlFor={inputId} className="ibex-otp__label" data-ibex-otp-label="">
        {label ?? messages.label}
      </label>
      <div className="ibex-otp__field" data-ibex-otp-field="">
        {/* Chrome's page translation rewrites text nodes; `translate="no"` keeps the digits. */}
        <div className="ibex-otp__slots" data-ibex-otp-slots="" aria-hidden="true" translate="no">
          {slots.map((slot, index) => (
            <div
              key={index}
              className="ibex-otp__slot"
              data-ibex-otp-slot=""
              data-active={dataFlag(slot.isActive)}
              data-filled={dataFlag(slot.char !== null)}
            >
              {slot.char}
              {slot.hasFakeCaret ? (
                <span className="ibex-otp__caret" data-ibex-otp-caret="" />
              ) : null}
            </div>
          ))}
        </div>
        <input
          {...inputProps}
          id={inputId}
          className="ibex-otp__input"
          data-ibex-otp-input=""
          type="text"
          autoComplete="one-time-code"
          inputMode="numeric"
          pattern="\d*"
          maxLength={length}
          spellCheck={false}
          value={code}
          disabled={disabled}
          aria-invalid={errorText ? true : undefined}
          aria-describedby={joinTokens(describedBy, errorText && errorId)}
          onChange={handleChange}
          onPaste={composeEventHandlers(onPaste, handlePaste)}
          onSelect={composeEventHandlers(onSelect, handleSelect)}
          onFocus={composeEventHandlers(onFocus, (event) => {
            setFocused(true)
            setSelection(readSelection(event.currentTarget))
          })}
          onBlur={composeEventHandlers(onBlur, () => setFocused(false))}
        />
      </div>
      {errorText ? (
        <p id={errorId} className="ibex-otp__error" data-ibex-otp-error="">
          {errorText}
        </p>
      ) : null}
      <LiveRegion assertive={errorText} />
    </div>
  )
}
