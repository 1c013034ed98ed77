'use client'
import { useState, type ComponentPropsWithRef, type ReactNode } from 'react'
import { useConfig, useConnection, useConnectors, type Config } from 'wagmi'
import type { SignInEnrichment } from '../../core/actions/signIn.ts'
import type { CeremonyResult } from '../../core/actions/signUp.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import { useIbexLocale } from '../../react/hooks/useIbexLocale.ts'
import { useWalletSignIn } from '../../react/wagmi/useWalletSignIn.ts'
import { useWalletSignUp } from '../../react/wagmi/useWalletSignUp.ts'
import { announceCeremony } from '../internal/announceCeremony.ts'
import { ceremonyButtonState, type CeremonyButtonState } from '../internal/ceremonyButtonState.ts'
import { joinTokens } from '../internal/joinTokens.ts'
import { LiveRegion } from '../internal/LiveRegion.tsx'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import type { IbexLocale, WalletButtonMessages } from '../internal/messages/IbexMessages.ts'
import { walletButtonMessages } from '../internal/messages/walletButtonMessages.ts'
import { resolveMessages } from '../internal/messages/resolveMessages.ts'
import { useAnnouncer } from '../internal/useAnnouncer.ts'
import { walletButtonFeedback } from './walletButtonFeedback.ts'

/** Finite state of the component, exposed as `data-state` for styling. */
export type WalletButtonState = CeremonyButtonState

/**
 * Props of {@link WalletButton}. Other `<div>` props (`id`, `style`, `aria-*`, `data-*`…) and
 * `ref` go to its root element.
 */
export interface WalletButtonProps extends Omit<
  ComponentPropsWithRef<'div'>,
  'onError' | 'children'
> {
  /**
   * `sign-up` creates an account for the wallet's address; `sign-in` signs its account in.
   * @default 'sign-in'
   * @example
   * <WalletButton mode="sign-up" />
   */
  mode?: 'sign-up' | 'sign-in'
  /**
   * The chain to sign up or in on (where the EOA will be delegated). A wallet on another chain is
   * asked to switch. Default: the wallet's current chain.
   * @example
   * <WalletButton chainId={421614} />
   */
  chainId?: number
  /**
   * Extras of the sign-in (`includeBalance`, `includeTransactions`, `includeUserdata`,
   * `asyncData`), used in `sign-in` mode and seeded into the cache.
   * @example
   * <WalletButton signInOptions={{ includeBalance: true }} />
   */
  signInOptions?: Omit<SignInEnrichment, 'chainId'>
  /**
   * Called when the user is signed in (after either mode); `result.delegation` is what the
   * wallet should authorise next (see `useActivateDelegation`).
   * @example
   * <WalletButton onSuccess={() => navigate('/wallet')} />
   */
  onSuccess?: (result: CeremonyResult) => void
  /**
   * Called when it fails; `error.code` says why (`wallet/rejected`, `wallet/not-connected`,
   * `wallet/wrong-chain`, `wallet/address-mismatch`, `http/…`). Not called for `wallet/aborted`.
   * @example
   * <WalletButton onError={(error) => error.code !== 'wallet/rejected' && report(error)} />
   */
  onError?: (error: IbexError) => void
  /**
   * The wagmi config whose connectors are offered; default the one of `<WagmiProvider>`.
   * @example
   * <WalletButton config={wagmiConfig} />
   */
  config?: Config
  /**
   * Language of the built-in strings; `<IbexProvider locale>` when left out.
   * @default 'en'
   * @example
   * <WalletButton locale="fr" />
   */
  locale?: IbexLocale
  /**
   * Overrides of single built-in strings (labels and announcements).
   * @example
   * <WalletButton messages={{ signInWith: 'Continue with {wallet}' }} />
   */
  messages?: Partial<WalletButtonMessages>
  /**
   * The label of the single button (shown when a wallet is connected or there is one connector),
   * replacing "Sign in with a wallet" / "Sign up with a wallet".
   * @example
   * <WalletButton>Use my wallet</WalletButton>
   */
  children?: ReactNode
}

/**
 * EIP-7702 sign-up or sign-in with a wallet the user already has, through the app's wagmi
 * config: one `<button type="button">` when a wallet is connected (or the config has one
 * connector), else a labelled group with one button per connector, each connecting through it
 * and then signing. The wallet is asked to switch to `chainId` when needed. Exposes
 * `data-state="idle|pending|success|error"` (and `data-error-code`); buttons stay focusable
 * while pending (`aria-disabled`, presses ignored); pending, success and failure are announced
 * in its live regions. Needs `<WagmiProvider>` and `<IbexProvider>`. Styled by
 * `ibex-react/styles.css` (`--ibex-*` variables) and `className`.
 *
 * @example
 * import { WalletButton } from 'ibex-react/wagmi'
 *
 * <WalletButton mode="sign-in" chainId={421614} onSuccess={() => navigate('/wallet')} />
 */
export function WalletButton(props: WalletButtonProps): ReactNode {
  const {
    mode = 'sign-in',
    chainId,
    signInOptions,
    onSuccess,
    onError,
    config: configProp,
    locale,
    messages: messageOverrides,
    children,
    className,
    ...rootProps
  } = props
  const providerLocale = useIbexLocale()
  const messages = resolveMessages(walletButtonMessages, locale ?? providerLocale, messageOverrides)
  const config = useConfig({ config: configProp })
  const connection = useConnection({ config })
  const connectors = useConnectors({ config })
  const hookParameters = { config, chainId, switchChain: true }
  const signUp = useWalletSignUp(hookParameters)
  const signIn = useWalletSignIn(hookParameters)
  const ceremony = mode === 'sign-up' ? signUp : signIn
  const announcer = useAnnouncer()
  const [activeConnector, setActiveConnector] = useState<string | undefined>(undefined)

  const state: WalletButtonState = ceremonyButtonState(ceremony, 'wallet/aborted')
  const pending = state === 'pending'
  // Once a wallet was picked from the list, the list stays: swapping it for the single button
  // when the connection lands would pull the focused button out from under the user.
  const showList =
    connectors.length > 1 && (connection.status !== 'connected' || activeConnector !== undefined)

  function start(connector: string | undefined) {
    if (pending) return
    setActiveConnector(connector)
    const callbacks = announceCeremony<CeremonyResult, IbexError>(
      announcer,
      {
        pending: messages.pending,
        success: mode === 'sign-up' ? messages.signUpSuccess : messages.signInSuccess,
      },
      (error) =>
        walletButtonFeedback(error, { mode, hasConnectors: connectors.length > 0 }, messages),
      { onSuccess, onError },
    )
    if (mode === 'sign-up') signUp.mutate({ connector }, callbacks)
    else signIn.mutate({ ...signInOptions, connector }, callbacks)
  }

  const buttonState = (connector: string | undefined): WalletButtonState | undefined =>
    connector === activeConnector ? state : undefined

  return (
    <div
      {...rootProps}
      className={joinTokens('ibex-root ibex-wallet', className)}
      data-ibex-wallet-button=""
      data-mode={mode}
      data-state={state}
      data-error-code={state === 'error' ? ceremony.error?.code : undefined}
    >
      {showList ? (
        <div role="group" aria-label={messages.chooseWallet} className="ibex-wallet__list">
          {connectors.map((connector) => (
            <button
              key={connector.uid}
              type="button"
              className="ibex-wallet__button"
              data-connector-id={connector.id}
              data-state={buttonState(connector.uid)}
              aria-disabled={pending ? true : undefined}
              onClick={() => start(connector.uid)}
            >
              {connector.icon ? (
                <img className="ibex-wallet__icon" src={connector.icon} alt="" />
              ) : null}
              {formatMessage(mode === 'sign-up' ? messages.signUpWith : messages.signInWith, {
                wallet: connector.name,
              })}
            </button>
          ))}
        </div>
      ) : (
        <button
          type="button"
          className="ibex-wallet__button"
          data-state={state}
          aria-disabled={pending ? true : undefined}
          onClick={() => start(connection.status === 'connected' ? undefined : connectors[0]?.uid)}
        >
          {children ?? (mode === 'sign-up' ? messages.signUp : messages.signIn)}
        </button>
      )}
      <LiveRegion polite={announcer.polite} assertive={announcer.assertive} />
    </div>
  )
}
