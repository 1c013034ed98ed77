'use client'
import {
  useMutation,
  type MutationOptions,
  type UseMutateAsyncFunction,
  type UseMutateFunction,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import type { CeremonyOptions, CeremonyResult, CeremonyStep } from '../../core/actions/signUp.ts'
import type { IbexClient } from '../../core/client/IbexClient.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import { createCeremonyRuns } from './createCeremonyRuns.ts'
import { beginModalCeremony } from './passkeyAutofill.ts'
import { useIbexContext } from './useIbexContext.ts'

/**
 * Where a sign-up or sign-in stands: `idle`, the ceremony's own steps while pending
 * (`challenge` → `authenticator` → `verifying`), then `success` or `error`.
 */
export type CeremonyMutationStep = 'idle' | CeremonyStep | 'success' | 'error'

/** A TanStack mutation result plus the ceremony's `step`. */
export type CeremonyMutationResult<variables> = UseMutationResult<
  CeremonyResult,
  IbexError,
  variables
> & {
  /** Where the ceremony stands (see {@link CeremonyMutationStep}). */
  step: CeremonyMutationStep
}

/** Parameters of `useSignUp`, `useSignIn` and `useConditionalSignIn`. */
export type UseCeremonyMutationParameters<variables> = {
  /**
   * TanStack mutation options (`onSuccess`, `onError`, `meta` …). `retry` is always off.
   *
   * @example
   * useSignIn({ mutation: { onSuccess: (result) => result.status === 'signed-in' && navigate('/wallet') } })
   */
  mutation?: Omit<
    UseMutationOptions<CeremonyResult, IbexError, variables>,
    'mutationFn' | 'mutationKey' | 'retry'
  >
}

const noop = () => {}

/**
 * The shared machinery of `useSignUp`, `useSignIn` and `useConditionalSignIn`: runs the
 * options that `build` makes with the provider's QueryClient, tracks the step of the latest run,
 * gives each run an AbortSignal, and aborts the runs still going when a new one starts. Modal
 * runs also pause the autofill sign-ins (see `beginModalCeremony`).
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
  const mutation = useMutation(build(client, runs.next), queryClient)
  const { mutateAsync: runMutation } = mutation
  const autofill = options.autofill === true

  const mutateAsync = useCallback<UseMutateAsyncFunction<CeremonyResult, IbexError, variables>>(
    (...args) => {
      const endRun = runs.begin()
      const endModal = autofill ? noop : beginModalCeremony()
      return runMutation(...args).finally(() => {
        endRun()
        endModal()
      })
    },
    [runs, autofill, runMutation],
  )

  const mutate = useCallback<UseMutateFunction<CeremonyResult, IbexError, variables>>(
    (...args) => {
      mutateAsync(...args).catch(noop)
    },
    [mutateAsync],
  )

  const step: CeremonyMutationStep = mutation.status === 'pending' ? activeStep : mutation.status
  return { ...mutation, mutate, mutateAsync, step, abort: runs.abort }
}
