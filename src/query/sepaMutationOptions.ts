import type { MutationOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import { IbexValidationError } from '../core/errors/IbexValidationError.ts'
import { ibexMutationOptions, type IbexMutationOverrides } from './ibexMutationOptions.ts'
import { userQueryFrame } from './userQueryFrame.ts'

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
  return ibexMutationOptions(client, name, overrides, async (variables, context) => {
    let sent = true
    try {
      return await action(client, variables)
    } catch (error) {
      // Refused before any request: nothing changed, and no refetch either.
      if (error instanceof IbexValidationError) sent = false
      throw error
    } finally {
      if (sent && client.session.getSnapshot().user) {
        await Promise.all(
          refresh.map((resource) =>
            context.client.invalidateQueries({
              // Without its params: every page and filter of the resource.
              queryKey: userQueryFrame(client, resource, {}).queryKey.slice(0, 4),
            }),
          ),
        )
      }
    }
  })
}
