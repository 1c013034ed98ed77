import type { MutationOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { IbexMutationOverrides } from './ibexMutationOptions.ts'
import { userWriteMutationOptions } from './userWriteMutationOptions.ts'

/**
 * Mutation options of an address-book write (`createContact`, `updateContact`, `deleteContact`
 * …): the action, then the user's cached address book refetched, whether IBEx accepted the write
 * or not (a refused create changed nothing, but a concurrent one may have); not after input the
 * kit refused before any request. Key
 * `['ibex', scope, name]`; never retried.
 *
 * @example
 * const observer = new MutationObserver(queryClient, contactMutationOptions(client, 'createContact', createContact))
 * await observer.mutate({ name: 'Ada', crypto: [{ chainId: 421614, address }] })
 */
export function contactMutationOptions<data, variables>(
  client: IbexClient,
  name: string,
  action: (client: IbexClient, variables: variables) => Promise<data>,
  overrides?: IbexMutationOverrides<data, variables>,
): MutationOptions<data, IbexError, variables> {
  return userWriteMutationOptions(client, name, action, ['addressBook'], overrides)
}
