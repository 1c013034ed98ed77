'use client'
import {
  useMutation,
  type MutateOptions,
  type MutationOptions,
  type Override,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import type { CeremonyOptions, CeremonyResult, CeremonyStep } from '../../core/actions/signUp.ts'
import type { IbexClient } from '../../core/client/IbexClient.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import { createCeremonyRuns } from './createCeremonyRuns.ts'
import { beginModalCeremony } from './passkeyAutofill.ts'
import { splitSecretVariables, type WithoutSecrets } from './splitSecretVariables.ts'
import { useIbexContext } from './useIbexContext.ts'

/**
 * Where a sign-up or sign-in stands: `idle`, the ceremony's own steps while pending
 * (`challenge` → `authenticator` → `verifying`), then `success` or `error`.
 */
export type CeremonyMutationStep = 'idle' | CeremonyStep | 'success' | 'error'

/**
 * `mutateAsync` of a ceremony hook: takes the whole variables (PIN, passphrase and emailed code
 * included); the per-call callbacks see them without these secrets.
 */
export type CeremonyMutateAsyncFunction<variables> = (
  variables: variables,
  options?: MutateOptions<CeremonyResult, IbexError, WithoutSecrets<variables>>,
) => Promise<CeremonyResult>

/** `mutate` of a ceremony hook: `mutateAsync` without the promise (failures land in `error`). */
export type CeremonyMutateFunction<variables> = (
  ...args: Parameters<CeremonyMutateAsyncFunction<variables>>
) => void

/**
 * A TanStack mutation result plus the ceremony's `step`. `variables` (like the variables that
 * TanStack keeps in its mutation cache and gives to the callbacks) never holds the PIN, the
 * passphrase or the emailed code: see {@link WithoutSecrets}.
 */
export type CeremonyMutationResult<variables> = Override<
  UseMutationResult<CeremonyResult, IbexError, WithoutSecrets<variables>>,
  { mutate: CeremonyMutateFunction<variables>; mutateAsync: CeremonyMutateAsyncFunction<variables> }
> & {
  /** Where the ceremony stands (see {@link CeremonyMutationStep}). */
  step: CeremonyMutationStep
}

/** Parameters of `useSignUp`, `useSignIn` and `useConditionalSignIn`. */
export type UseCeremonyMutationParameters<variables> = {
  /**
   * TanStack mutation options (`onSuccess`, `onError`, `meta` …). `retry` is always off; the
   * `variables` the callbacks get hold no PIN, passphrase or emailed code.
   *
   * @example
   * useSignIn({ mutation: { onSuccess: (result) => result.status === 'signed-in' && navigate('/wallet') } })
   */
  mutation?: Omit<
    UseMutationOptions<CeremonyResult, IbexError, WithoutSecrets<variables>>,
    'mutationFn' | 'mutationKey' | 'retry'
  >
}

const noop = () => {}

type Secrets = NonNullable<ReturnType<typeof splitSecretVariables>['secrets']>

/**
 * The shared machinery of `useSignUp`, `useSignIn` and `useConditionalSignIn`: runs the
 * options that `build` makes with the provider's QueryClient, tracks the step of the latest run,
 * gives each run an AbortSignal, and aborts the runs still going when a new one starts. Modal
 * runs also pause the autofill sign-ins (see `beginModalCeremony`).
 *
 * Secrets never enter TanStack's caches: `mutate` hands TanStack the variables without the PIN,
 * passphrase and emailed code (those are what `mutation.state.variables`, the result's
 * `variables` and the callbacks see), keeps the secrets beside that very object in a WeakMap,
 * and the mutation function joins them back for the ceremony only. They are dropped when the
 * run settles.
 *
 * @example
 * const { abort, ...mutation } = useCeremonyMutation('useSignIn', (client, ceremony) =>
 *   signInMutationOptions(client, { ceremony, mutation: parameters.mutation }))
 */
export function useCeremonyMutation<variables>(
  caller: string,
  build: (
    client: IbexClient,
    ceremony: () => CeremonyOptions,
  ) => MutationOptions<CeremonyResult, IbexError, variables>,
  options: { autofill?: boolean } = {},
): CeremonyMutationResult<variables> & { abort: () => void } {
  const { client, queryClient } = useIbexContext(caller)
  const [activeStep, setActiveStep] = useState<CeremonyStep>('challenge')
  const [runs] = useState(() => createCeremonyRuns(setActiveStep))
  const [secretsOf] = useState(() => new WeakMap<object, Secrets>())
  const built = build(client, runs.next)
  const { mutationFn: runCeremony } = built
  // TanStack gets (and hands every callback) the variables without their secrets: that is what
  // it holds at run time, so the options are typed that way.
  const shownOptions = built as unknown as MutationOptions<
    CeremonyResult,
    IbexError,
    WithoutSecrets<variables>
  >
  const mutation = useMutation<CeremonyResult, IbexError, WithoutSecrets<variables>>(
    {
      ...shownOptions,
      mutationFn:
        runCeremony &&
        ((shown, context) => {
          const secrets = typeof shown === 'object' && shown !== null && secretsOf.get(shown)
          const full = secrets ? { ...(shown as object), ...secrets } : shown
          return runCeremony(full as variables, context)
        }),
    },
    queryClient,
  )
  const { mutateAsync: runMutation } = mutation
  const autofill = options.autofill === true

  const mutateAsync = useCallback<CeremonyMutateAsyncFunction<variables>>(
    (variables, mutateOptions) => {
      const { shown, secrets } = splitSecretVariables(variables)
      if (secrets && typeof shown === 'object' && shown !== null) secretsOf.set(shown, secrets)
      const endRun = runs.begin()
      const endModal = autofill ? noop : beginModalCeremony()
      return runMutation(shown, mutateOptions).finally(() => {
        if (typeof shown === 'object' && shown !== null) secretsOf.delete(shown)
        endRun()
        endModal()
      })
    },
    [runs, autofill, runMutation, secretsOf],
  )

  const mutate = useCallback<CeremonyMutateFunction<variables>>(
    (...args) => {
      mutateAsync(...args).catch(noop)
    },
    [mutateAsync],
  )

  const step: CeremonyMutationStep = mutation.status === 'pending' ? activeStep : mutation.status
  return { ...mutation, mutate, mutateAsync, step, abort: runs.abort }
}
