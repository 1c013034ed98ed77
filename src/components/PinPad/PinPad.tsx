'use client'
import { useId, useState, type ComponentPropsWithRef, type ReactNode } from 'react'
import { useIbexLocale } from '../../react/hooks/useIbexLocale.ts'
import { assertCodeLength } from '../internal/assertCodeLength.ts'
import type { CodeEntryProps } from '../internal/CodeEntryProps.ts'
import { composeEventHandlers } from '../internal/composeEventHandlers.ts'
import { dataFlag } from '../internal/dataFlag.ts'
import { joinTokens } from '../internal/joinTokens.ts'
import { LiveRegion } from '../internal/LiveRegion.tsx'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import type { IbexLocale, PinPadMessages } from '../internal/messages/IbexMessages.ts'
import { pinPadMessages } from '../internal/messages/pinPadMessages.ts'
import { resolveMessages } from '../internal/messages/resolveMessages.ts'
import { useKeypadLayout } from './useKeypadLayout.ts'
import { usePinPad } from './usePinPad.ts'
import { usePrewarmSigner } from './usePrewarmSigner.ts'

/** Props of {@link PinPad}. Other `<div>` props (`id`, `style`, `data-*`…) go to the root. */
export interface PinPadProps
  extends
    Omit<ComponentPropsWithRef<'div'>, 'children' | 'defaultValue' | 'onChange' | 'role'>,
    CodeEntryProps<PinPadMessages> {
  /**
   * Called with the full PIN: as soon as the last digit is entered, or on Submit/Enter when
   * `submitKey` is set. In `confirm` mode, only once both entries match. The pad then forgets
   * the PIN (a controlled pad gets `onValueChange('')`): no copy stays in React state.
   */
  onComplete?: (pin: string) => void
  /**
   * Sign-up mode: the PIN is entered twice. A mismatch shows and announces an error and starts
   * over. After a match the pad stays on the second entry, all slots filled; Delete, a new
   * `error` or a new `key` starts afresh.
   * @default false
   */
  confirm?: boolean
  /**
   * Shows a Submit key. The PIN then completes on Submit (or Enter), not on the last digit.
   * @default false
   */
  submitKey?: boolean
  /**
   * Shows a toggle that displays the digits instead of dots. Masked digits never reach the DOM.
   * @default false
   */
  allowReveal?: boolean
  /**
   * Puts the digit keys in a random order, kept for the life of the pad. Delete and Submit
   * never move.
   * @default false
   */
  shuffle?: boolean
  /** With `shuffle`, a new value re-shuffles the keys (for example after a failed attempt). */
  shuffleKey?: string | number
  /**
   * Disables every key (they leave the tab order).
   * @default false
   */
  disabled?: boolean
  /**
   * The PIN is being checked: keys stay focusable but refuse input (`aria-disabled`), and the
   * pad announces it.
   * @default false
   */
  pending?: boolean
  /**
   * When the next attempt may start, ms since the epoch: the `retryAt` of an
   * `IbexPinThrottledError` (code `validation/pin-throttled`, after 3 wrong PINs in a row).
   * Until then the pad shows "Too many attempts. Try again in {seconds} s.", counting down, and
   * its keys refuse input; it announces the wait once (not every second) and, politely, when the
   * user can try again. A new `retryAt` clears the entry, as a new `error` does.
   * @example
   * <PinPad retryAt={error instanceof IbexPinThrottledError ? error.retryAt : undefined} />
   */
  retryAt?: number | undefined
  /**
   * Language of the built-in strings; `<IbexProvider locale>` when left out (the pad also works
   * without a provider).
   * @default 'en'
   */
  locale?: IbexLocale
  /**
   * Accessible name of the pad, also shown above it.
   * @default 'PIN' (localised)
   */
  label?: string
  /** Class added to the root, beside `ibex-root ibex-pinpad`. */
  className?: string
}

// Material-style glyphs drawn in currentColor; the keys carry the accessible names.
const EYE_PATH =
  'M12 5C6.5 5 2.7 9.1 1.5 12c1.2 2.9 5 7 10.5 7s9.3-4.1 10.5-7C21.3 9.1 17.5 5 12 5zm0 11.5a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9zm0-2.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4z'
const BACKSPACE_PATH =
  'M21 5H8.4a2 2 0 0 0-1.5.7L1.5 12l5.4 6.3a2 2 0 0 0 1.5.7H21a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2zm-3.3 10.3-1.4 1.4-2.8-2.8-2.8 2.8-1.4-1.4 2.8-2.8-2.8-2.8 1.4-1.4 2.8 2.8 2.8-2.8 1.4 1.4-2.8 2.8z'

function Icon({ path, size }: { path: string; size: number }): ReactNode {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      <path fill="currentColor" d={path} />
    </svg>
  )
}

/**
 * One key. `refused` keeps it focusable but announces it as unavailable (`aria-disabled`),
 * for `pending` and for Submit before the PIN is complete; `disabled` takes it out entirely.
 */
function PadKey(props: {
  kind: 'digit' | 'delete' | 'submit'
  label?: string
  refused: boolean
  disabled: boolean
  onPress: () => void
  children: ReactNode
}): ReactNode {
  return (
    <button
      type="button"
      className="ibex-pinpad__key"
      data-ibex-pinpad-key={props.kind}
      aria-label={props.label}
      aria-disabled={props.refused || undefined}
      disabled={props.disabled}
      onClick={props.onPress}
    >
      {props.children}
    </button>
  )
}

/**
 * An accessible PIN pad: ten digit keys, Delete and an optional Submit, masked dots with an
 * optional reveal toggle, physical keyboard support (digits, Backspace, Enter) while focus is
 * inside, a `confirm` mode for sign-up and polite progress announcements ("3 of 6 digits
 * entered"). While masked, no digit of the PIN is written to the DOM: not as text, not in an
 * attribute, not in a live region. A new `error` (or `retryAt`) clears the entry. It fetches
 * nothing itself: wire it to `useSignUp`/`useSignIn` as below. On mount and focus it starts the
 * kit's signer worker, so that the derivation after the last digit does not wait for it. Styled by `styles.css` through
 * `--ibex-*` variables.
 *
 * @example
 * const signIn = useSignIn()
 * const { error } = signIn
 * <PinPad
 *   onComplete={(pin) => signIn.mutate({ wallet: 'kdf', pin })}
 *   pending={signIn.isPending}
 *   error={error?.code === 'validation/pin-wrong'}
 *   retryAt={error instanceof IbexPinThrottledError ? error.retryAt : undefined}
 * />
 */
export function PinPad(props: PinPadProps): ReactNode {
  const {
    length = 6,
    value,
    defaultValue,
    onValueChange,
    onComplete,
    confirm = false,
    submitKey = false,
    allowReveal = false,
    shuffle = false,
    shuffleKey,
    disabled = false,
    pending = false,
    error,
    retryAt,
    label,
    locale,
    messages: messageOverrides,
    className,
    onKeyDown,
    onFocus,
    'aria-describedby': describedBy,
    ...rootProps
  } = props
  assertCodeLength(length, 'PinPad')
  const providerLocale = useIbexLocale()
  const messages = resolveMessages(pinPadMessages, locale ?? providerLocale, messageOverrides)
  const pad = usePinPad({
    length,
    value,
    defaultValue,
    onValueChange,
    onComplete,
    confirm,
    submitKey,
    disabled,
    pending,
    error,
    retryAt,
    messages,
  })
  const digits = useKeypadLayout(shuffle, shuffleKey)
  // The PIN's last digit starts the derivation: the worker that runs it is started beforehand.
  const prewarm = usePrewarmSigner(!disabled)
  const [revealPressed, setRevealPressed] = useState(false)
  const revealed = allowReveal && revealPressed
  const id = useId()
  const labelId = `${id}-label`
  const errorId = `${id}-error`
  const groupLabel = pad.step === 'confirm' ? messages.confirmLabel : (label ?? messages.label)

  return (
    // Keys typed while any key of the pad has focus bubble here, so the keyboard is handled once.
    // No aria-busy while pending: it would silence the live regions inside the pad.
    // ARIA 1.1 made aria-invalid global; 1.2 deprecates it on a group, yet browsers still expose
    // it, and the error also reaches users through aria-describedby and the assertive region.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/role-supports-aria-props
    <div
      role="group"
      tabIndex={-1}
      aria-labelledby={labelId}
      aria-describedby={joinTokens(describedBy, pad.errorText && errorId)}
      aria-invalid={pad.errorText ? true : undefined}
      aria-disabled={disabled || undefined}
      {...rootProps}
      className={joinTokens('ibex-root ibex-pinpad', className)}
      data-ibex-pinpad=""
      data-state={pad.state}
      data-step={pad.step}
      data-disabled={dataFlag(disabled)}
      data-pending={dataFlag(pending)}
      data-throttled={dataFlag(pad.retrySeconds > 0)}
      data-invalid={dataFlag(pad.errorText !== undefined)}
      data-revealed={dataFlag(revealed)}
      onKeyDown={composeEventHandlers(onKeyDown, pad.onKeyDown)}
      onFocus={composeEventHandlers(onFocus, prewarm)}
    >
      <div id={labelId} className="ibex-pinpad__label" data-ibex-pinpad-label="">
        {groupLabel}
      </div>
      <div className="ibex-pinpad__entry">
        <div
          className="ibex-pinpad__display"
          data-ibex-pinpad-display=""
          aria-hidden={revealed ? undefined : true}
        >
          {Array.from({ length }, (_, index) => (
            <span
              key={index}
              className="ibex-pinpad__slot"
              data-ibex-pinpad-slot=""
              data-filled={dataFlag(index < pad.filled)}
            >
              {revealed ? pad.entry[index] : null}
            </span>
          ))}
        </div>
        {allowReveal ? (
          <button
            type="button"
            className="ibex-pinpad__reveal"
            data-ibex-pinpad-reveal=""
            aria-label={messages.reveal}
            aria-pressed={revealed}
            disabled={disabled}
            onClick={() => setRevealPressed((pressed) => !pressed)}
          >
            <Icon path={EYE_PATH} size={20} />
          </button>
        ) : null}
      </div>
      <div className="ibex-pinpad__keys" data-ibex-pinpad-keys="">
        {digits.map((digit) => (
          <PadKey
            key={digit}
            kind="digit"
            label={formatMessage(messages.digit, { digit })}
            refused={pad.blocked}
            disabled={disabled}
            onPress={() => pad.pressDigit(digit)}
          >
            {digit}
          </PadKey>
        ))}
        <PadKey
          kind="delete"
          label={messages.delete}
          refused={pad.blocked}
          disabled={disabled}
          onPress={pad.pressDelete}
        >
          <Icon path={BACKSPACE_PATH} size={24} />
        </PadKey>
        {submitKey ? (
          <PadKey
            kind="submit"
            refused={pad.blocked || pad.entry.length !== length}
            disabled={disabled}
            onPress={pad.submit}
          >
            {messages.submit}
          </PadKey>
        ) : null}
      </div>
      {pad.errorText ? (
        <p id={errorId} className="ibex-pinpad__error" data-ibex-pinpad-error="">
          {pad.errorText}
        </p>
      ) : null}
      <LiveRegion polite={pad.politeText} assertive={pad.alertText} />
    </div>
  )
}
