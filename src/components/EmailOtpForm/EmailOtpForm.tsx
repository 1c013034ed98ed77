'use client'
import { useEffect, useRef, useState, type ComponentPropsWithRef, type ReactNode } from 'react'
import type { SignInEnrichment } from '../../core/actions/signIn.ts'
import type { CeremonyResult } from '../../core/actions/signUp.ts'
import type { PassphrasePolicy } from '../../core/email/validatePassphrase.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { SignInVariables } from '../../query/signInMutationOptions.ts'
import type { SignUpVariables } from '../../query/signUpMutationOptions.ts'
import { useLastUser } from '../../react/hooks/useLastUser.ts'
import { useSignIn } from '../../react/hooks/useSignIn.ts'
import { useSignUp } from '../../react/hooks/useSignUp.ts'
import { dataFlag } from '../internal/dataFlag.ts'
import { joinTokens } from '../internal/joinTokens.ts'
import type { EmailOtpFormMessages, IbexLocale } from '../internal/messages/IbexMessages.ts'
import { EmailAddressStep } from './EmailAddressStep.tsx'
import { EmailCodeStep } from './EmailCodeStep.tsx'
import { EmailPassphraseStep } from './EmailPassphraseStep.tsx'
import {
  emailFormFeedback,
  type EmailFormAction,
  type EmailFormFeedback,
} from './emailFormFeedback.ts'
import { useEmailOtpFormMessages } from './useEmailOtpFormMessages.ts'

/** Where the form stands, exposed as `data-step`. */
export type EmailOtpFormStep = 'email' | 'code' | 'passphrase' | 'done'

/** Finite state of the form, exposed as `data-state` for styling. */
export type EmailOtpFormState = 'idle' | 'pending' | 'error' | 'success'

/** Props of {@link EmailOtpForm}. Other `<div>` props (`id`, `style`, `data-*`…) go to the root. */
export interface EmailOtpFormProps extends Omit<
  ComponentPropsWithRef<'div'>,
  'children' | 'onError' | 'onSubmit'
> {
  /**
   * `sign-up` creates an account and its encrypted key backup (passphrase typed twice, with a
   * strength meter); `sign-in` opens the backup of an existing one.
   * @default 'sign-in'
   * @example
   * <EmailOtpForm mode="sign-up" />
   */
  mode?: 'sign-up' | 'sign-in'
  /**
   * Extras of the sign-in (`includeBalance`, `includeTransactions`, `includeUserdata`,
   * `asyncData`, `chainId`), seeded into the matching queries.
   * @example
   * <EmailOtpForm mode="sign-in" signInOptions={{ includeBalance: true }} />
   */
  signInOptions?: SignInEnrichment
  /**
   * What a new passphrase must meet at sign-up.
   * @default { minLength: 8 }
   */
  passphrasePolicy?: PassphrasePolicy
  /** The address in the email input at first. */
  defaultEmail?: string
  /**
   * Called once signed up or in.
   * @example
   * <EmailOtpForm onSuccess={(result) => result.status === 'signed-in' && navigate('/wallet')} />
   */
  onSuccess?: (result: CeremonyResult) => void
  /**
   * Called with each failure the form shows (`error.code`: `validation/code-wrong`,
   * `validation/passphrase-wrong`, `http/rate-limited` …); not for aborts.
   */
  onError?: (error: IbexError) => void
  /** Called when the form moves to another step. */
  onStepChange?: (step: EmailOtpFormStep) => void
  /**
   * Disables every field and button.
   * @default false
   */
  disabled?: boolean
  /**
   * Focuses the first field at mount. Focus always moves to the new step's first field when the
   * step changes.
   * @default false
   */
  focusOnMount?: boolean
  /**
   * Language of the built-in strings; `<IbexProvider locale>` when left out.
   * @default 'en'
   * @example
   * <EmailOtpForm locale="fr" />
   */
  locale?: IbexLocale
  /**
   * Overrides of single built-in strings.
   * @example
   * <EmailOtpForm messages={{ emailSubmit: 'Email me a code' }} />
   */
  messages?: Partial<EmailOtpFormMessages>
}

type SentCode = { codeExpiresAt: number; emailHint?: string | undefined }

type Feedback = NonNullable<EmailFormFeedback>

/** What a step sends, in either mode. */
type StepVariables = { signUp: SignUpVariables; signIn: SignInVariables }

const CODE_LENGTH = 6

/**
 * Email sign-up or sign-in in one form: the address (a returning user only confirms the
 * remembered one), the emailed code (one `autocomplete="one-time-code"` input with paste,
 * auto-submit on the last digit, a countdown and a resend button), then the passphrase that
 * encrypts or opens the wallet key's backup (typed twice with a strength meter at sign-up). A
 * wrong passphrase is caught on the device and can be retried without a new code. Errors sit
 * under their field (`aria-describedby`), focus moves to each new step, announcements are
 * polite and few. Exposes `data-step` and `data-state`. Needs `<IbexProvider>`; styled by
 * `ibex-react/styles.css`. The steps are also exported alone (`EmailCodeStep` …).
 *
 * @example
 * <EmailOtpForm mode="sign-up" onSuccess={() => navigate('/wallet')} />
 */
export function EmailOtpForm(props: EmailOtpFormProps): ReactNode {
  const {
    mode = 'sign-in',
    signInOptions,
    passphrasePolicy,
    defaultEmail,
    onSuccess,
    onError,
    onStepChange,
    disabled = false,
    focusOnMount = false,
    locale,
    messages: messageOverrides,
    className,
    ...rootProps
  } = props
  const { locale: resolvedLocale, messages } = useEmailOtpFormMessages(locale, messageOverrides)
  const signUp = useSignUp()
  const signIn = useSignIn()
  const ceremony = mode === 'sign-up' ? signUp : signIn
  const lastUser = useLastUser()
  const [step, setStep] = useState<EmailOtpFormStep>('email')
  const [moved, setMoved] = useState(focusOnMount)
  const [askEmail, setAskEmail] = useState(false)
  const [email, setEmail] = useState(defaultEmail ?? '')
  const [sent, setSent] = useState<SentCode | null>(null)
  const [code, setCode] = useState('')
  const [codeRequest, setCodeRequest] = useState<StepVariables | null>(null)
  const [resendAt, setResendAt] = useState<number | undefined>(undefined)
  const [action, setAction] = useState<EmailFormAction | null>(null)
  const [feedback, setFeedback] = useState<Feedback | null>(null)
  const [passphraseReset, setPassphraseReset] = useState(0)
  const doneRef = useRef<HTMLParagraphElement>(null)
  const minLength = passphrasePolicy?.minLength ?? 8

  const remembered =
    mode === 'sign-in' && !askEmail && lastUser?.authMethod.startsWith('EMAIL') ? lastUser : null
  const pending = ceremony.isPending ? action : null
  const errorOn = (field: Feedback['field']) =>
    feedback?.field === field ? feedback.text : undefined

  useEffect(() => {
    if (step === 'done' && moved) doneRef.current?.focus()
  }, [step, moved])

  function go(next: EmailOtpFormStep) {
    setMoved(true)
    if (next === step) return
    setStep(next)
    if (next !== 'code') setCode('')
    onStepChange?.(next)
  }

  function fail(error: IbexError, failed: EmailFormAction) {
    const next = emailFormFeedback(error, failed, messages, { length: CODE_LENGTH, minLength })
    if (!next) return
    if (next.clearCode) setCode('')
    if (next.clearPassphrase) setPassphraseReset((count) => count + 1)
    if (next.askEmail) setAskEmail(true)
    if (next.resendAfter !== undefined) setResendAt(Date.now() + next.resendAfter * 1000)
    setFeedback(next.text === undefined ? null : next)
    if (next.restart) go('email')
    onError?.(error)
  }

  // Each step says what it sends in either mode; the form's `mode` picks one.
  function run(
    current: EmailFormAction,
    variables: StepVariables,
    succeeded: (result: CeremonyResult) => void,
  ) {
    setAction(current)
    const callbacks = {
      onSuccess: succeeded,
      onError: (error: IbexError) => fail(error, current),
    }
    if (mode === 'sign-up') signUp.mutate(variables.signUp, callbacks)
    else signIn.mutate(variables.signIn, callbacks)
  }

  function codeSent(result: CeremonyResult) {
    if (result.status !== 'awaiting-code') return
    setSent({
      codeExpiresAt: result.codeExpiresAt,
      emailHint: result.emailHint,
    })
    setCode('')
    setResendAt(undefined)
    setFeedback(null)
    go('code')
  }

  function sendCode(typed: string | undefined) {
    setFeedback(null)
    if (typed !== undefined) setEmail(typed)
    const byEmail = { wallet: 'email', email: typed ?? email } as const
    const request: StepVariables = {
      signUp: byEmail,
      signIn:
        typed === undefined && remembered
          ? { wallet: 'email', externalUserId: remembered.externalUserId }
          : byEmail,
    }
    setCodeRequest(request)
    run('send', request, codeSent)
  }

  function resendCode() {
    setFeedback(null)
    // The same request again: the same address, or the same remembered user.
    if (codeRequest) run('resend', codeRequest, codeSent)
  }

  function verifyCode(typed: string) {
    setFeedback(null)
    const variables = { wallet: 'email', code: typed } as const
    run('code', { signUp: variables, signIn: variables }, (result) => {
      if (result.status === 'awaiting-passphrase') go('passphrase')
    })
  }

  function submitPassphrase(passphrase: string) {
    setFeedback(null)
    // Handed straight to the ceremony: never kept in this component's state.
    const variables = {
      signUp: { wallet: 'email', passphrase, passphrasePolicy },
      signIn: { ...signInOptions, wallet: 'email', passphrase },
    } as const
    run('passphrase', variables, (result) => {
      if (result.status !== 'signed-in') return
      go('done')
      onSuccess?.(result)
    })
  }

  function changeEmail() {
    setFeedback(null)
    setAskEmail(true)
    go('email')
  }

  const state: EmailOtpFormState =
    step === 'done' ? 'success' : pending ? 'pending' : feedback ? 'error' : 'idle'
  const dismiss = () => setFeedback(null)
  // What every step gets from the form.
  const shared = {
    'aria-label': mode === 'sign-up' ? messages.signUpTitle : messages.signInTitle,
    disabled,
    focusOnMount: moved,
    locale: resolvedLocale,
    messages: messageOverrides,
  }

  return (
    <div
      {...rootProps}
      className={joinTokens('ibex-root ibex-email-form', className)}
      data-ibex-email-form=""
      data-mode={mode}
      data-step={step}
      data-state={state}
      data-disabled={dataFlag(disabled)}
    >
      {step === 'email' ? (
        <EmailAddressStep
          {...shared}
          remembered={remembered}
          onUseAnotherEmail={() => {
            setFeedback(null)
            setAskEmail(true)
            setMoved(true)
          }}
          defaultEmail={email}
          onSubmit={sendCode}
          onEdit={dismiss}
          pending={pending === 'send'}
          error={errorOn('email')}
        />
      ) : step === 'code' ? (
        <EmailCodeStep
          {...shared}
          expiresAt={sent?.codeExpiresAt}
          emailHint={sent?.emailHint}
          resendAt={resendAt}
          onResend={resendCode}
          onChangeEmail={changeEmail}
          value={code}
          onValueChange={(next) => {
            setCode(next)
            if (feedback) dismiss()
          }}
          length={CODE_LENGTH}
          onComplete={verifyCode}
          pending={pending === 'code'}
          resending={pending === 'resend'}
          error={errorOn('code')}
        />
      ) : step === 'passphrase' ? (
        <EmailPassphraseStep
          {...shared}
          mode={mode}
          minLength={minLength}
          onSubmit={submitPassphrase}
          onEdit={dismiss}
          pending={pending === 'passphrase'}
          error={errorOn('passphrase')}
          resetKey={passphraseReset}
        />
      ) : (
        <p ref={doneRef} tabIndex={-1} className="ibex-email-form__done" data-ibex-email-done="">
          {mode === 'sign-up' ? messages.signUpSuccess : messages.signInSuccess}
        </p>
      )}
    </div>
  )
}
