'use client'
import type { ReactNode } from 'react'
import { AuthCard, type AuthCardProps } from './AuthCard.tsx'

/** Props of {@link SignIn}: every prop of the card (`methods`, slots, callbacks, `classNames`…). */
export type SignInProps = AuthCardProps

/**
 * A complete sign-in card: the passkey first (with the user's saved passkeys offered in the
 * email field's autofill), then the other methods the app enables, the returning user's last
 * method marked and listed first. Each method's step loads only when opened, words every error
 * for the user, and leads back to the list. Without a built-in authenticator the other methods
 * lead; without WebAuthn the passkey is left out. Needs `<IbexProvider>`; styled by
 * `ibex-react/styles.css`, `className`, `classNames` and `--ibex-*` variables; parts carry
 * `data-part`, the root `data-view` and `data-state`.
 *
 * @example
 * <SignIn
 *   methods={['passkey', 'pin', 'email']}
 *   logo={<img src="/logo.svg" alt="Acme" width={40} height={40} />}
 *   switchHref="/sign-up"
 *   onSuccess={() => navigate('/wallet')}
 * />
 */
export function SignIn(props: SignInProps): ReactNode {
  return <AuthCard {...props} mode="sign-in" />
}
