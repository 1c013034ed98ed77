import type { MutationFunction, MutationOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import { ibexQueryKeys } from './ibexQueryKeys.ts'
import { ibexQueryScope } from './ibexQueryScope.ts'
import { takeSecretVariables } from './takeSecretVariables.ts'

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
 * `secretKeys` (the PIN, passphrase, emailed code …) never reach TanStack's cache or the
 * callbacks, whoever calls `mutate` (a kit hook or a plain `MutationObserver`): the kit's
 * `onMutate`, the first code TanStack runs after storing the variables, deletes them from the
 * variables object and keeps them aside for `mutationFn` only, which drops them as it starts.
 * (A `MutationCache` of your own with an `onMutate` config still runs before it.)
 *
 * @example
 * return ibexMutationOptions(client, 'transfer', parameters.mutation, (variables) => transfer(client, variables))
 */
export function ibexMutationOptions<data, variables>(
  client: IbexClient,
  name: string,
  overrides: IbexMutationOverrides<data, variables> | undefined,
  mutationFn: MutationFunction<data, variables>,
  secretKeys: readonly string[] = [],
): MutationOptions<data, IbexError, variables> {
  const options: MutationOptions<data, IbexError, variables> = {
    networkMode: 'always',
    ...overrides,
    mutationKey: ibexQueryKeys.mutation(ibexQueryScope(client), name),
    retry: false,
    mutationFn,
  }
  if (secretKeys.length === 0) return options
  const vault = new WeakMap<object, Record<string, unknown>>()
  const onMutate = overrides?.onMutate
  return {
    ...options,
    onMutate: (variables, context) => {
      takeSecretVariables(variables, secretKeys, vault)
      return onMutate?.(variables, context)
    },
    mutationFn: (variables, context) => {
      // Also here: a mutation restored from a paused state skips `onMutate`.
      takeSecretVariables(variables, secretKeys, vault)
      const secrets = typeof variables === 'object' && variables !== null && vault.get(variables)
      if (!secrets) return mutationFn(variables, context)
      vault.delete(variables as object)
      return mutationFn({ ...variables, ...secrets }, context)
    },
  }
}
