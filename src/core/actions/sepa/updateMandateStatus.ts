import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import type { IbexMandate } from '../../parse/IbexMandate.ts'
import { loadMandateSchema } from './loadMandateSchema.ts'
import { sepaPath } from './sepaPath.ts'

/** The mandate and its new status. */
export type UpdateMandateStatusParameters = {
  id: string
  /** `suspended` pauses it, `validated` resumes it, `cancelled` ends it for good. */
  status: 'validated' | 'suspended' | 'cancelled'
}

const STATUSES = ['validated', 'suspended', 'cancelled']

/**
 * `PATCH /v1.2/sepa/mandates/:id/status` (docs/protocol.md "SEPA and IBANs"): suspends, resumes or
 * cancels a mandate. Checked before any request: the id and the status. `cancelled` is final: IBEx
 * refuses any change after it (409, `http/conflict`). Never retried.
 *
 * @endpoint PATCH /v1.2/sepa/mandates/:id/status
 * @example
 * await updateMandateStatus(client, { id, status: 'suspended' })
 */
export function updateMandateStatus(
  client: IbexClient,
  parameters: UpdateMandateStatusParameters,
  options: IbexActionOptions = {},
): Promise<IbexMandate> {
  const path = `${sepaPath('/v1.2/sepa/mandates', parameters.id, 'a mandate')}/status`
  if (!STATUSES.includes(parameters.status)) {
    throw new IbexValidationError({
      code: 'validation/status-invalid',
      field: 'status',
      message: '`status` must be `validated`, `suspended` or `cancelled`.',
    })
  }
  return client.request({
    method: 'PATCH',
    path,
    body: { status: parameters.status },
    schema: loadMandateSchema,
    signal: options.signal,
  })
}
