'use client'
import {
  useMutation,
  type MutateOptions,
  type MutationOptions,
  type MutationStatus,
  type Override,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query'
import { useCallback, useEffect, useState } from 'react'
import type { IbexClient } from '../../core/client/IbexClient.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import { IbexSessionError } from '../../core/errors/IbexSessionError.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { beginModalCeremony } from './passkeyAutofill.ts'
import { useIbexContext } from './useIbexContext.ts'

/** The variables as TanStack keeps them: without the fields named by `secret`. */
export type ShownVariables<variables, secret extends PropertyKey> = variables extends object
  ? Omit<variables, secret>
  : variables

/** `mutateAsync` of a kit mutation hook: the whole variables in; callbacks see them shown. */
export type IbexMutateAsyncFunction<data, error, variables, shown> = (
  variables: variables,
  options?: MutateOptions<data, error, shown>,
) => Promise<data>

/** `mutate` of a kit mutation hook: `mutateAsync` without the promise (failures land in `error`). */
export type IbexMutateFunction<data, error, variables, shown> = (
  ...args: Parameters<IbexMutateAsyncFunction<data, error, variables, shown>>
) => void

/**
 * The TanStack options a kit mutation hook takes (`onSuccess`, `onError`, `meta` …): `retry`
 * is always off, and the callbacks get the shown variables and the hook's error union.
 */
export type IbexMutationHookOptions<data, error, shown> = Omit<
  UseMutationOptions<data, error, shown>,
  'mutationFn' | 'mutationKey' | 'retry'
>

/**
 * A hook's TanStack options as the option factory takes them. The factory types its callbacks
 * with the full variables and any `IbexError`; at run time they get what the hook's types say
 * (the shown variables, this kind's errors), which is why this is a cast and not a conversion.
 *
 * @example
 * signInMutationOptions(client, { mutation: factoryOverrides(parameters.mutation) })
 */
export function factoryOverrides<data, variables>(
  overrides: object | undefined,
): IbexMutationOverrides<data, variables> | undefined {
  return overrides as IbexMutationOverrides<data, variables> | undefined
}

/** TanStack's mutation result with the kit's `mutate`, `mutateAsync` and typed `error`. */
export type IbexMutationResult<data, error, variables, shown> = Override<
  UseMutationResult<data, error, shown>,
  {
    mutate: IbexMutateFunction<data, error, variables, shown>
    mutateAsync: IbexMutateAsyncFunction<data, error, variables, shown>
  }
>

/** What a run gets when its work starts: its signal, and where to report its progress. */
export type IbexMutationRun<progress> = {
  signal: AbortSignal
  report: (progress: progress) => void
}

/**
 * How a family of hooks runs (ceremonies, operations): what they resolve with, report, expose
 * as their state, fail with, and keep out of TanStack.
 */
export type IbexMutationKind<
  data,
  progress,
  state,
  error extends IbexError,
  secret extends string,
> = {
  /** Fields of the variables that never reach TanStack (secrets, the wallet object). */
  secretKeys: readonly secret[]
  /**
   * `exclusive`: a second submit while one runs is refused (`session/busy`; an operation must
   * not be sent twice). `latest`: a new submit aborts the runs still going (a new ceremony
   * replaces the old prompt).
   */
  policy: 'exclusive' | 'latest'
  /** What a run reports from `mutate` until its work reports something else. */
  firstProgress: progress
  /** Whether a run pauses the passkey autofill ceremonies (a modal prompt). */
  modal: boolean
  /** The hook's state field from TanStack's status, the data and the latest run's progress. */
  state: (
    status: MutationStatus,
    data: data | undefined,
    progress: progress,
    error: error | null,
  ) => state
}

/**
 * The runs of one hook. TanStack starts a mutation's function a few microtasks after `mutate`,
 * so a run gets its AbortController at `mutate` time (an abort in between, such as an unmount,
 * still reaches it) and picks it up, in order, when its work starts. Only the latest run
 * reports its progress.
 */
function createRuns<progress>(
  onProgress: (progress: progress) => void,
  kind: { policy: 'exclusive' | 'latest'; firstProgress: progress },
) {
  const live = new Set<AbortController>()
  let waiting: AbortController[] = []
  let latest: AbortController | null = null
  const abort = () => {
    for (const controller of live) controller.abort()
  }
  return {
    /** Starts a run and returns the function that ends it, or `null` when refused. */
    begin(): (() => void) | null {
      if (kind.policy === 'exclusive' && live.size > 0) return null
      if (kind.policy === 'latest') abort()
      const controller = new AbortController()
      live.add(controller)
      waiting.push(controller)
      latest = controller
      onProgress(kind.firstProgress)
      return () => {
        live.delete(controller)
        // Still waiting if the run failed before its work started (an onMutate that threw).
        waiting = waiting.filter((queued) => queued !== controller)
      }
    },
    /** The signal and progress reporter of the next run whose work starts. */
    next(): IbexMutationRun<progress> {
      const controller = waiting.shift() ?? new AbortController()
      return {
        signal: controller.signal,
        report: (value) => {
          if (latest === controller) onProgress(value)
        },
      }
    },
    abort,
  }
}

function split(variables: unknown, keys: readonly string[]) {
  if (typeof variables !== 'object' || variables === null) return { shown: variables }
  const entries = Object.entries(variables)
  if (!entries.some(([key]) => keys.includes(key))) return { shown: variables }
  return {
    shown: Object.fromEntries(entries.filter(([key]) => !keys.includes(key))),
    secrets: Object.fromEntries(entries.filter(([key]) => keys.includes(key))),
  }
}

const noop = () => {}

/**
 * The one engine of the kit's mutation hooks (sign-up and sign-in, wallet sign-in, operations):
 * runs the options `build` makes with the provider's QueryClient, gives each run its
 * AbortSignal and progress reporter, applies the kind's policy for a second submit, aborts the
 * runs still going when the hook unmounts, and keeps secrets out of TanStack.
 *
 * Secrets never enter TanStack's caches: `mutate` hands TanStack the variables without the
 * kind's `secretKeys` (that is what `mutation.state.variables`, the result's `variables` and the
 * callbacks see), keeps the secrets beside that very object in a WeakMap, and the mutation
 * function joins them back for the run only. They are dropped when the run settles.
 *
 * @example
 * const { state: step, abort, ...mutation } = useIbexMutation('useSignIn', kind, (client, run) =>
 *   signInMutationOptions(client, {
 *     ceremony: () => ceremonyOptionsOf(run()),
 *     mutation: factoryOverrides(parameters.mutation),
 *   }))
 */
export function useIbexMutation<
  kindData,
  data extends kindData,
  variables,
  progress,
  state,
  error extends IbexError,
  secret extends string,
>(
  caller: string,
  kind: IbexMutationKind<kindData, progress, state, error, secret>,
  build: (
    client: IbexClient,
    run: () => IbexMutationRun<progress>,
  ) => MutationOptions<data, IbexError, variables>,
): IbexMutationResult<data, error, variables, ShownVariables<variables, secret>> & {
  state: state
  abort: () => void
} {
  type shown = ShownVariables<variables, secret>
  const { client, queryClient } = useIbexContext(caller)
  const [progress, setProgress] = useState<progress>(kind.firstProgress)
  const [runs] = useState(() => createRuns(setProgress, kind))
  const [secretsOf] = useState(() => new WeakMap<object, Record<string, unknown>>())

  const built = build(client, runs.next)
  const { mutationFn: run } = built
  // TanStack holds (and hands every callback) the shown variables, and the kit's errors are the
  // hook's error union: the options are typed as what they are at run time.
  const shownOptions = built as unknown as MutationOptions<data, error, shown>
  const mutation = useMutation<data, error, shown>(
    {
      ...shownOptions,
      mutationFn:
        run &&
        ((shown, context) => {
          const secrets =
            typeof shown === 'object' && shown !== null ? secretsOf.get(shown) : undefined
          const full = secrets ? { ...(shown as object), ...secrets } : shown
          return run(full as variables, context)
        }),
    },
    queryClient,
  )
  const { mutateAsync: runMutation } = mutation
  const { secretKeys, modal } = kind

  const mutateAsync = useCallback<IbexMutateAsyncFunction<data, error, variables, shown>>(
    (variables, options) => {
      const endRun = runs.begin()
      if (!endRun) {
        return Promise.reject(
          new IbexSessionError({
            code: 'session/busy',
            message: `${caller} is already running: wait for it to finish.`,
          }),
        )
      }
      const { shown, secrets } = split(variables, secretKeys)
      const held = typeof shown === 'object' && shown !== null ? shown : null
      if (held && secrets) secretsOf.set(held, secrets)
      const endModal = modal ? beginModalCeremony() : noop
      return runMutation(shown as shown, options).finally(() => {
        if (held) secretsOf.delete(held)
        endRun()
        endModal()
      })
    },
    [caller, runs, runMutation, secretsOf, secretKeys, modal],
  )
  const mutate = useCallback<IbexMutateFunction<data, error, variables, shown>>(
    (...args) => {
      mutateAsync(...args).catch(noop)
    },
    [mutateAsync],
  )
  useEffect(() => () => runs.abort(), [runs])

  const state = kind.state(mutation.status, mutation.data, progress, mutation.error)
  return { ...mutation, mutate, mutateAsync, state, abort: runs.abort }
}
