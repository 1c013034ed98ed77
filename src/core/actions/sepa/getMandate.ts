import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexMandate } from '../../parse/IbexMandate.ts'
import { loadMandateSchema } from './loadMandateSchema.ts'
import { sepaPath } from './sepaPath.ts'

/**
 * `GET /v1.2/sepa/mandates/:id` (docs/protocol.md "SEPA and IBANs"): one mandate; 404 if it is not
 * the user's.
 *
 * @endpoint GET /v1.2/sepa/mandates/:id
 * @example
 * const mandate = await getMandate(client, { id })
 */
export function getMandate(
  client: IbexClient,
  parameters: { id: string },
  options: IbexActionOptions = {},
): Promise<IbexMandate> {
  return client.request({
    path: sepaPath('/v1.2/sepa/mandates', parameters.id, 'a mandate'),
    schema: loadMandateSchema,
    signal: options.signal,
  })
}
