'use client'
import type { CeremonyOptions, CeremonyResult, CeremonyStep } from '../../core/actions/signUp.ts'
import type { IbexCeremonyErrorType } from '../../core/errors/IbexCeremonyErrorType.ts'
import type {
  IbexMutationHookOptions,
  IbexMutationKind,
  IbexMutationResult,
  IbexMutationRun,
  ShownVariables,
} from './useIbexMutation.ts'

/**
 * Where a sign-up or sign-in stands: `idle`, the ceremony's own steps while pending
 * (`challenge` → `authenticator` → `verifying`), then `success` or `error`.
 */
export type CeremonyMutationStep = 'idle' | CeremonyStep | 'success' | 'error'

/** The fields of a sign-up's or sign-in's variables that are secrets. */
type CeremonySecret = 'pin' | 'passphrase' | 'code'

/** The variables of a sign-up or sign-in as TanStack keeps them: no PIN, passphrase or code. */
export type CeremonyShownVariables<variables> = ShownVariables<variables, CeremonySecret>

/**
 * A TanStack mutation result plus the ceremony's `step`, with `error` typed as what a ceremony
 * can fail with. `variables` (like what TanStack keeps in its mutation cache and gives to the
 * callbacks) never holds the PIN, the passphrase or the emailed code.
 */
export type CeremonyMutationResult<variables> = IbexMutationResult<
  CeremonyResult,
  IbexCeremonyErrorType,
  variables,
  CeremonyShownVariables<variables>
> & {
  /** Where the ceremony stands (see {@link CeremonyMutationStep}). */
  step: CeremonyMutationStep
}

/** Parameters of `useSignUp`, `useSignIn`, `useConditionalSignIn` and the wallet sign-in hooks. */
export type UseCeremonyMutationParameters<variables> = {
  /**
   * TanStack mutation options (`onSuccess`, `onError`, `meta` …). `retry` is always off; the
   * `variables` the callbacks get hold no PIN, passphrase or emailed code.
   *
   * @example
   * useSignIn({ mutation: { onSuccess: (result) => result.status === 'signed-in' && navigate('/wallet') } })
   */
  mutation?:
    | IbexMutationHookOptions<
        CeremonyResult,
        IbexCeremonyErrorType,
        CeremonyShownVariables<variables>
      >
    | undefined
}

/** The ceremony options of a run: its signal, and its steps reported to the hook. */
export function ceremonyOptionsOf(run: IbexMutationRun<CeremonyStep>): CeremonyOptions {
  return { signal: run.signal, onStep: run.report }
}

type CeremonyKind = IbexMutationKind<
  CeremonyResult,
  CeremonyStep,
  CeremonyMutationStep,
  IbexCeremonyErrorType,
  CeremonySecret
>

const ceremonyKind = (modal: boolean): CeremonyKind => ({
  secretKeys: ['pin', 'passphrase', 'code'],
  policy: 'latest',
  firstProgress: 'challenge',
  modal,
  state: (status, _data, step) => (status === 'pending' ? step : status),
})

/**
 * How sign-up and sign-in hooks run: a new `mutate` aborts the ceremony still going; the PIN,
 * passphrase and emailed code stay out of TanStack; a run pauses the passkey autofill (its
 * prompt is modal).
 */
export const ceremonyMutationKind: CeremonyKind = ceremonyKind(true)

/** {@link ceremonyMutationKind} for the autofill sign-in, which is not modal. */
export const autofillCeremonyKind: CeremonyKind = ceremonyKind(false)
