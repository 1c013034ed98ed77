'use client'
import { useId, useState, type ComponentPropsWithRef, type MouseEvent, type ReactNode } from 'react'
import type { SignInEnrichment } from '../../core/actions/signIn.ts'
import type { CeremonyResult } from '../../core/actions/signUp.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { PasskeySignUpParameters } from '../../core/ceremonies/passkeys/signUpWithPasskey.ts'
import { useIbexLocale } from '../../react/hooks/useIbexLocale.ts'
import { useSignIn } from '../../react/hooks/useSignIn.ts'
import { useSignUp } from '../../react/hooks/useSignUp.ts'
import { usePreloadPasskeyCeremonies } from '../../react/hooks/usePreloadPasskeyCeremonies.ts'
import { composeEventHandlers } from '../internal/composeEventHandlers.ts'
import { CheckIcon } from '../internal/icons/CheckIcon.tsx'
import { PasskeyIcon } from '../internal/icons/PasskeyIcon.tsx'
import { joinTokens } from '../internal/joinTokens.ts'
import { LiveRegion } from '../internal/LiveRegion.tsx'
import type { IbexLocale, PasskeyButtonMessages } from '../internal/messages/IbexMessages.ts'
import { passkeyButtonMessages } from '../internal/messages/passkeyButtonMessages.ts'
import { resolveMessages } from '../internal/messages/resolveMessages.ts'
import { Slot } from '../internal/Slot.tsx'
import { useAnnouncer } from '../internal/useAnnouncer.ts'
import { passkeyButtonFeedback, type PasskeyButtonFeedback } from './passkeyButtonFeedback.ts'

/** Finite state of the button, exposed as `data-state` for styling. */
export type PasskeyButtonState = 'idle' | 'pending' | 'success' | 'error'

/**
 * Props of {@link PasskeyButton}. Other `<button>` props (`id`, `style`, `aria-*`, `data-*`,
 * `disabled`…) and `ref` go to the button (or, with `asChild`, to the child).
 */
export interface PasskeyButtonProps extends Omit<
  ComponentPropsWithRef<'button'>,
  'type' | 'onError' | 'value'
> {
  /**
   * `sign-up` creates an account with a new passkey; `sign-in` uses an existing one
   * (discoverable credential: no user name needed).
   * @default 'sign-in'
   * @example
   * <PasskeyButton mode="sign-up" />
   */
  mode?: 'sign-up' | 'sign-in'
  /**
   * Inputs of the passkey sign-up (`userName`, `userDisplayName`, `keyName`, `chainId` …), used
   * in `sign-up` mode.
   * @example
   * <PasskeyButton mode="sign-up" signUpOptions={{ userName: email, keyName: 'laptop' }} />
   */
  signUpOptions?: Omit<PasskeySignUpParameters, 'wallet'>
  /**
   * Extras of the sign-in (`includeBalance`, `includeTransactions`, `includeUserdata`,
   * `asyncData`, `chainId`), used in `sign-in` mode. The data asked for is seeded into the
   * balances/transactions/user-data queries.
   * @example
   * <PasskeyButton mode="sign-in" signInOptions={{ includeBalance: true }} />
   */
  signInOptions?: SignInEnrichment
  /**
   * Called when the user is signed in (after either mode).
   * @example
   * <PasskeyButton onSuccess={(result) => result.status === 'signed-in' && navigate('/wallet')} />
   */
  onSuccess?: (result: CeremonyResult) => void
  /**
   * Called when the ceremony fails; `error.code` says why (`webauthn/cancelled` when the user
   * closed the prompt, `webauthn/unsupported`, `http/…`). Not called for `webauthn/aborted`
   * (another passkey prompt took over, or the button went away).
   * @example
   * <PasskeyButton onError={(error) => error.code !== 'webauthn/cancelled' && report(error)} />
   */
  onError?: (error: IbexError) => void
  /**
   * Render the one child element instead of a `<button>`, with the button's behaviour, state
   * attributes and handlers merged into it.
   * @default false
   * @example
   * <PasskeyButton asChild><MyDesignSystemButton>Continue with a passkey</MyDesignSystemButton></PasskeyButton>
   */
  asChild?: boolean
  /**
   * Language of the built-in strings; `<IbexProvider locale>` when left out.
   * @default 'en'
   * @example
   * <PasskeyButton locale="fr" />
   */
  locale?: IbexLocale
  /**
   * Overrides of single built-in strings (labels and announcements).
   * @example
   * <PasskeyButton messages={{ signIn: 'Continue with Face ID', cancelled: 'Maybe later.' }} />
   */
  messages?: Partial<PasskeyButtonMessages>
  /**
   * Shows what went wrong (or that the prompt was closed) in a line under the button, tied to
   * it with `aria-describedby`; `false` leaves only the announcement (for an app that shows
   * errors its own way, e.g. from `onError`).
   * @default true
   * @example
   * <PasskeyButton showMessage={false} onError={(error) => toast(error.code)} />
   */
  showMessage?: boolean
  /**
   * The label, replacing the built-in "Sign in with a passkey" / "Create a passkey". With
   * `asChild`, the one element to render.
   * @example
   * <PasskeyButton mode="sign-in">Use my passkey</PasskeyButton>
   */
  children?: ReactNode
}

/**
 * A passkey sign-up or sign-in in one `<button type="button">`: it runs the whole ceremony
 * (`useSignUp` / `useSignIn`), exposes `data-state="idle|pending|success|error"`, stays
 * focusable while pending (`aria-disabled`, presses ignored) and announces pending, success and
 * failure in its live regions (closing the prompt gets a gentle message). Needs
 * `<IbexProvider>`. Styled by `ibex-react/styles.css` (`--ibex-*` variables) and `className`.
 *
 * @example
 * <PasskeyButton
 *   mode="sign-in"
 *   signInOptions={{ includeBalance: true }}
 *   onSuccess={() => navigate('/wallet')}
 * />
 */
export function PasskeyButton(props: PasskeyButtonProps): ReactNode {
  const {
    mode = 'sign-in',
    signUpOptions,
    signInOptions,
    onSuccess,
    onError,
    asChild = false,
    showMessage = true,
    locale,
    messages: messageOverrides,
    children,
    className,
    onClick,
    'aria-disabled': ariaDisabled,
    'aria-describedby': describedBy,
    ...buttonProps
  } = props
  const messageId = useId()
  // The feedback of the last failure, kept for the visible line (the live region only speaks).
  const [feedback, setFeedback] = useState<PasskeyButtonFeedback>(null)
  const providerLocale = useIbexLocale()
  const messages = resolveMessages(
    passkeyButtonMessages,
    locale ?? providerLocale,
    messageOverrides,
  )
  const signUp = useSignUp()
  const signIn = useSignIn()
  usePreloadPasskeyCeremonies(mode)
  const ceremony = mode === 'sign-up' ? signUp : signIn
  const announcer = useAnnouncer()

  const aborted = ceremony.error?.code === 'webauthn/aborted'
  const state: PasskeyButtonState =
    ceremony.status === 'pending'
      ? 'pending'
      : ceremony.status === 'success'
        ? 'success'
        : ceremony.status === 'error' && !aborted
          ? 'error'
          : 'idle'
  const pending = state === 'pending'

  function start(event: MouseEvent<HTMLButtonElement>) {
    // Focusable while pending (so focus is not lost), but a second press must not restart it.
    if (pending || ariaDisabled === true || ariaDisabled === 'true') {
      event.preventDefault()
      return
    }
    // Cleared first, so that the same failure twice in a row is read twice.
    announcer.clear()
    setFeedback(null)
    announcer.announce(mode === 'sign-up' ? messages.signUpPending : messages.signInPending)
    const callbacks = {
      onSuccess(result: CeremonyResult) {
        announcer.announce(mode === 'sign-up' ? messages.signUpSuccess : messages.signInSuccess)
        onSuccess?.(result)
      },
      onError(error: IbexError) {
        const feedback = passkeyButtonFeedback(error, messages)
        setFeedback(feedback)
        if (!feedback) {
          announcer.clear()
          return
        }
        announcer.announce(feedback.text, feedback.politeness)
        onError?.(error)
      },
    }
    if (mode === 'sign-up') signUp.mutate({ ...signUpOptions, wallet: 'passkeys' }, callbacks)
    else signIn.mutate({ ...signInOptions, wallet: 'passkeys' }, callbacks)
  }

  const Component = asChild ? Slot : 'button'
  // Shown only for the failure this button's state still reports (a new press clears it).
  const message = showMessage && state === 'error' && feedback ? feedback : null
  const done = state === 'success'
  const label = children ?? (
    <>
      {done ? <CheckIcon size="1.25em" /> : <PasskeyIcon size="1.25em" />}
      <span data-part="label">
        {mode === 'sign-up'
          ? done
            ? messages.signUpDone
            : messages.signUp
          : done
            ? messages.signInDone
            : messages.signIn}
      </span>
    </>
  )
  return (
    <>
      <Component
        {...(asChild ? {} : { type: 'button' as const })}
        {...buttonProps}
        className={joinTokens('ibex-root ibex-passkey-button', className)}
        data-ibex-passkey-button=""
        data-part="root"
        data-mode={mode}
        data-state={state}
        data-error-code={state === 'error' ? ceremony.error?.code : undefined}
        aria-disabled={pending ? true : ariaDisabled}
        aria-describedby={joinTokens(describedBy, message ? messageId : undefined)}
        onClick={composeEventHandlers(onClick, start)}
      >
        {asChild ? children : label}
      </Component>
      {message ? (
        <p
          id={messageId}
          className="ibex-root ibex-passkey-button__message"
          data-part="message"
          data-tone={message.politeness === 'assertive' ? 'danger' : 'neutral'}
        >
          {message.text}
        </p>
      ) : null}
      <LiveRegion polite={announcer.polite} assertive={announcer.assertive} />
    </>
  )
}
