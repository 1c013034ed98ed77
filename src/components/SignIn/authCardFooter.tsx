'use client'
import type { ReactNode } from 'react'
import type { SignInMessages } from '../internal/messages/signInMessages.ts'

/**
 * The card's footer text: the app's `footer`, else a link or button to the other mode ("No
 * account yet? Sign up") when `switchHref` or `onSwitchMode` is given; `null` otherwise.
 *
 * @example
 * const footer = authCardFooter({ mode: 'sign-in', switchHref: '/sign-up', messages })
 */
export function authCardFooter(props: {
  mode: 'sign-in' | 'sign-up'
  footer: ReactNode
  switchHref: string | undefined
  onSwitchMode: (() => void) | undefined
  messages: SignInMessages
}): ReactNode {
  const { mode, footer, switchHref, onSwitchMode, messages } = props
  if (footer !== undefined && footer !== null) return footer
  if (switchHref === undefined && !onSwitchMode) return null
  const label = mode === 'sign-in' ? messages.switchToSignUp : messages.switchToSignIn
  return (
    <p className="ibex-auth__switch">
      {mode === 'sign-in' ? messages.switchToSignUpPrompt : messages.switchToSignInPrompt}{' '}
      {switchHref !== undefined ? (
        <a className="ibex-auth__link" href={switchHref}>
          {label}
        </a>
      ) : (
        <button type="button" className="ibex-auth__link" onClick={onSwitchMode}>
          {label}
        </button>
      )}
    </p>
  )
}
