import type { CeremonyOptions, CeremonyResult } from '../core/actions/signUp.ts'
import type { IbexMutationOverrides } from './ibexMutationOptions.ts'

/**
 * Parameters of `signUpMutationOptions` and `signInMutationOptions`.
 *
 * @example
 * signInMutationOptions(client, { ceremony: () => ({ signal, onStep: setStep }), mutation: { onSuccess } })
 */
export type CeremonyMutationOptionsParameters<variables> = {
  /** Called as each run starts: that run's `signal` and `onStep`. */
  ceremony?: (() => CeremonyOptions) | undefined
  /** TanStack options of the caller (`onSuccess`, `meta` …), applied under the kit's own. */
  mutation?: IbexMutationOverrides<CeremonyResult, variables> | undefined
}
