'use client'
import {
  useMutation,
  type MutateOptions,
  type MutationOptions,
  type Override,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query'
import { useCallback, useEffect, useState } from 'react'
import type { IbexClient } from '../../core/client/IbexClient.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import { IbexSessionError } from '../../core/errors/IbexSessionError.ts'
import type { OperationOutcome } from '../../core/operations/OperationResult.ts'
import type { OperationRunOptions } from '../../core/operations/OperationRunOptions.ts'
import type { OperationStage } from '../../core/operations/OperationStage.ts'
import { SIGNER_INPUT_KEYS, type ShownOperationVariables } from '../../query/OperationVariables.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Where an operation hook stands: `idle` before the first submit, then the run's stages. */
export type OperationMutationStage = 'idle' | OperationStage

/**
 * `mutateAsync` of an operation hook: takes the whole variables (PIN, passphrase, code or
 * wallet included); the per-call callbacks see them without those.
 */
export type OperationMutateAsyncFunction<data, variables> = (
  variables: variables,
  options?: MutateOptions<data, IbexError, ShownOperationVariables<variables>>,
) => Promise<data>

/** `mutate` of an operation hook: `mutateAsync` without the promise (failures land in `error`). */
export type OperationMutateFunction<data, variables> = (
  ...args: Parameters<OperationMutateAsyncFunction<data, variables>>
) => void

/**
 * TanStack's mutation result plus the operation's `stage` and `cancel`. `variables` (like what
 * TanStack keeps in its cache and gives the callbacks) never holds the signer's inputs.
 */
export type OperationMutationResult<data, variables> = Override<
  UseMutationResult<data, IbexError, ShownOperationVariables<variables>>,
  {
    mutate: OperationMutateFunction<data, variables>
    mutateAsync: OperationMutateAsyncFunction<data, variables>
  }
> & {
  /**
   * `idle`, then `validating` → `preparing` → `signing` → `executing` → `pending`, ending
   * `confirmed`, `pending` (tracking timed out: `data.userOpHash` to follow up) or `failed`
   * (`error.code` says why).
   */
  stage: OperationMutationStage
  /**
   * Cancels the run: before execution nothing is executed (the passkey prompt closes); after,
   * only the waiting stops (the result is `pending`). Unmounting does the same.
   */
  cancel: () => void
}

/** Parameters of every operation hook. */
export type UseOperationMutationParameters<data, variables> = Pick<
  OperationRunOptions,
  'tracking' | 'lookups'
> & {
  /**
   * TanStack mutation options (`onSuccess`, `onError`, `meta` …). `retry` is always off; the
   * `variables` the callbacks get hold no PIN, passphrase, code or wallet.
   */
  mutation?:
    | Omit<
        UseMutationOptions<data, IbexError, ShownOperationVariables<variables>>,
        'mutationFn' | 'mutationKey' | 'retry'
      >
    | undefined
}

/** The runs of one operation hook: at most one at a time, its signal, and its stage reports. */
function createOperationRuns(onStage: (stage: OperationStage) => void) {
  let current: AbortController | null = null
  let running = false
  return {
    /** Starts a run, unless one is running (then `false`). */
    begin(): boolean {
      if (running) return false
      running = true
      current = new AbortController()
      onStage('validating')
      return true
    },
    end(): void {
      running = false
    },
    /** The `signal` and `onStage` of the run whose operation starts now. */
    options(): Pick<OperationRunOptions, 'signal' | 'onStage'> {
      const run = current
      return {
        signal: run?.signal,
        onStage: (stage) => {
          if (current === run) onStage(stage)
        },
      }
    },
    abort(): void {
      current?.abort()
    },
  }
}

function splitSignerInputs(variables: unknown): {
  shown: unknown
  secrets: Record<string, unknown> | undefined
} {
  if (typeof variables !== 'object' || variables === null)
    return { shown: variables, secrets: undefined }
  const entries = Object.entries(variables)
  const secret = ([key]: [string, unknown]) =>
    (SIGNER_INPUT_KEYS as readonly string[]).includes(key)
  return {
    shown: Object.fromEntries(entries.filter((entry) => !secret(entry))),
    secrets: Object.fromEntries(entries.filter(secret)),
  }
}

/**
 * The machinery of the operation hooks (`useTransfer`, `useSwap`, …, `useBatch`): runs the
 * options `build` makes with the provider's QueryClient, reports the run's `stage`, refuses a
 * second submit while one is running (`mutateAsync` rejects with `session/busy` and the running
 * one keeps the hook's state; `mutate` ignores it), and aborts the run on `cancel` or unmount.
 *
 * The PIN, passphrase, email code and wallet never enter TanStack's caches: TanStack gets the
 * variables without them, and the mutation function joins them back for the run only.
 *
 * @example
 * return useOperationMutation('useTransfer', (client, run) =>
 *   operationMutationOptions(client, 'transfer', { ...parameters, run }))
 */
export function useOperationMutation<data extends OperationOutcome, variables>(
  caller: string,
  build: (
    client: IbexClient,
    run: () => Pick<OperationRunOptions, 'signal' | 'onStage'>,
  ) => MutationOptions<data, IbexError, variables>,
): OperationMutationResult<data, variables> {
  type Shown = ShownOperationVariables<variables>
  const { client, queryClient } = useIbexContext(caller)
  const [activeStage, setActiveStage] = useState<OperationStage>('validating')
  const [runs] = useState(() => createOperationRuns(setActiveStage))
  const [secretsOf] = useState(() => new WeakMap<object, Record<string, unknown>>())

  const built = build(client, runs.options)
  const { mutationFn: runOperation } = built
  // TanStack holds (and hands every callback) the variables without the signer's inputs.
  const shownOptions = built as unknown as MutationOptions<data, IbexError, Shown>
  const mutation = useMutation<data, IbexError, Shown>(
    {
      ...shownOptions,
      mutationFn:
        runOperation &&
        ((shown, context) => {
          const secrets =
            typeof shown === 'object' && shown !== null ? secretsOf.get(shown) : undefined
          return runOperation({ ...(shown as object), ...secrets } as variables, context)
        }),
    },
    queryClient,
  )
  const { mutateAsync: runMutation } = mutation

  const mutateAsync = useCallback<OperationMutateAsyncFunction<data, variables>>(
    (variables, options) => {
      if (!runs.begin()) {
        return Promise.reject(
          new IbexSessionError({
            code: 'session/busy',
            message: `${caller} is already running an operation: wait for it to finish.`,
          }),
        )
      }
      const { shown, secrets } = splitSignerInputs(variables)
      if (secrets && typeof shown === 'object' && shown !== null) secretsOf.set(shown, secrets)
      return runMutation(shown as Shown, options).finally(() => {
        if (typeof shown === 'object' && shown !== null) secretsOf.delete(shown)
        runs.end()
      })
    },
    [caller, runs, runMutation, secretsOf],
  )
  const mutate = useCallback<OperationMutateFunction<data, variables>>(
    (...args) => {
      mutateAsync(...args).catch(() => {})
    },
    [mutateAsync],
  )
  useEffect(() => () => runs.abort(), [runs])

  const stage: OperationMutationStage =
    mutation.status === 'idle'
      ? 'idle'
      : mutation.status === 'pending'
        ? activeStage
        : mutation.status === 'error'
          ? 'failed'
          : mutation.data.status
  return { ...mutation, mutate, mutateAsync, stage, cancel: runs.abort }
}
