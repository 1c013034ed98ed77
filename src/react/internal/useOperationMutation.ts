'use client'
import type { MutationOptions } from '@tanstack/react-query'
import type { IbexClient } from '../../core/client/IbexClient.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { OperationOutcome } from '../../core/operations/OperationResult.ts'
import type { OperationMutationOptionsParameters } from '../../query/OperationMutationOptionsParameters.ts'
import {
  operationMutationKind,
  operationRunOf,
  type OperationMutationResult,
  type UseOperationMutationParameters,
} from './operationMutationKind.ts'
import { factoryOverrides, useIbexMutation } from './useIbexMutation.ts'

/**
 * The body of every operation hook: the hook's parameters handed to its option factory with the
 * run's signal and stages, and the result with `stage` and `cancel`.
 *
 * @example
 * return useOperationMutation('useTransfer', parameters, (client, options) =>
 *   operationMutationOptions(client, 'transfer', options),
 * )
 */
export function useOperationMutation<data extends OperationOutcome, variables>(
  caller: string,
  parameters: UseOperationMutationParameters<data, variables>,
  factory: (
    client: IbexClient,
    options: OperationMutationOptionsParameters<data, variables>,
  ) => MutationOptions<data, IbexError, variables>,
): OperationMutationResult<data, variables> {
  const {
    state: stage,
    abort: cancel,
    ...mutation
  } = useIbexMutation(caller, operationMutationKind, (client, run) =>
    factory(client, {
      ...parameters,
      mutation: factoryOverrides(parameters.mutation),
      run: () => operationRunOf(run()),
    }),
  )
  return { ...mutation, stage, cancel }
}
