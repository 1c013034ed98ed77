import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexSepaTransaction } from '../../parse/IbexSepaTransaction.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'
import { sepaPath } from './sepaPath.ts'

/** The transaction, and its SEPA message as IBEx sent it. */
export type GetSepaTransactionReturnType = IbexSepaTransaction & { sepaMessage: unknown }

/**
 * `GET /v1.2/sepa/transactions/:id` (docs/protocol.md "SEPA and IBANs"): one SEPA transaction with
 * its SEPA message. 404 for one that touches none of the user's IBANs. An empty id is refused
 * before any request (`validation/id-required`).
 *
 * @endpoint GET /v1.2/sepa/transactions/:id
 * @example
 * const transaction = await getSepaTransaction(client, { id })
 */
export function getSepaTransaction(
  client: IbexClient,
  parameters: { id: string },
  options: IbexActionOptions = {},
): Promise<GetSepaTransactionReturnType> {
  return client.request({
    path: sepaPath('/v1.2/sepa/transactions', parameters.id, 'a SEPA transaction'),
    schema: () =>
      loadOnDemand(
        'The SEPA transactions reader',
        () => import('../../schemas/sepaTransactionResponseSchema.ts'),
      ).then((module) => module.sepaTransactionResponseSchema),
    signal: options.signal,
  })
}
