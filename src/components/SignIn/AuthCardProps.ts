import type { ComponentPropsWithRef, ReactNode } from 'react'
import type { SignInEnrichment } from '../../core/actions/signIn.ts'
import type { CeremonyResult } from '../../core/actions/signUp.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'
import type { SignInMessages } from '../internal/messages/signInMessages.ts'
import type { AuthMethod, AuthWalletButton } from './AuthMethod.ts'

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

/** The `className` and `data-part` of one part of the card (internal to its pieces). */
export type AuthCardPartProps = (
  name: AuthCardPart,
  base?: string,
) => { className: string | undefined; 'data-part': AuthCardPart }
