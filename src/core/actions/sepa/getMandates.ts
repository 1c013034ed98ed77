import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexMandate } from '../../parse/IbexMandate.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

export type GetMandatesReturnType = IbexMandate[]

/**
 * `GET /v1.2/sepa/mandates` (docs/protocol.md "SEPA and IBANs"): the user's SEPA mandates, in
 * IBEx's order (`position`), cancelled ones included.
 *
 * @endpoint GET /v1.2/sepa/mandates
 * @example
 * const mandates = await getMandates(client)
 */
export function getMandates(
  client: IbexClient,
  options: IbexActionOptions = {},
): Promise<GetMandatesReturnType> {
  return client.request({
    path: '/v1.2/sepa/mandates',
    schema: () =>
      loadOnDemand(
        'The mandate reader',
        () => import('../../schemas/mandatesResponseSchema.ts'),
      ).then((module) => module.mandatesResponseSchema),
    signal: options.signal,
  })
}
