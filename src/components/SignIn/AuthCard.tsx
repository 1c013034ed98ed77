'use client'
import {
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
  type ComponentPropsWithRef,
  type FormEvent,
  type ReactNode,
} from 'react'
import type { SignInEnrichment } from '../../core/actions/signIn.ts'
import type { CeremonyResult } from '../../core/actions/signUp.ts'
import type { PasskeySignUpParameters } from '../../core/ceremonies/passkeys/signUpWithPasskey.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import { useConditionalSignIn } from '../../react/hooks/useConditionalSignIn.ts'
import { useIbexLocale } from '../../react/hooks/useIbexLocale.ts'
import { useLastUser } from '../../react/hooks/useLastUser.ts'
import { usePasskeySupport } from '../../react/hooks/usePasskeySupport.ts'
import { CheckIcon } from '../internal/icons/CheckIcon.tsx'
import { ChevronDownIcon } from '../internal/icons/ChevronDownIcon.tsx'
import { EmailIcon } from '../internal/icons/EmailIcon.tsx'
import { PinIcon } from '../internal/icons/PinIcon.tsx'
import { WalletIcon } from '../internal/icons/WalletIcon.tsx'
import { composeRefs } from '../internal/composeRefs.ts'
import { joinTokens } from '../internal/joinTokens.ts'
import { LiveRegion } from '../internal/LiveRegion.tsx'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'
import { resolveMessages } from '../internal/messages/resolveMessages.ts'
import { signInMessages, type SignInMessages } from '../internal/messages/signInMessages.ts'
import { PasskeyButton } from '../PasskeyButton/PasskeyButton.tsx'
import type { AuthMethod, AuthWalletButton } from './AuthMethod.ts'
import { authErrorText } from './authErrorText.ts'
import { authMethodOf } from './authMethodOf.ts'

// Each method's code is fetched the first time the user opens it.
const PinMethod = lazy(() =>
  import('./PinMethod.tsx').then((module) => ({ default: module.PinMethod })),
)
const EmailMethod = lazy(() =>
  import('./EmailMethod.tsx').then((module) => ({ default: module.EmailMethod })),
)

/** The parts of the card, for `classNames` (each also carries `data-part="<name>"`). */
export type AuthCardPart =
  | 'root'
  | 'header'
  | 'logo'
  | 'title'
  | 'subtitle'
  | 'alert'
  | 'main'
  | 'methods'
  | 'passkey'
  | 'autofill'
  | 'input'
  | 'divider'
  | 'method'
  | 'badge'
  | 'back'
  | 'pin'
  | 'email'
  | 'wallet'
  | 'success'
  | 'footer'

/** Where the card stands, exposed as `data-view`. */
export type AuthCardView = 'start' | Exclude<AuthMethod, 'passkey'> | 'done'

/** Props shared by `SignIn` and `SignUp`. Other `<section>` props go to the root. */
export interface AuthCardProps extends Omit<ComponentPropsWithRef<'section'>, 'title' | 'onError'> {
  /**
   * The methods offered, in the order the app prefers (duplicates ignored). The passkey leads
   * when the device has a built-in authenticator; without one the other methods come first;
   * without WebAuthn it is left out. `wallet` needs `walletButton`.
   * @default ['passkey', 'pin', 'email']
   * @example
   * <SignIn methods={['passkey', 'pin', 'email', 'wallet']} walletButton={WalletButton} />
   */
  methods?: readonly AuthMethod[]
  /**
   * The component of the `wallet` method: `WalletButton` from `ibex-react/wagmi`, imported by the
   * app (the card never imports wagmi).
   * @example
   * <SignIn methods={['passkey', 'wallet']} walletButton={WalletButton} />
   */
  walletButton?: AuthWalletButton
  /**
   * Shown at the top of the card, above the title (an `<img>`, an inline SVG…).
   * @example
   * <SignIn logo={<img src="/logo.svg" alt="Acme" width={40} height={40} />} />
   */
  logo?: ReactNode
  /**
   * Replaces the built-in title ("Sign in" / "Create your account").
   * @example
   * <SignIn title="Welcome to Acme" />
   */
  title?: ReactNode
  /**
   * Replaces the line under the title; `null` hides it.
   * @example
   * <SignIn subtitle={null} />
   */
  subtitle?: ReactNode
  /**
   * Replaces the footer. Without it, and with `switchHref` or `onSwitchMode`, the footer links
   * to the other mode ("No account yet? Sign up").
   * @example
   * <SignIn footer={<a href="/terms">Terms</a>} />
   */
  footer?: ReactNode
  /**
   * Where the footer link goes (the other mode's page).
   * @example
   * <SignIn switchHref="/sign-up" />
   */
  switchHref?: string
  /**
   * Called by the footer button (when there is no `switchHref`), e.g. to show the other card.
   * @example
   * <SignIn onSwitchMode={() => setMode('sign-up')} />
   */
  onSwitchMode?: () => void
  /**
   * Extras of any sign-in (`includeBalance` …, `chainId`); they seed the data queries.
   * @example
   * <SignIn signInOptions={{ includeBalance: true }} />
   */
  signInOptions?: SignInEnrichment
  /**
   * Called once the user is signed in, with the method used.
   * @example
   * <SignIn onSuccess={(result, method) => navigate('/wallet')} />
   */
  onSuccess?: (result: CeremonyResult, method: AuthMethod) => void
  /**
   * Called when a method fails (cancelled prompts included; `error.code` says why).
   * @example
   * <SignIn onError={(error, method) => report(method, error.code)} />
   */
  onError?: (error: IbexError, method: AuthMethod) => void
  /**
   * Language of the built-in strings (the methods' too); `<IbexProvider locale>` when left out.
   * @default 'en'
   */
  locale?: IbexLocale
  /**
   * Overrides of single strings of the card.
   * @example
   * <SignIn messages={{ signInSubtitle: 'Use the passkey of your phone.' }} />
   */
  messages?: Partial<SignInMessages>
  /**
   * Classes per part, added to the built-in ones (which stay, with `data-part`).
   * @example
   * <SignIn classNames={{ root: 'shadow-xl', method: 'rounded-full' }} />
   */
  classNames?: Partial<Record<AuthCardPart, string>>
}

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

  const part = (name: AuthCardPart, base?: string) => ({
    className: joinTokens(base, classNames[name]),
    'data-part': name,
  })

  function open(method: Exclude<AuthMethod, 'passkey'>, from: string) {
    returnTo.current = from
    setAlert(null)
    setView(method)
  }

  function submitAutofill(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const value = new FormData(event.currentTarget).get('username')
    setTypedEmail(typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined)
    open('email', '[data-part="input"]')
  }

  const methodLabel = {
    pin: messages.methodPin,
    email: messages.methodEmail,
    wallet: messages.methodWallet,
  }
  const methodIcon = { pin: <PinIcon />, email: <EmailIcon />, wallet: <WalletIcon /> }
  const badge = (method: AuthMethod) =>
    mode === 'sign-in' && lastMethod === method ? (
      <span {...part('badge', 'ibex-auth__badge')}>{messages.lastUsed}</span>
    ) : null

  const passkeyBlock = hasPasskey ? (
    <div {...part('passkey', 'ibex-auth__passkey')}>
      <PasskeyButton
        mode={mode}
        locale={locale}
        signInOptions={signInOptions}
        signUpOptions={signUpOptions}
        className="ibex-auth__passkey-button"
        data-last-used={mode === 'sign-in' && lastMethod === 'passkey' ? '' : undefined}
        onSuccess={(result) => succeed(result, 'passkey')}
        onError={(error) => fail(error, 'passkey')}
      />
      {badge('passkey')}
      {support?.platformAuthenticator === false ? (
        <p {...part('alert', 'ibex-auth__note')}>{messages.noPlatformAuthenticator}</p>
      ) : null}
    </div>
  ) : null

  const autofillBlock = autofill ? (
    <form {...part('autofill', 'ibex-auth__autofill')} onSubmit={submitAutofill} noValidate>
      <label htmlFor={`${titleId}-username`} className="ibex-auth__label">
        {messages.autofillLabel}
      </label>
      <div className="ibex-auth__field-row">
        <input
          {...part('input', 'ibex-auth__input')}
          id={`${titleId}-username`}
          name="username"
          type="email"
          inputMode="email"
          autoComplete="username webauthn"
          aria-describedby={`${titleId}-autofill-hint`}
          defaultValue={typedEmail}
        />
        <button type="submit" className="ibex-auth__submit">
          {messages.autofillSubmit}
        </button>
      </div>
      <p id={`${titleId}-autofill-hint`} className="ibex-auth__hint">
        {messages.autofillHint}
      </p>
      {badge('email')}
    </form>
  ) : null

  const otherBlock =
    others.length > 0 ? (
      <ul {...part('methods', 'ibex-auth__methods')} aria-label={messages.methodsLabel}>
        {others.map((method) => (
          <li key={method} className="ibex-auth__method-item">
            <button
              type="button"
              {...part('method', 'ibex-auth__method')}
              data-method={method}
              data-last-used={mode === 'sign-in' && lastMethod === method ? '' : undefined}
              onClick={() => open(method, `[data-method="${method}"]`)}
            >
              <span className="ibex-auth__method-icon">{methodIcon[method]}</span>
              <span className="ibex-auth__method-label">{methodLabel[method]}</span>
              {badge(method)}
            </button>
          </li>
        ))}
      </ul>
    ) : null

  const secondaryBlocks = (
    <>
      {autofillBlock}
      {otherBlock}
    </>
  )
  const hasSecondary = autofillBlock !== null || otherBlock !== null
  const divider =
    hasPasskey && hasSecondary ? (
      <div {...part('divider', 'ibex-auth__divider')} role="separator">
        <span>{messages.divider}</span>
      </div>
    ) : null

  const back = (
    <button
      ref={backRef}
      type="button"
      {...part('back', 'ibex-auth__back')}
      onClick={() => setView('start')}
    >
      <ChevronDownIcon className="ibex-auth__back-icon" />
      {mode === 'sign-in' ? messages.backSignIn : messages.backSignUp}
    </button>
  )
  const loading = <p className="ibex-auth__loading">{messages.loading}</p>

  let main: ReactNode
  if (view === 'done') {
    main = (
      <p ref={successRef} tabIndex={-1} {...part('success', 'ibex-auth__success')}>
        <CheckIcon size="1.25em" />
        {mode === 'sign-in' ? messages.signedIn : messages.signedUp}
      </p>
    )
  } else if (view === 'pin') {
    main = (
      <>
        {back}
        <Suspense fallback={loading}>
          <PinMethod
            mode={mode}
            locale={locale}
            messages={messages}
            signInOptions={signInOptions}
            className={joinTokens('ibex-auth__step', classNames.pin)}
            onSuccess={(result) => succeed(result, 'pin')}
            onError={(error) => fail(error, 'pin')}
          />
        </Suspense>
      </>
    )
  } else if (view === 'email') {
    main = (
      <>
        {back}
        <Suspense fallback={loading}>
          <EmailMethod
            mode={mode}
            locale={locale}
            signInOptions={signInOptions}
            defaultEmail={typedEmail}
            className={joinTokens('ibex-auth__step', classNames.email)}
            onSuccess={(result) => succeed(result, 'email')}
            onError={(error) => fail(error, 'email')}
          />
        </Suspense>
      </>
    )
  } else if (view === 'wallet' && WalletMethod) {
    main = (
      <>
        {back}
        <div {...part('wallet', 'ibex-auth__step')}>
          <WalletMethod
            mode={mode}
            locale={locale}
            onSuccess={(result) => succeed(result, 'wallet')}
            onError={(error) => fail(error, 'wallet')}
          />
        </div>
      </>
    )
  } else {
    main = (
      <>
        {!webauthn && enabled.includes('passkey') ? (
          <p {...part('alert', 'ibex-auth__note')}>{messages.noPasskeys}</p>
        ) : null}
        {passkeyLeads ? (
          <>
            {passkeyBlock}
            {divider}
            {secondaryBlocks}
          </>
        ) : (
          <>
            {secondaryBlocks}
            {divider}
            {passkeyBlock}
          </>
        )}
      </>
    )
  }

  const footerContent =
    footer ??
    (switchHref !== undefined || onSwitchMode ? (
      <p className="ibex-auth__switch">
        {mode === 'sign-in' ? messages.switchToSignUpPrompt : messages.switchToSignInPrompt}{' '}
        {switchHref !== undefined ? (
          <a className="ibex-auth__link" href={switchHref}>
            {mode === 'sign-in' ? messages.switchToSignUp : messages.switchToSignIn}
          </a>
        ) : (
          <button type="button" className="ibex-auth__link" onClick={onSwitchMode}>
            {mode === 'sign-in' ? messages.switchToSignUp : messages.switchToSignIn}
          </button>
        )}
      </p>
    ) : null)

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
