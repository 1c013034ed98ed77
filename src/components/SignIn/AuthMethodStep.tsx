'use client'
import { lazy, Suspense, type ReactNode, type Ref } from 'react'
import type { SignInEnrichment } from '../../core/actions/signIn.ts'
import type { CeremonyResult } from '../../core/actions/signUp.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import { ChevronDownIcon } from '../internal/icons/ChevronDownIcon.tsx'
import { joinTokens } from '../internal/joinTokens.ts'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'
import type { SignInMessages } from '../internal/messages/signInMessages.ts'
import type { AuthCardPart, AuthCardPartProps } from './AuthCardProps.ts'
import type { AuthMethod, AuthWalletButton } from './AuthMethod.ts'

// Each method's code is fetched the first time the user opens it.
const PinMethod = lazy(() =>
  import('./PinMethod.tsx').then((module) => ({ default: module.PinMethod })),
)
const EmailMethod = lazy(() =>
  import('./EmailMethod.tsx').then((module) => ({ default: module.EmailMethod })),
)

/** Props of {@link AuthMethodStep}. */
export interface AuthMethodStepProps {
  method: Exclude<AuthMethod, 'passkey'>
  mode: 'sign-in' | 'sign-up'
  locale: IbexLocale
  messages: SignInMessages
  walletButton: AuthWalletButton | undefined
  signInOptions: SignInEnrichment | undefined
  /** The email typed in the autofill field, to start the email step with. */
  typedEmail: string | undefined
  backRef: Ref<HTMLButtonElement>
  onBack: () => void
  onSuccess: (result: CeremonyResult) => void
  onError: (error: IbexError) => void
  part: AuthCardPartProps
  classNames: Partial<Record<AuthCardPart, string>>
}

/**
 * One method's step of the card, behind a button back to the methods: the PIN or email step
 * (each loaded the first time it opens) or the app's wallet button.
 *
 * @example
 * <AuthMethodStep method="pin" mode="sign-in" onBack={() => setView('start')} … />
 */
export function AuthMethodStep(props: AuthMethodStepProps): ReactNode {
  const { method, mode, locale, messages, signInOptions, onSuccess, onError, part } = props
  const { walletButton: WalletMethod, classNames, typedEmail, backRef, onBack } = props
  const loading = <p className="ibex-auth__loading">{messages.loading}</p>
  let step: ReactNode = null
  if (method === 'pin') {
    step = (
      <Suspense fallback={loading}>
        <PinMethod
          mode={mode}
          locale={locale}
          messages={messages}
          signInOptions={signInOptions}
          className={joinTokens('ibex-auth__step', classNames.pin)}
          onSuccess={onSuccess}
          onError={onError}
        />
      </Suspense>
    )
  } else if (method === 'email') {
    step = (
      <Suspense fallback={loading}>
        <EmailMethod
          mode={mode}
          locale={locale}
          signInOptions={signInOptions}
          defaultEmail={typedEmail}
          className={joinTokens('ibex-auth__step', classNames.email)}
          onSuccess={onSuccess}
          onError={onError}
        />
      </Suspense>
    )
  } else if (WalletMethod) {
    step = (
      <div {...part('wallet', 'ibex-auth__step')}>
        <WalletMethod mode={mode} locale={locale} onSuccess={onSuccess} onError={onError} />
      </div>
    )
  }
  return (
    <>
      <button ref={backRef} type="button" {...part('back', 'ibex-auth__back')} onClick={onBack}>
        <ChevronDownIcon className="ibex-auth__back-icon" />
        {mode === 'sign-in' ? messages.backSignIn : messages.backSignUp}
      </button>
      {step}
    </>
  )
}
