'use client'
import {
  useEffect,
  useId,
  useRef,
  useState,
  type ComponentPropsWithRef,
  type FormEvent,
  type ReactNode,
} from 'react'
import { useRetryCountdown } from '../../react/hooks/useRetryCountdown.ts'
import { OtpInput } from '../OtpInput/OtpInput.tsx'
import { dataFlag } from '../internal/dataFlag.ts'
import { digitsOnly } from '../internal/digitsOnly.ts'
import { joinTokens } from '../internal/joinTokens.ts'
import { LiveRegion } from '../internal/LiveRegion.tsx'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import type { EmailOtpFormMessages, IbexLocale } from '../internal/messages/IbexMessages.ts'
import { useControllableState } from '../internal/useControllableState.ts'
import { StepLinkButton } from './StepLinkButton.tsx'
import { useFirstValue } from './useFirstValue.ts'
import { useEmailOtpFormMessages } from './useEmailOtpFormMessages.ts'

/**
 * Props of {@link EmailCodeStep}. Other `<form>` props (`id`, `style`, `data-*`…) go to the
 * form.
 */
export interface EmailCodeStepProps extends Omit<
  ComponentPropsWithRef<'form'>,
  'onSubmit' | 'children' | 'defaultValue'
> {
  /**
   * Called with the code as soon as the last digit is typed or a whole code is pasted (and on
   * Enter with a complete code, to try again after a network error).
   */
  onComplete: (code: string) => void
  /**
   * When the code expires, ms since the epoch (`codeExpiresAt` of the `awaiting-code` result):
   * a visible countdown, announced once when the code arrives and once when it expires.
   */
  expiresAt?: number | undefined
  /** The masked address the code went to (`emailHint`). */
  emailHint?: string | undefined
  /**
   * Shows a "Send a new code" button, enabled once the code has expired (or at `resendAt`).
   * @example
   * <EmailCodeStep onResend={() => signIn.mutate({ wallet: 'email', externalUserId })} … />
   */
  onResend?: () => void
  /**
   * When a new code may be asked for, ms since the epoch. Default: `expiresAt`. After IBEx's
   * 429, `Date.now() + retryAfter * 1000`; after a code refused as expired or used, now.
   */
  resendAt?: number | undefined
  /** Shows a "Change the email address" button. */
  onChangeEmail?: () => void
  /** The typed code (controlled); leave `undefined` for uncontrolled use. */
  value?: string
  /** Called with the digits after every change. */
  onValueChange?: (value: string) => void
  /**
   * Number of digits.
   * @default 6
   */
  length?: number
  /**
   * The code is being checked: the input is read-only and the step says so.
   * @default false
   */
  pending?: boolean
  /**
   * A new code is being sent.
   * @default false
   */
  resending?: boolean
  /**
   * Disables the input and buttons.
   * @default false
   */
  disabled?: boolean
  /** An error to show and announce under the code (`OtpInput`'s `error`). */
  error?: string | boolean | undefined
  /**
   * Moves focus to the code input on mount and whenever a new code arrives (`expiresAt`).
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

function formatTime(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/**
 * Step 2 of the email sign-up or sign-in: one `OtpInput` (`autocomplete="one-time-code"`,
 * paste and autofill) that completes on its last digit, a countdown to the code's expiry and a
 * resend button. The countdown is visible every second but announced only twice, when the
 * code arrives and when it expires, politely. Usable on its own, driven by `useSignUp` /
 * `useSignIn`, or inside `EmailOtpForm`.
 *
 * @example
 * const signIn = useSignIn()
 * const sent = signIn.data?.status === 'awaiting-code' ? signIn.data : undefined
 * <EmailCodeStep expiresAt={sent?.codeExpiresAt} emailHint={sent?.emailHint}
 *   onComplete={(code) => signIn.mutate({ wallet: 'email', code })}
 *   error={signIn.error?.code === 'validation/code-wrong'} pending={signIn.isPending} />
 */
export function EmailCodeStep(props: EmailCodeStepProps): ReactNode {
  const {
    onComplete,
    expiresAt,
    emailHint,
    onResend,
    resendAt,
    onChangeEmail,
    value,
    onValueChange,
    length = 6,
    pending = false,
    resending = false,
    disabled = false,
    error,
    focusOnMount = false,
    locale,
    messages: messageOverrides,
    className,
    ...formProps
  } = props
  const { locale: resolvedLocale, messages } = useEmailOtpFormMessages(locale, messageOverrides)
  const [code, setCode] = useControllableState({
    prop: value,
    defaultProp: '',
    onChange: onValueChange,
    caller: 'EmailCodeStep',
  })
  const id = useId()
  const leadId = `${id}-lead`
  const countdownId = `${id}-countdown`
  const inputRef = useRef<HTMLInputElement>(null)
  const counting = expiresAt !== undefined
  const secondsLeft = useRetryCountdown(expiresAt)
  const validFor = useFirstValue(expiresAt, secondsLeft)
  const expired = counting && secondsLeft === 0
  const waitSeconds = useRetryCountdown(resendAt ?? expiresAt)
  const waitFor = useFirstValue(resendAt, waitSeconds)
  const waiting =
    resendAt !== undefined && (expiresAt === undefined || resendAt > expiresAt) && waitSeconds > 0
  const canResend = waitSeconds === 0
  const busy = pending || resending
  // Live regions only speak about text that changes after they are in the page, and screen
  // readers need a moment to register a new one: the first announcement waits a little.
  const [listening, setListening] = useState(false)

  useEffect(() => {
    const timer = setTimeout(() => setListening(true), 100)
    return () => clearTimeout(timer)
  }, [])

  useEffect(() => {
    if (focusOnMount) inputRef.current?.focus()
  }, [focusOnMount, expiresAt])

  const sentText = emailHint
    ? formatMessage(messages.codeSent, { email: emailHint })
    : messages.codeSentNoHint
  // Sparse by design: what changes every second is never in a live region.
  const politeText = !listening
    ? ''
    : waiting
      ? formatMessage(messages.resendIn, { seconds: waitFor })
      : expired
        ? messages.codeExpired
        : counting
          ? `${sentText} ${formatMessage(messages.codeValidFor, { seconds: validFor })}`
          : ''

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const complete = digitsOnly(code, length)
    if (!busy && !disabled && complete.length === length) onComplete(complete)
  }

  function resend() {
    if (canResend && !busy && !disabled) onResend?.()
  }

  return (
    <form
      noValidate
      {...formProps}
      className={joinTokens('ibex-root ibex-email-step', className)}
      data-ibex-email-step="code"
      data-pending={dataFlag(pending)}
      data-expired={dataFlag(expired)}
      onSubmit={submit}
    >
      <p id={leadId} className="ibex-email-step__lead">
        {sentText}
      </p>
      <OtpInput
        ref={inputRef}
        length={length}
        label={messages.codeLabel}
        value={code}
        onValueChange={setCode}
        onComplete={(complete) => {
          if (!busy && !disabled) onComplete(complete)
        }}
        readOnly={busy}
        disabled={disabled}
        error={error}
        locale={resolvedLocale}
        aria-describedby={joinTokens(leadId, counting && countdownId)}
      />
      {counting ? (
        <p
          id={countdownId}
          className="ibex-email-step__countdown"
          data-ibex-email-countdown=""
          data-expired={dataFlag(expired)}
        >
          {expired
            ? messages.codeExpired
            : formatMessage(messages.codeExpiresIn, { time: formatTime(secondsLeft) })}
        </p>
      ) : null}
      {waiting ? (
        <p className="ibex-email-step__hint" data-ibex-email-wait="">
          {formatMessage(messages.resendIn, { seconds: waitSeconds })}
        </p>
      ) : null}
      {pending ? (
        <p className="ibex-email-step__hint" data-ibex-email-pending="">
          {messages.codePending}
        </p>
      ) : null}
      {onResend || onChangeEmail ? (
        <div className="ibex-email-step__actions">
          {onResend ? (
            <button
              type="button"
              className="ibex-email-step__secondary"
              data-state={resending ? 'pending' : undefined}
              disabled={disabled}
              aria-disabled={!canResend || busy || undefined}
              aria-describedby={counting ? countdownId : undefined}
              onClick={resend}
            >
              {resending ? messages.resendPending : messages.resend}
            </button>
          ) : null}
          {onChangeEmail ? (
            <StepLinkButton onPress={onChangeEmail} busy={busy} disabled={disabled}>
              {messages.changeEmail}
            </StepLinkButton>
          ) : null}
        </div>
      ) : null}
      <LiveRegion polite={politeText} />
    </form>
  )
}
