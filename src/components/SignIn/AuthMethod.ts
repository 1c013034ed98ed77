import type { ComponentType } from 'react'
import type { CeremonyResult } from '../../core/actions/signUp.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'

/**
 * A way to sign in or up that `SignIn` / `SignUp` can offer: `passkey`, `pin` (a PIN, Argon2id
 * on the device), `email` (a code and a passphrase) or `wallet` (an external wallet, EIP-7702;
 * needs the `walletButton` prop).
 *
 * @example
 * <SignIn methods={['passkey', 'pin', 'email']} />
 */
export type AuthMethod = 'passkey' | 'pin' | 'email' | 'wallet'

/**
 * Props the card gives the wallet method's component: `WalletButton` from `ibex-react/wagmi`
 * fits (the card never imports wagmi itself, so apps without wallets never bundle it).
 *
 * @example
 * import { WalletButton } from 'ibex-react/wagmi'
 * <SignIn methods={['passkey', 'wallet']} walletButton={WalletButton} />
 */
export type AuthWalletButton = ComponentType<{
  mode?: 'sign-in' | 'sign-up'
  locale?: IbexLocale
  onSuccess?: (result: CeremonyResult) => void
  onError?: (error: IbexError) => void
}>
