import type { MutationFunction, MutationOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import { ibexQueryKeys } from './ibexQueryKeys.ts'
import { ibexQueryScope } from './ibexQueryScope.ts'

/** The caller's TanStack options of a kit mutation (everything but what the kit sets). */
export type IbexMutationOverrides<data, variables> = Omit<
  MutationOptions<data, IbexError, variables>,
  'mutationFn' | 'mutationKey' | 'retry'
>

/**
 * The frame of every kit mutation: the caller's options, then the kit's own, which win. The
 * key is `['ibex', scope, name]`; it is never retried (a challenge is single use, a prompt must
 * not reopen by itself, an operation must not be sent twice); and it runs even when the browser
 * reports being offline, so that it fails with an `IbexNetworkError` instead of waiting.
 *
 * @example
 * return ibexMutationOptions(client, 'transfer', parameters.mutation, (variables) => transfer(client, variables))
 */
export function ibexMutationOptions<data, variables>(
  client: IbexClient,
  name: string,
  overrides: IbexMutationOverrides<data, variables> | undefined,
  mutationFn: MutationFunction<data, variables>,
): MutationOptions<data, IbexError, variables> {
  return {
    networkMode: 'always',
    ...overrides,
    mutationKey: ibexQueryKeys.mutation(ibexQueryScope(client), name),
    retry: false,
    mutationFn,
  }
}
