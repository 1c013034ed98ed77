'use client'
import type { ReactNode } from 'react'
import type { PasskeySignUpParameters } from '../../core/ceremonies/passkeys/signUpWithPasskey.ts'
import { AuthCard, type AuthCardProps } from '../SignIn/AuthCard.tsx'

/** Props of {@link SignUp}: the card's props plus the passkey's sign-up inputs. */
export interface SignUpProps extends AuthCardProps {
  /**
   * Inputs of the passkey sign-up (`userName`, `userDisplayName`, `keyName`, `chainId`…).
   * @example
   * <SignUp signUpOptions={{ userName: 'alice@example.com', keyName: 'Laptop' }} />
   */
  signUpOptions?: Omit<PasskeySignUpParameters, 'wallet'>
}

/**
 * A complete sign-up card, the twin of `SignIn`: create a passkey first, or choose a PIN (typed
 * twice), email (code and passphrase) or a wallet; each step loads only when opened and words
 * every error for the user. Needs `<IbexProvider>`; styled like `SignIn`.
 *
 * @example
 * <SignUp methods={['passkey', 'pin']} switchHref="/sign-in" onSuccess={() => navigate('/wallet')} />
 */
export function SignUp(props: SignUpProps): ReactNode {
  return <AuthCard {...props} mode="sign-up" />
}
