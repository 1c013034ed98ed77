'use client'
import {
  useEffect,
  useId,
  useRef,
  type ComponentPropsWithRef,
  type FormEvent,
  type ReactNode,
} from 'react'
import { dataFlag } from '../internal/dataFlag.ts'
import { joinTokens } from '../internal/joinTokens.ts'
import { LiveRegion } from '../internal/LiveRegion.tsx'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import type { EmailOtpFormMessages, IbexLocale } from '../internal/messages/IbexMessages.ts'
import { StepLinkButton } from './StepLinkButton.tsx'
import { useEmailOtpFormMessages } from './useEmailOtpFormMessages.ts'

/**
 * Props of {@link EmailAddressStep}. Other `<form>` props (`id`, `style`, `data-*`…) go to the
 * form.
 */
export interface EmailAddressStepProps extends Omit<
  ComponentPropsWithRef<'form'>,
  'onSubmit' | 'children'
> {
  /**
   * Called with the trimmed address typed, or `undefined` for the remembered user (`remembered`
   * set and no input shown). Checking the address is the ceremony's job: pass its error back in
   * `error`.
   */
  onSubmit: (email: string | undefined) => void
  /**
   * A returning user: instead of an input, the step says where the code goes and offers
   * `onUseAnotherEmail`. `emailHint` is the masked address (`a***@example.com`), if known.
   * @example
   * <EmailAddressStep remembered={{ emailHint: last.emailHint }} onUseAnotherEmail={() => setAsk(true)} … />
   */
  remembered?: { emailHint?: string | undefined } | null | undefined
  /** Called by the "Use another email" button shown with `remembered`. */
  onUseAnotherEmail?: () => void
  /** The address in the input at mount. */
  defaultEmail?: string
  /** Called when the user edits the address (to dismiss an error). */
  onEdit?: () => void
  /**
   * The code is being sent: the button stays focusable but refuses presses, and says so.
   * @default false
   */
  pending?: boolean
  /**
   * Disables the input and buttons.
   * @default false
   */
  disabled?: boolean
  /** An error to show under the address (or the button), tied with `aria-describedby`. */
  error?: string | undefined
  /**
   * Moves focus to the first field on mount.
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
 * Step 1 of the email sign-up or sign-in: the address (`type="email"`, `autocomplete="email"`)
 * and a "Send me a code" button, or, for a returning user, where the code will go and a way to
 * use another address. Presentational: `EmailOtpForm` runs the ceremony behind it.
 *
 * @example
 * <EmailAddressStep onSubmit={(email) => signUp.mutate({ wallet: 'email', email: email ?? '' })}
 *   pending={signUp.isPending} error={emailError} />
 */
export function EmailAddressStep(props: EmailAddressStepProps): ReactNode {
  const {
    onSubmit,
    remembered,
    onUseAnotherEmail,
    defaultEmail,
    onEdit,
    pending = false,
    disabled = false,
    error,
    focusOnMount = false,
    locale,
    messages: messageOverrides,
    className,
    ...formProps
  } = props
  const { messages } = useEmailOtpFormMessages(locale, messageOverrides)
  const id = useId()
  const inputId = `${id}-email`
  const rememberedId = `${id}-remembered`
  const errorId = `${id}-error`
  const inputRef = useRef<HTMLInputElement>(null)
  const submitRef = useRef<HTMLButtonElement>(null)
  const errorText = error || undefined

  const showInput = !remembered
  // Also when "Use another email" swaps the remembered address for the input.
  useEffect(() => {
    if (focusOnMount) (inputRef.current ?? submitRef.current)?.focus()
  }, [focusOnMount, showInput])

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending || disabled) return
    onSubmit(remembered ? undefined : (inputRef.current?.value ?? '').trim())
  }

  return (
    <form
      noValidate
      {...formProps}
      className={joinTokens('ibex-root ibex-email-step', className)}
      data-ibex-email-step="email"
      data-pending={dataFlag(pending)}
      data-invalid={dataFlag(errorText !== undefined)}
      onSubmit={submit}
    >
      {remembered ? (
        <p id={rememberedId} className="ibex-email-step__lead" data-ibex-email-remembered="">
          {remembered.emailHint
            ? formatMessage(messages.rememberedEmail, { email: remembered.emailHint })
            : messages.rememberedAccount}
        </p>
      ) : (
        <div className="ibex-email-step__field">
          <label htmlFor={inputId} className="ibex-email-step__label">
            {messages.emailLabel}
          </label>
          <input
            ref={inputRef}
            id={inputId}
            className="ibex-email-step__input"
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            autoCapitalize="none"
            required
            defaultValue={defaultEmail}
            readOnly={pending}
            disabled={disabled}
            aria-invalid={errorText ? true : undefined}
            aria-describedby={joinTokens(errorText && errorId)}
            onInput={() => onEdit?.()}
          />
        </div>
      )}
      {errorText ? (
        <p id={errorId} className="ibex-email-step__error" data-ibex-email-error="">
          {errorText}
        </p>
      ) : null}
      <div className="ibex-email-step__actions">
        <button
          ref={submitRef}
          type="submit"
          className="ibex-email-step__submit"
          data-state={pending ? 'pending' : undefined}
          disabled={disabled}
          aria-disabled={pending || undefined}
          aria-describedby={remembered ? joinTokens(rememberedId, errorText && errorId) : undefined}
        >
          {pending ? messages.emailPending : messages.emailSubmit}
        </button>
        {remembered && onUseAnotherEmail ? (
          <StepLinkButton onPress={onUseAnotherEmail} busy={pending} disabled={disabled}>
            {messages.useAnotherEmail}
          </StepLinkButton>
        ) : null}
      </div>
      <LiveRegion polite={pending ? messages.emailPending : ''} assertive={errorText} />
    </form>
  )
}
