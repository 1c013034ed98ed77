import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexIban } from '../../parse/IbexIban.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

/** The user's IBANs. */
export type GetIbansReturnType = IbexIban[]

/**
 * `GET /v1.2/sepa/iban` (docs/protocol.md "SEPA and IBANs"): the IBANs of the user's Safes, with
 * holder, BIC, label and status. None before `addIban`.
 *
 * @example
 * const ibans = await getIbans(client)
 */
export function getIbans(
  client: IbexClient,
  options: IbexActionOptions = {},
): Promise<GetIbansReturnType> {
  return client.request({
    path: '/v1.2/sepa/iban',
    schema: () =>
      loadOnDemand('The IBAN reader', () => import('../../schemas/ibansResponseSchema.ts')).then(
        (module) => module.ibansResponseSchema,
      ),
    signal: options.signal,
  })
}
