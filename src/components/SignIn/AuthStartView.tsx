'use client'
import type { FormEvent, ReactNode } from 'react'
import type { SignInEnrichment } from '../../core/actions/signIn.ts'
import type { CeremonyResult } from '../../core/actions/signUp.ts'
import type { PasskeySignUpParameters } from '../../core/ceremonies/passkeys/signUpWithPasskey.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import { EmailIcon } from '../internal/icons/EmailIcon.tsx'
import { PinIcon } from '../internal/icons/PinIcon.tsx'
import { WalletIcon } from '../internal/icons/WalletIcon.tsx'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'
import type { SignInMessages } from '../internal/messages/signInMessages.ts'
import { PasskeyButton } from '../PasskeyButton/PasskeyButton.tsx'
import type { AuthCardPartProps } from './AuthCardProps.ts'
import type { AuthMethod } from './AuthMethod.ts'

/** Props of {@link AuthStartView}. */
export interface AuthStartViewProps {
  mode: 'sign-in' | 'sign-up'
  locale: IbexLocale
  messages: SignInMessages
  /** The methods the app enabled (and that can work here). */
  enabled: readonly AuthMethod[]
  /** The other methods than the passkey, in their order (the last used first). */
  others: readonly Exclude<AuthMethod, 'passkey'>[]
  lastMethod: AuthMethod | undefined
  /** WebAuthn is there (or not known yet). */
  webauthn: boolean
  hasPasskey: boolean
  /** The passkey comes first (a built-in authenticator, or not known yet). */
  passkeyLeads: boolean
  /** No built-in authenticator: the passkey block says so. */
  noPlatformAuthenticator: boolean
  /** The email field doubles as the passkey autofill field. */
  autofill: boolean
  typedEmail: string | undefined
  idPrefix: string
  signInOptions: SignInEnrichment | undefined
  signUpOptions: Omit<PasskeySignUpParameters, 'wallet'> | undefined
  part: AuthCardPartProps
  onPasskeySuccess: (result: CeremonyResult) => void
  onPasskeyError: (error: IbexError) => void
  /** Opens a method's step; `from` finds the control that opened it again on the way back. */
  onOpen: (method: Exclude<AuthMethod, 'passkey'>, from: string) => void
  /** The autofill field was submitted with this email (or none). */
  onAutofillSubmit: (email: string | undefined) => void
}

/**
 * The card's first view: the passkey button (first when the device has a built-in
 * authenticator), the "or" divider, the email field with passkey autofill when signing in,
 * and a button per other method with the last used one badged.
 *
 * @example
 * <AuthStartView mode="sign-in" enabled={['passkey', 'pin']} others={['pin']} … />
 */
export function AuthStartView(props: AuthStartViewProps): ReactNode {
  const { mode, locale, messages, enabled, others, lastMethod, part, idPrefix } = props
  const lastUsed = (method: AuthMethod) => mode === 'sign-in' && lastMethod === method
  const badge = (method: AuthMethod) =>
    lastUsed(method) ? (
      <span {...part('badge', 'ibex-auth__badge')}>{messages.lastUsed}</span>
    ) : null
  const methodLabel = {
    pin: messages.methodPin,
    email: messages.methodEmail,
    wallet: messages.methodWallet,
  }
  const methodIcon = { pin: <PinIcon />, email: <EmailIcon />, wallet: <WalletIcon /> }

  function submitAutofill(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const value = new FormData(event.currentTarget).get('username')
    props.onAutofillSubmit(
      typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined,
    )
  }

  const passkeyBlock = props.hasPasskey ? (
    <div {...part('passkey', 'ibex-auth__passkey')}>
      <PasskeyButton
        mode={mode}
        locale={locale}
        signInOptions={props.signInOptions}
        signUpOptions={props.signUpOptions}
        className="ibex-auth__passkey-button"
        data-last-used={lastUsed('passkey') ? '' : undefined}
        onSuccess={props.onPasskeySuccess}
        onError={props.onPasskeyError}
      />
      {badge('passkey')}
      {props.noPlatformAuthenticator ? (
        <p {...part('alert', 'ibex-auth__note')}>{messages.noPlatformAuthenticator}</p>
      ) : null}
    </div>
  ) : null

  const autofillBlock = props.autofill ? (
    <form {...part('autofill', 'ibex-auth__autofill')} onSubmit={submitAutofill} noValidate>
      <label htmlFor={`${idPrefix}-username`} className="ibex-auth__label">
        {messages.autofillLabel}
      </label>
      <div className="ibex-auth__field-row">
        <input
          {...part('input', 'ibex-auth__input')}
          id={`${idPrefix}-username`}
          name="username"
          type="email"
          inputMode="email"
          autoComplete="username webauthn"
          aria-describedby={`${idPrefix}-autofill-hint`}
          defaultValue={props.typedEmail}
        />
        <button type="submit" className="ibex-auth__submit">
          {messages.autofillSubmit}
        </button>
      </div>
      <p id={`${idPrefix}-autofill-hint`} className="ibex-auth__hint">
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
              data-last-used={lastUsed(method) ? '' : undefined}
              onClick={() => props.onOpen(method, `[data-method="${method}"]`)}
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
    props.hasPasskey && hasSecondary ? (
      <div {...part('divider', 'ibex-auth__divider')} role="separator">
        <span>{messages.divider}</span>
      </div>
    ) : null

  return (
    <>
      {!props.webauthn && enabled.includes('passkey') ? (
        <p {...part('alert', 'ibex-auth__note')}>{messages.noPasskeys}</p>
      ) : null}
      {props.passkeyLeads ? (
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
