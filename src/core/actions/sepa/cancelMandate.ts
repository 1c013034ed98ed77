import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexMandate } from '../../parse/IbexMandate.ts'
import { loadMandateSchema } from './loadMandateSchema.ts'
import { sepaPath } from './sepaPath.ts'

/**
 * `POST /v1.2/sepa/mandates/:id/cancel` (docs/protocol.md "SEPA and IBANs"): ends a mandate for
 * good (no change after it: 409). 404 if it is not the user's. Never retried.
 *
 * @endpoint POST /v1.2/sepa/mandates/:id/cancel
 * @example
 * await cancelMandate(client, { id })
 */
export function cancelMandate(
  client: IbexClient,
  parameters: { id: string },
  options: IbexActionOptions = {},
): Promise<IbexMandate> {
  return client.request({
    method: 'POST',
    path: `${sepaPath('/v1.2/sepa/mandates', parameters.id, 'a mandate')}/cancel`,
    schema: loadMandateSchema,
    signal: options.signal,
  })
}
