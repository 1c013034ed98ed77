'use client'
import { useEffect } from 'react'
import type { SignInEnrichment } from '../../core/actions/signIn.ts'
import { signInMutationOptions, type SignInVariables } from '../../query/signInMutationOptions.ts'
import { registerAutofillCeremony } from '../internal/passkeyAutofill.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'
import {
  autofillCeremonyKind,
  ceremonyOptionsOf,
  type CeremonyMutationResult,
  type UseCeremonyMutationParameters,
} from '../internal/ceremonyMutationKind.ts'
import { factoryOverrides, useIbexMutation } from '../internal/useIbexMutation.ts'
import { usePasskeySupport } from './usePasskeySupport.ts'

/** Parameters of {@link useConditionalSignIn}. */
export type UseConditionalSignInParameters = UseCeremonyMutationParameters<SignInVariables> & {
  /**
   * Offer the passkeys in autofill while this is true.
   * @default true
   * @example
   * useConditionalSignIn({ enabled: status === 'signed-out' })
   */
  enabled?: boolean | undefined
  /**
   * The extras of the sign-in the user completes from autofill (`includeBalance` …, `chainId`).
   *
   * @example
   * useConditionalSignIn({ signIn: { includeBalance: true } })
   */
  signIn?: SignInEnrichment | undefined
}

/** Return type of {@link useConditionalSignIn}. */
export type UseConditionalSignInReturnType = CeremonyMutationResult<SignInVariables> & {
  /** Whether this browser offers passkeys in autofill (`false` until known). */
  isAvailable: boolean
}

/**
 * Passkey autofill: on mount, starts a sign-in with conditional mediation, so the browser offers
 * the user's passkeys in the suggestions of an input with `autoComplete="username webauthn"`.
 * It waits in the background (`step: 'authenticator'`, `isPending`) until the user picks one,
 * then verifies it like `useSignIn`. It is aborted when the component unmounts, when `enabled`
 * turns false, and while a modal ceremony (`useSignIn`, `useSignUp`, `PasskeyButton`) runs;
 * it starts again once that ceremony ends without signing anyone in. Nothing starts where
 * autofill is unsupported (`isAvailable` false) or someone is already signed in.
 *
 * @example
 * function SignInForm() {
 *   const { error } = useConditionalSignIn({ signIn: { includeBalance: true } })
 *   return (
 *     <form>
 *       <label htmlFor="username">Email</label>
 *       <input id="username" name="username" autoComplete="username webauthn" />
 *       <PasskeyButton mode="sign-in" />
 *     </form>
 *   )
 * }
 */
export function useConditionalSignIn(
  parameters: UseConditionalSignInParameters = {},
): UseConditionalSignInReturnType {
  const { client } = useIbexContext('useConditionalSignIn')
  const { data: support } = usePasskeySupport()
  const {
    state: step,
    abort,
    ...mutation
  } = useIbexMutation('useConditionalSignIn', autofillCeremonyKind, (ibexClient, run) =>
    signInMutationOptions(ibexClient, {
      ceremony: () => ceremonyOptionsOf(run()),
      mutation: factoryOverrides(parameters.mutation),
    }),
  )
  const isAvailable = support?.conditionalMediation === true
  const enabled = (parameters.enabled ?? true) && isAvailable
  // The extras as a string, so a new object with the same flags does not restart the prompt.
  const extras = JSON.stringify(parameters.signIn ?? {})
  const { mutate } = mutation

  useEffect(() => {
    if (!enabled) return
    const unregister = registerAutofillCeremony({
      start() {
        if (client.session.getSnapshot().status === 'signed-in') return
        const signIn = JSON.parse(extras) as SignInEnrichment
        mutate({ ...signIn, wallet: 'passkeys', mediation: 'conditional' })
      },
      abort,
    })
    return () => {
      unregister()
      abort()
    }
  }, [enabled, extras, client, mutate, abort])

  return { ...mutation, step, isAvailable }
}
