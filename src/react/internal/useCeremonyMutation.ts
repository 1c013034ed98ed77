'use client'
import type { MutationOptions } from '@tanstack/react-query'
import type { CeremonyResult } from '../../core/actions/signUp.ts'
import type { IbexClient } from '../../core/client/IbexClient.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { CeremonyMutationOptionsParameters } from '../../query/CeremonyMutationOptionsParameters.ts'
import {
  ceremonyMutationKind,
  ceremonyOptionsOf,
  type CeremonyMutationResult,
  type UseCeremonyMutationParameters,
} from './ceremonyMutationKind.ts'
import { factoryOverrides, useIbexMutation } from './useIbexMutation.ts'

/**
 * The body of the sign-up and sign-in hooks: the hook's TanStack options handed to its option
 * factory with the run's signal and steps, and the result with `step`.
 *
 * @example
 * return useCeremonyMutation<SignInVariables>('useSignIn', parameters.mutation, signInMutationOptions)
 */
export function useCeremonyMutation<variables>(
  caller: string,
  mutation: UseCeremonyMutationParameters<variables>['mutation'],
  factory: (
    client: IbexClient,
    options: CeremonyMutationOptionsParameters<variables>,
  ) => MutationOptions<CeremonyResult, IbexError, variables>,
): CeremonyMutationResult<variables> {
  const {
    state: step,
    abort: _abort,
    ...result
  } = useIbexMutation(caller, ceremonyMutationKind, (client, run) =>
    factory(client, {
      ceremony: () => ceremonyOptionsOf(run()),
      mutation: factoryOverrides(mutation),
    }),
  )
  return { ...result, step }
}
