'use client'
import {
  useEffect,
  useId,
  useRef,
  useState,
  type ComponentPropsWithRef,
  type FormEvent,
  type ReactNode,
  type Ref,
} from 'react'
import { passphraseStrength, type PassphraseStrength } from '../../core/email/passphraseStrength.ts'
import { dataFlag } from '../internal/dataFlag.ts'
import { joinTokens } from '../internal/joinTokens.ts'
import { LiveRegion } from '../internal/LiveRegion.tsx'
import type { EmailOtpFormMessages, IbexLocale } from '../internal/messages/IbexMessages.ts'
import { PassphraseStrengthMeter } from './PassphraseStrengthMeter.tsx'
import { useEmailOtpFormMessages } from './useEmailOtpFormMessages.ts'

/**
 * Props of {@link EmailPassphraseStep}. Other `<form>` props (`id`, `style`, `data-*`…) go to
 * the form.
 */
export interface EmailPassphraseStepProps extends Omit<
  ComponentPropsWithRef<'form'>,
  'onSubmit' | 'children'
> {
  /**
   * `sign-up` asks for the passphrase twice and shows its strength (`autocomplete=
   * "new-password"`); `sign-in` asks once (`current-password`).
   * @default 'sign-in'
   */
  mode?: 'sign-up' | 'sign-in'
  /**
   * Called with the passphrase as typed, once the confirmation matches (sign-up). The step
   * keeps it in the input only, never in React state: hand it straight to the ceremony.
   */
  onSubmit: (passphrase: string) => void
  /**
   * Fewest characters, for the strength advice (the ceremony enforces its policy).
   * @default 8
   */
  minLength?: number
  /** Called when the user edits a field (to dismiss an error). */
  onEdit?: () => void
  /**
   * The key is being made and encrypted (sign-up) or the backup opened (sign-in): fields are
   * read-only, the button refuses presses and the step says so.
   * @default false
   */
  pending?: boolean
  /**
   * Disables the fields and the button.
   * @default false
   */
  disabled?: boolean
  /** An error to show under the passphrase, tied with `aria-describedby` and announced. */
  error?: string | undefined
  /**
   * Change it to empty both fields and focus the first one (after a wrong passphrase).
   * @default 0
   */
  resetKey?: number
  /**
   * Moves focus to the passphrase input on mount.
   * @default false
   */
  focusOnMount?: boolean
  /**
   * Language of the built-in strings; `<IbexProvider locale>` when left out.
   * @default 'en'
   */
  locale?: IbexLocale
  /** Overrides of single built-in strings. */
  messages?: Partial<EmailOtpFormMessages>
}

/**
 * One labelled `type="password"` input with its error under it (tied by `aria-describedby`),
 * uncontrolled: the value stays in the DOM.
 */
function PasswordField(props: {
  id: string
  label: string
  ref: Ref<HTMLInputElement>
  name: string
  autoComplete: 'new-password' | 'current-password'
  readOnly: boolean
  disabled: boolean
  describedBy?: string | undefined
  error: string | undefined
  errorId: string
  onInput: (value: string) => void
  children?: ReactNode
}): ReactNode {
  const { id, label, ref, error, errorId, describedBy, onInput, children, ...input } = props
  return (
    <div className="ibex-email-step__field">
      <label htmlFor={id} className="ibex-email-step__label">
        {label}
      </label>
      <input
        {...input}
        ref={ref}
        id={id}
        className="ibex-email-step__input"
        type="password"
        spellCheck={false}
        autoCapitalize="none"
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={joinTokens(describedBy, error && errorId)}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {children}
      {error ? (
        <p id={errorId} className="ibex-email-step__error" data-ibex-email-error="">
          {error}
        </p>
      ) : null}
    </div>
  )
}

/**
 * Step 3 of the email sign-up or sign-in: the passphrase that encrypts (sign-up) or opens
 * (sign-in) the wallet key's backup. At sign-up it is typed twice, a mismatch is caught before
 * anything runs, and a strength meter gives advice. The passphrase lives only in the
 * `<input>`s (uncontrolled), never in React state. Presentational: `EmailOtpForm` runs the
 * ceremony behind it.
 *
 * @example
 * <EmailPassphraseStep mode="sign-in" pending={signIn.isPending} error={passphraseError}
 *   onSubmit={(passphrase) => signIn.mutate({ wallet: 'email', passphrase })} />
 */
export function EmailPassphraseStep(props: EmailPassphraseStepProps): ReactNode {
  const {
    mode = 'sign-in',
    onSubmit,
    minLength = 8,
    onEdit,
    pending = false,
    disabled = false,
    error,
    resetKey = 0,
    focusOnMount = false,
    locale,
    messages: messageOverrides,
    className,
    ...formProps
  } = props
  const { messages } = useEmailOtpFormMessages(locale, messageOverrides)
  const signUp = mode === 'sign-up'
  const id = useId()
  const ids = {
    intro: `${id}-intro`,
    passphrase: `${id}-passphrase`,
    confirm: `${id}-confirm`,
    strength: `${id}-strength`,
    error: `${id}-error`,
    mismatch: `${id}-mismatch`,
  }
  const passphraseRef = useRef<HTMLInputElement>(null)
  const confirmRef = useRef<HTMLInputElement>(null)
  // Only the rating of what is typed is state, never the passphrase itself.
  const [strength, setStrength] = useState<PassphraseStrength | null>(null)
  const [mismatch, setMismatch] = useState(false)
  const errorText = error || undefined
  const mismatchText = mismatch ? messages.errorPassphraseMismatch : undefined
  const pendingText = signUp ? messages.passphrasePendingSignUp : messages.passphrasePendingSignIn

  useEffect(() => {
    if (focusOnMount) passphraseRef.current?.focus()
  }, [focusOnMount])

  useEffect(() => {
    if (resetKey === 0) return
    for (const input of [passphraseRef.current, confirmRef.current]) {
      if (input) input.value = ''
    }
    passphraseRef.current?.focus()
  }, [resetKey])

  function edited(rate: boolean, value: string) {
    if (rate) setStrength(value === '' ? null : passphraseStrength(value, minLength))
    setMismatch(false)
    onEdit?.()
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending || disabled) return
    const passphrase = passphraseRef.current?.value ?? ''
    if (signUp && confirmRef.current && confirmRef.current.value !== passphrase) {
      setMismatch(true)
      confirmRef.current.focus()
      return
    }
    onSubmit(passphrase)
  }

  return (
    <form
      noValidate
      {...formProps}
      className={joinTokens('ibex-root ibex-email-step', className)}
      data-ibex-email-step="passphrase"
      data-mode={mode}
      data-pending={dataFlag(pending)}
      data-invalid={dataFlag(errorText !== undefined || mismatch)}
      onSubmit={submit}
    >
      <p id={ids.intro} className="ibex-email-step__lead">
        {signUp ? messages.passphraseIntroSignUp : messages.passphraseIntroSignIn}
      </p>
      <PasswordField
        id={ids.passphrase}
        label={messages.passphraseLabel}
        ref={passphraseRef}
        name="passphrase"
        autoComplete={signUp ? 'new-password' : 'current-password'}
        readOnly={pending}
        disabled={disabled}
        describedBy={joinTokens(ids.intro, signUp && strength && ids.strength)}
        error={errorText}
        errorId={ids.error}
        onInput={(value) => edited(signUp, value)}
      >
        {signUp && strength ? (
          <PassphraseStrengthMeter
            strength={strength}
            minLength={minLength}
            messages={messages}
            textId={ids.strength}
          />
        ) : null}
      </PasswordField>
      {signUp ? (
        <PasswordField
          id={ids.confirm}
          label={messages.confirmLabel}
          ref={confirmRef}
          name="passphrase-confirm"
          autoComplete="new-password"
          readOnly={pending}
          disabled={disabled}
          error={mismatchText}
          errorId={ids.mismatch}
          onInput={(value) => edited(false, value)}
        />
      ) : null}
      <div className="ibex-email-step__actions">
        <button
          type="submit"
          className="ibex-email-step__submit"
          data-state={pending ? 'pending' : undefined}
          disabled={disabled}
          aria-disabled={pending || undefined}
        >
          {pending ? pendingText : signUp ? messages.submitSignUp : messages.submitSignIn}
        </button>
      </div>
      <LiveRegion polite={pending ? pendingText : ''} assertive={errorText ?? mismatchText} />
    </form>
  )
}
