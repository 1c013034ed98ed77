import type { MutationOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { IbexMutationOverrides } from './ibexMutationOptions.ts'
import { userWriteMutationOptions } from './userWriteMutationOptions.ts'

/** The SEPA caches a write can change. */
export type SepaResource = 'ibans' | 'sepaTransactions' | 'mandates'

/**
 * Mutation options of a SEPA write (`addIban`, `modifyIban`, `sendSepaPayment`, `createMandate`
 * …): the action, then the user's cached `refresh` resources refetched (every page and filter),
 * whether IBEx accepted the write or not; not after input the kit refused before any request.
 * Key `['ibex', scope, name]`; never retried, so a payment is never sent twice.
 *
 * @example
 * const observer = new MutationObserver(queryClient, sepaMutationOptions(client, 'sendSepaPayment', sendSepaPayment, ['sepaTransactions']))
 * await observer.mutate({ debtor, creditor, amount: '150', reference: 'Invoice 42' })
 */
export function sepaMutationOptions<data, variables>(
  client: IbexClient,
  name: string,
  action: (client: IbexClient, variables: variables) => Promise<data>,
  refresh: readonly SepaResource[],
  overrides?: IbexMutationOverrides<data, variables>,
): MutationOptions<data, IbexError, variables> {
  return userWriteMutationOptions(client, name, action, refresh, overrides)
}
