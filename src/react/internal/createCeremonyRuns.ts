'use client'
import type { CeremonyOptions, CeremonyStep } from '../../core/actions/signUp.ts'

/** The runs of one ceremony hook (see {@link createCeremonyRuns}). */
export type CeremonyRuns = {
  /**
   * A run asked for by `mutate`: aborts the runs still going, makes this one the latest (its
   * steps are reported, starting with `challenge`) and returns the function that ends it.
   */
  begin(): () => void
  /** The `signal` and `onStep` of the next run whose ceremony starts. */
  next(): CeremonyOptions
  /** Aborts every run not yet settled, started or not. */
  abort(): void
}

/**
 * The bookkeeping behind a ceremony hook's `step` and abort. TanStack starts a mutation's
 * function a few microtasks after `mutate`, so a run gets its AbortController at `mutate` time
 * (an abort in between, such as an unmount, still reaches it) and picks it up, in order, when
 * its ceremony starts. Only the latest run reports its steps.
 *
 * @example
 * const [runs] = useState(() => createCeremonyRuns(setStep))
 * const options = signInMutationOptions(client, { ceremony: runs.next })
 */
export function createCeremonyRuns(onStep: (step: CeremonyStep) => void): CeremonyRuns {
  const live = new Set<AbortController>()
  let waiting: AbortController[] = []
  let latest: AbortController | null = null

  function abort() {
    for (const controller of live) controller.abort()
  }

  return {
    begin() {
      abort()
      const controller = new AbortController()
      live.add(controller)
      waiting.push(controller)
      latest = controller
      onStep('challenge')
      return () => {
        live.delete(controller)
        // Still waiting if the run failed before its ceremony started (an onMutate that threw).
        waiting = waiting.filter((queued) => queued !== controller)
      }
    },
    next() {
      const controller = waiting.shift() ?? new AbortController()
      return {
        signal: controller.signal,
        onStep: (step) => {
          if (latest === controller) onStep(step)
        },
      }
    },
    abort,
  }
}
