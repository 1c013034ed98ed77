'use client'
import { useId, useRef, type FormEvent, type ReactNode } from 'react'
import { OtpInput } from '../OtpInput/OtpInput.tsx'
import { PinPad } from '../PinPad/PinPad.tsx'
import { joinTokens } from './joinTokens.ts'
import type { IbexLocale } from './messages/IbexMessages.ts'

/** What the session's signer needs from the user before an operation runs. */
export type SignerSecretKind = 'pin' | 'passphrase' | 'email-code'

/** Props of {@link SignerPrompt}. */
export interface SignerPromptProps {
  /** `email-code`: the emailed code, then the passphrase. */
  kind: SignerSecretKind
  locale: IbexLocale | undefined
  messages: {
    pinTitle: string
    passphraseLabel: string
    passphraseHint: string
    confirm: string
    cancel: string
    codeLabel: string
    codeSent: string
    codeSending: string
    codeResend: string
  }
  /** The error of the last attempt (what happened and what to do), shown at the input. */
  error: string | undefined
  /** `email-code`: the error about the code (a wrong one, or a resend refused). */
  codeError?: string | undefined
  /** `email-code`: the code is being emailed. */
  codeSending?: boolean | undefined
  /** `email-code`: emails a new code. */
  onResendCode?: (() => void) | undefined
  /** `retryAt` of a PIN back-off. */
  retryAt: number | undefined
  pending: boolean
  /** Gets the PIN or passphrase (and the code) once; the prompt keeps no copy of them. */
  onSubmit: (secret: string, emailCode?: string) => void
  onCancel: () => void
  className?: string | undefined
}

/**
 * The PIN pad (PIN users) or the passphrase input (email users, with the emailed code the first
 * time in a page session) that signs one operation. The secret goes straight to `onSubmit`: the
 * passphrase input is uncontrolled and emptied at once, so it never sits in React state.
 *
 * @example
 * <SignerPrompt kind="pin" onSubmit={(pin) => transfer.mutate({ ...variables, pin })} … />
 */
export function SignerPrompt(props: SignerPromptProps): ReactNode {
  const { kind, locale, messages, error, retryAt, pending, onSubmit, onCancel, className } = props
  const inputRef = useRef<HTMLInputElement>(null)
  const codeRef = useRef('')
  const inputId = useId()
  const hintId = useId()
  const errorId = useId()
  const codeHintId = useId()

  function submitPassphrase(event: FormEvent) {
    event.preventDefault()
    const input = inputRef.current
    if (!input || pending || input.value === '') return
    const secret = input.value
    input.value = ''
    onSubmit(secret, kind === 'email-code' ? codeRef.current : undefined)
  }

  return (
    <div className={className} data-part="signer" data-kind={kind}>
      {kind === 'pin' ? (
        <PinPad
          label={messages.pinTitle}
          locale={locale}
          submitKey
          pending={pending}
          error={error ?? false}
          retryAt={retryAt}
          onComplete={(pin) => onSubmit(pin)}
        />
      ) : (
        // A form of its own would nest in the wallet form: a group with a button instead.
        <div role="group" aria-labelledby={inputId} data-part="passphrase">
          {kind === 'email-code' ? (
            <div data-part="code">
              <OtpInput
                label={messages.codeLabel}
                locale={locale}
                aria-describedby={codeHintId}
                error={props.codeError ?? false}
                onValueChange={(code) => {
                  codeRef.current = code
                }}
                onComplete={() => inputRef.current?.focus()}
              />
              <p id={codeHintId} data-part="hint" aria-live="polite">
                {props.codeSending ? messages.codeSending : messages.codeSent}
              </p>
              <button
                type="button"
                className="ibex-button"
                data-variant="ghost"
                data-part="resend"
                aria-disabled={props.codeSending || undefined}
                onClick={() => {
                  if (!props.codeSending) props.onResendCode?.()
                }}
              >
                {messages.codeResend}
              </button>
            </div>
          ) : null}
          <label id={inputId} htmlFor={`${inputId}-input`} data-part="label">
            {messages.passphraseLabel}
          </label>
          <input
            ref={inputRef}
            id={`${inputId}-input`}
            type="password"
            autoComplete="current-password"
            data-part="input"
            className="ibex-input"
            aria-invalid={error ? true : undefined}
            aria-describedby={joinTokens(hintId, error && errorId)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') submitPassphrase(event)
            }}
          />
          <p id={hintId} data-part="hint">
            {messages.passphraseHint}
          </p>
          {error ? (
            <p id={errorId} data-part="field-error">
              {error}
            </p>
          ) : null}
          <button
            type="button"
            className="ibex-button"
            data-variant="primary"
            aria-busy={pending || undefined}
            aria-disabled={pending || undefined}
            onClick={submitPassphrase}
          >
            {messages.confirm}
          </button>
        </div>
      )}
      <button
        type="button"
        className="ibex-button"
        data-variant="ghost"
        data-part="cancel"
        onClick={onCancel}
      >
        {messages.cancel}
      </button>
    </div>
  )
}
