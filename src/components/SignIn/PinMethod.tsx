'use client'
import { useId, type ReactNode } from 'react'
import type { SignInEnrichment } from '../../core/actions/signIn.ts'
import type { CeremonyResult } from '../../core/actions/signUp.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import { IbexPinThrottledError } from '../../core/errors/IbexPinThrottledError.ts'
import { useSignIn } from '../../react/hooks/useSignIn.ts'
import { useSignUp } from '../../react/hooks/useSignUp.ts'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'
import type { SignInMessages } from '../internal/messages/signInMessages.ts'
import { PinPad } from '../PinPad/PinPad.tsx'
import { authErrorText } from './authErrorText.ts'

/** Props of {@link PinMethod}. */
export interface PinMethodProps {
  mode: 'sign-in' | 'sign-up'
  locale: IbexLocale
  messages: SignInMessages
  signInOptions: SignInEnrichment | undefined
  /** Class of the part, from the card's `classNames.pin`. */
  className: string | undefined
  onSuccess: (result: CeremonyResult) => void
  onError: (error: IbexError) => void
}

/**
 * The PIN step of `SignIn` / `SignUp`, loaded only when the user picks it: a `PinPad` wired to
 * `useSignUp` (typed twice) or `useSignIn` (the device's last PIN user), with wrong PINs and the
 * throttle countdown shown by the pad. The PIN goes from the pad to the ceremony and nowhere
 * else.
 *
 * @example
 * const PinMethod = lazy(() => import('./PinMethod.tsx').then((module) => ({ default: module.PinMethod })))
 */
export function PinMethod(props: PinMethodProps): ReactNode {
  const { mode, locale, messages, signInOptions, className, onSuccess, onError } = props
  const signUp = useSignUp()
  const signIn = useSignIn()
  const ceremony = mode === 'sign-up' ? signUp : signIn
  const hintId = useId()
  const { error } = ceremony
  const throttled = error instanceof IbexPinThrottledError
  const errorText = error && !throttled ? authErrorText(error, messages, mode) : null
  const callbacks = { onSuccess, onError }

  return (
    <div className={className} data-part="pin" data-state={ceremony.status}>
      {mode === 'sign-up' ? (
        <p id={hintId} className="ibex-auth__hint" data-part="hint">
          {messages.pinSignUpHint}
        </p>
      ) : null}
      <PinPad
        // A new key after a failed sign-up starts the two entries afresh.
        key={mode === 'sign-up' ? signUp.submittedAt : undefined}
        confirm={mode === 'sign-up'}
        label={mode === 'sign-up' ? messages.pinSignUpTitle : messages.pinSignInTitle}
        aria-describedby={mode === 'sign-up' ? hintId : undefined}
        locale={locale}
        pending={ceremony.isPending}
        error={errorText ?? undefined}
        retryAt={throttled ? error.retryAt : undefined}
        onComplete={(pin) => {
          if (ceremony.isPending) return
          if (mode === 'sign-up') signUp.mutate({ wallet: 'kdf', pin }, callbacks)
          else signIn.mutate({ ...signInOptions, wallet: 'kdf', pin }, callbacks)
        }}
      />
    </div>
  )
}
