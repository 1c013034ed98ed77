import type { MutationOptions, QueryKey } from '@tanstack/query-core'
import {
  updateUserData,
  type UpdateUserDataParameters,
  type UpdateUserDataReturnType,
} from '../core/actions/data/updateUserData.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { IbexUserData } from '../core/parse/IbexUserData.ts'
import { applyUserDataUpdate } from './applyUserDataUpdate.ts'
import { ibexMutationOptions, type IbexMutationOverrides } from './ibexMutationOptions.ts'
import { ibexQueryKeys } from './ibexQueryKeys.ts'
import { ibexQueryScope } from './ibexQueryScope.ts'

/** Parameters of {@link updateUserDataMutationOptions}. */
export type UpdateUserDataMutationOptionsParameters = {
  /**
   * TanStack options of the caller (`onSuccess`, `onError`, `onSettled`, `meta` …); they run
   * after the kit's (the kit owns `onMutate`, which makes the optimistic update).
   */
  mutation?:
    | Omit<IbexMutationOverrides<UpdateUserDataReturnType, UpdateUserDataParameters>, 'onMutate'>
    | undefined
}

type Rollback = { previous: [QueryKey, IbexUserData | undefined][] }

function isRollback(value: unknown): value is Rollback {
  return (
    typeof value === 'object' && value !== null && Array.isArray(Reflect.get(value, 'previous'))
  )
}

/**
 * Mutation options that write user key/values (`POST /users/me`, see `updateUserData`),
 * optimistically: the cached profile (`userDataQueryOptions`) shows the new values at once, goes
 * back to what it was if IBEx refuses, and is refetched once the write settles. Never retried.
 *
 * @example
 * await new MutationObserver(queryClient, updateUserDataMutationOptions(client)).mutate({ language: 'fr' })
 */
export function updateUserDataMutationOptions(
  client: IbexClient,
  parameters: UpdateUserDataMutationOptionsParameters = {},
): MutationOptions<UpdateUserDataReturnType, IbexError, UpdateUserDataParameters> {
  const { mutation } = parameters
  const filters = () => {
    const user = client.session.getSnapshot().user
    return user && { queryKey: ibexQueryKeys.userData(ibexQueryScope(client), user.externalUserId) }
  }
  return ibexMutationOptions(
    client,
    'updateUserData',
    {
      ...mutation,
      async onMutate(variables, context): Promise<Rollback> {
        const userData = filters()
        if (!userData) return { previous: [] }
        // A fetch still running would overwrite the optimistic profile with the old one.
        await context.client.cancelQueries(userData)
        const previous = context.client.getQueriesData<IbexUserData>(userData)
        context.client.setQueriesData<IbexUserData>(
          userData,
          (old) => old && applyUserDataUpdate(old, variables),
        )
        return { previous }
      },
      async onError(error, variables, onMutateResult, context) {
        if (isRollback(onMutateResult)) {
          for (const [queryKey, data] of onMutateResult.previous) {
            context.client.setQueryData(queryKey, data)
          }
        }
        await mutation?.onError?.(error, variables, onMutateResult, context)
      },
      async onSettled(data, error, variables, onMutateResult, context) {
        const userData = filters()
        if (userData) await context.client.invalidateQueries(userData)
        await mutation?.onSettled?.(data, error, variables, onMutateResult, context)
      },
    },
    (variables) => updateUserData(client, variables),
  )
}
