'use client'
import type { ReactNode } from 'react'
import type { SignInEnrichment } from '../../core/actions/signIn.ts'
import type { CeremonyResult } from '../../core/actions/signUp.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import { EmailOtpForm } from '../EmailOtpForm/EmailOtpForm.tsx'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'

/** Props of {@link EmailMethod}. */
export interface EmailMethodProps {
  mode: 'sign-in' | 'sign-up'
  locale: IbexLocale
  signInOptions: SignInEnrichment | undefined
  /** What the user typed in the card's first field, if anything. */
  defaultEmail: string | undefined
  /** Class of the part, from the card's `classNames.email`. */
  className: string | undefined
  onSuccess: (result: CeremonyResult) => void
  onError: (error: IbexError) => void
}

/**
 * The email step of `SignIn` / `SignUp`, loaded only when the user picks it: the whole
 * `EmailOtpForm` (address, code, passphrase), which words its own errors.
 *
 * @example
 * const EmailMethod = lazy(() => import('./EmailMethod.tsx').then((module) => ({ default: module.EmailMethod })))
 */
export function EmailMethod(props: EmailMethodProps): ReactNode {
  const { mode, locale, signInOptions, defaultEmail, className, onSuccess, onError } = props
  return (
    <div className={className} data-part="email">
      <EmailOtpForm
        mode={mode}
        locale={locale}
        signInOptions={signInOptions}
        defaultEmail={defaultEmail}
        focusOnMount
        onSuccess={onSuccess}
        onError={onError}
      />
    </div>
  )
}
