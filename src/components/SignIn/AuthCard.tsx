'use client'
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import type { CeremonyResult } from '../../core/actions/signUp.ts'
import type { PasskeySignUpParameters } from '../../core/ceremonies/passkeys/signUpWithPasskey.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import { useConditionalSignIn } from '../../react/hooks/useConditionalSignIn.ts'
import { useIbexLocale } from '../../react/hooks/useIbexLocale.ts'
import { useLastUser } from '../../react/hooks/useLastUser.ts'
import { usePasskeySupport } from '../../react/hooks/usePasskeySupport.ts'
import { CheckIcon } from '../internal/icons/CheckIcon.tsx'
import { composeRefs } from '../internal/composeRefs.ts'
import { joinTokens } from '../internal/joinTokens.ts'
import { LiveRegion } from '../internal/LiveRegion.tsx'
import { resolveMessages } from '../internal/messages/resolveMessages.ts'
import { signInMessages } from '../internal/messages/signInMessages.ts'
import { authCardFooter } from './authCardFooter.tsx'
import type { AuthCardPartProps, AuthCardProps, AuthCardView } from './AuthCardProps.ts'
import { authErrorText } from './authErrorText.ts'
import { AuthMethodStep } from './AuthMethodStep.tsx'
import type { AuthMethod } from './AuthMethod.ts'
import { authMethodOf } from './authMethodOf.ts'
import { AuthStartView } from './AuthStartView.tsx'

export type { AuthCardPart, AuthCardProps, AuthCardView } from './AuthCardProps.ts'

const DEFAULT_METHODS: readonly AuthMethod[] = ['passkey', 'pin', 'email']

/**
 * The card behind `SignIn` and `SignUp`: the header, the method list (passkey first, with
 * autofill when signing in), one lazily loaded step per method with a way back, a success state
 * and the footer.
 *
 * @example
 * <AuthCard mode="sign-in" methods={['passkey', 'pin']} />
 */
export function AuthCard(
  props: AuthCardProps & {
    mode: 'sign-in' | 'sign-up'
    signUpOptions?: Omit<PasskeySignUpParameters, 'wallet'> | undefined
  },
): ReactNode {
  const {
    mode,
    methods = DEFAULT_METHODS,
    walletButton: WalletMethod,
    logo,
    title,
    subtitle,
    footer,
    switchHref,
    onSwitchMode,
    signInOptions,
    signUpOptions,
    onSuccess,
    onError,
    locale: localeProp,
    messages: messageOverrides,
    className,
    classNames = {},
    ...rootProps
  } = props
  const providerLocale = useIbexLocale()
  const locale = localeProp ?? providerLocale ?? 'en'
  const messages = resolveMessages(signInMessages, locale, messageOverrides)
  const { data: support } = usePasskeySupport()
  const lastMethod = authMethodOf(useLastUser())
  const [view, setView] = useState<AuthCardView>('start')
  const [typedEmail, setTypedEmail] = useState<string | undefined>(undefined)
  const [alert, setAlert] = useState<string | null>(null)
  const titleId = useId()
  const subtitleId = useId()
  const successRef = useRef<HTMLParagraphElement>(null)
  const rootRef = useRef<HTMLElement>(null)
  // The control that opened the current step, found again by its data attribute on the way back
  // (the start view was unmounted meanwhile).
  const returnTo = useRef<string | null>(null)
  const backRef = useRef<HTMLButtonElement>(null)
  const previousView = useRef<AuthCardView>(view)

  const enabled = [...new Set(methods)].filter(
    (method) => method !== 'wallet' || WalletMethod !== undefined,
  )
  // Unknown while detecting (and on the server): shown, so the first paint does not jump.
  const webauthn = support?.webauthn !== false
  const hasPasskey = enabled.includes('passkey') && webauthn
  const passkeyLeads = hasPasskey && support?.platformAuthenticator !== false
  // The autofill field doubles as the email method's first step.
  const autofill =
    mode === 'sign-in' &&
    hasPasskey &&
    enabled.includes('email') &&
    support?.conditionalMediation === true
  const others = enabled.filter(
    (method): method is Exclude<AuthMethod, 'passkey'> =>
      method !== 'passkey' && !(autofill && method === 'email'),
  )
  if (lastMethod && lastMethod !== 'passkey') {
    const index = others.indexOf(lastMethod)
    if (index > 0) others.unshift(...others.splice(index, 1))
  }

  function succeed(result: CeremonyResult, method: AuthMethod) {
    if (result.status !== 'signed-in') return
    setAlert(null)
    setView('done')
    onSuccess?.(result, method)
  }
  function fail(error: IbexError, method: AuthMethod) {
    onError?.(error, method)
  }

  useConditionalSignIn({
    enabled: autofill && view === 'start',
    signIn: signInOptions,
    mutation: {
      onSuccess: (result) => succeed(result, 'passkey'),
      onError: (error) => {
        // Dismissing autofill, or a button taking over, is no failure.
        const text = authErrorText(error, messages, 'sign-in')
        if (text) setAlert(text)
        fail(error, 'passkey')
      },
    },
  })

  // Focus follows the view: into a method's step (its back button), back to the method that
  // was opened, and onto the success line.
  useEffect(() => {
    const previous = previousView.current
    previousView.current = view
    if (previous === view) return
    if (view === 'done') successRef.current?.focus()
    else if (view === 'start' && returnTo.current)
      rootRef.current?.querySelector<HTMLElement>(returnTo.current)?.focus()
    else backRef.current?.focus()
  }, [view])

  const part: AuthCardPartProps = (name, base) => ({
    className: joinTokens(base, classNames[name]),
    'data-part': name,
  })

  function open(method: Exclude<AuthMethod, 'passkey'>, from: string) {
    returnTo.current = from
    setAlert(null)
    setView(method)
  }

  let main: ReactNode
  if (view === 'done') {
    main = (
      <p ref={successRef} tabIndex={-1} {...part('success', 'ibex-auth__success')}>
        <CheckIcon size="1.25em" />
        {mode === 'sign-in' ? messages.signedIn : messages.signedUp}
      </p>
    )
  } else if (view === 'start' || (view === 'wallet' && !WalletMethod)) {
    main = (
      <AuthStartView
        mode={mode}
        locale={locale}
        messages={messages}
        enabled={enabled}
        others={others}
        lastMethod={lastMethod}
        webauthn={webauthn}
        hasPasskey={hasPasskey}
        passkeyLeads={passkeyLeads}
        noPlatformAuthenticator={support?.platformAuthenticator === false}
        autofill={autofill}
        typedEmail={typedEmail}
        idPrefix={titleId}
        signInOptions={signInOptions}
        signUpOptions={signUpOptions}
        part={part}
        onPasskeySuccess={(result) => succeed(result, 'passkey')}
        onPasskeyError={(error) => fail(error, 'passkey')}
        onOpen={open}
        onAutofillSubmit={(email) => {
          setTypedEmail(email)
          open('email', '[data-part="input"]')
        }}
      />
    )
  } else {
    const method = view
    main = (
      <AuthMethodStep
        method={method}
        mode={mode}
        locale={locale}
        messages={messages}
        walletButton={WalletMethod}
        signInOptions={signInOptions}
        typedEmail={typedEmail}
        backRef={backRef}
        onBack={() => setView('start')}
        onSuccess={(result) => succeed(result, method)}
        onError={(error) => fail(error, method)}
        part={part}
        classNames={classNames}
      />
    )
  }

  const footerContent = authCardFooter({ mode, footer, switchHref, onSwitchMode, messages })

  const shownSubtitle =
    subtitle === undefined
      ? mode === 'sign-in'
        ? messages.signInSubtitle
        : messages.signUpSubtitle
      : subtitle

  return (
    <section
      aria-labelledby={titleId}
      aria-describedby={shownSubtitle ? subtitleId : undefined}
      {...rootProps}
      ref={composeRefs(rootRef, rootProps.ref)}
      className={joinTokens('ibex-root ibex-auth', className, classNames.root)}
      data-ibex-auth=""
      data-part="root"
      data-mode={mode}
      data-view={view}
      data-state={view === 'done' ? 'success' : alert ? 'error' : 'idle'}
      data-passkey={hasPasskey ? (passkeyLeads ? 'lead' : 'fallback') : 'none'}
    >
      <header {...part('header', 'ibex-auth__header')}>
        {logo ? <div {...part('logo', 'ibex-auth__logo')}>{logo}</div> : null}
        <h2 id={titleId} {...part('title', 'ibex-auth__title')}>
          {title ?? (mode === 'sign-in' ? messages.signInTitle : messages.signUpTitle)}
        </h2>
        {shownSubtitle ? (
          <p id={subtitleId} {...part('subtitle', 'ibex-auth__subtitle')}>
            {shownSubtitle}
          </p>
        ) : null}
      </header>
      {alert ? (
        <p {...part('alert', 'ibex-auth__alert')} data-tone="danger">
          {alert}
        </p>
      ) : null}
      <div {...part('main', 'ibex-auth__main')}>{main}</div>
      {footerContent ? (
        <footer {...part('footer', 'ibex-auth__footer')}>{footerContent}</footer>
      ) : null}
      {/* Success is read when its line takes focus; failures of autofill are announced here
          (each method announces its own). */}
      <LiveRegion assertive={alert ?? ''} />
    </section>
  )
}
