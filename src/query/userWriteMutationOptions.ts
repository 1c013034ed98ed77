import type { MutationOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import { IbexValidationError } from '../core/errors/IbexValidationError.ts'
import { ibexMutationOptions, type IbexMutationOverrides } from './ibexMutationOptions.ts'
import type { IbexUserResource } from './ibexQueryKeys.ts'
import { invalidateUserResources } from './invalidateUserResources.ts'

/**
 * Mutation options of a plain write to the user's account (contacts, wallets, SEPA): the action,
 * then the user's cached `refresh` resources refetched (every params of each) once IBEx was
 * asked, whether it accepted the write or not (a refused write changed nothing, but a concurrent
 * one may have); not after input the kit refused before any request. Key `['ibex', scope, name]`;
 * never retried, so nothing is sent twice.
 *
 * @example
 * userWriteMutationOptions(client, 'createContact', createContact, ['addressBook'])
 */
export function userWriteMutationOptions<data, variables>(
  client: IbexClient,
  name: string,
  action: (client: IbexClient, variables: variables) => Promise<data>,
  refresh: readonly IbexUserResource[],
  overrides?: IbexMutationOverrides<data, variables>,
): MutationOptions<data, IbexError, variables> {
  return ibexMutationOptions(client, name, overrides, async (variables, context) => {
    let sent = true
    try {
      return await action(client, variables)
    } catch (error) {
      // Refused before any request: nothing changed, and no refetch either.
      if (error instanceof IbexValidationError) sent = false
      throw error
    } finally {
      if (sent) await invalidateUserResources(context.client, client, refresh)
    }
  })
}
