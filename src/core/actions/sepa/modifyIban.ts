import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import { parseIbanInput } from '../addressBook/parseIbanInput.ts'

/** The IBAN and its new label (`''` clears it). */
export type ModifyIbanParameters = { iban: string; label: string }

export type ModifyIbanReturnType = { iban: string; label: string | undefined }

/**
 * `PATCH /v1.2/sepa/iban/modify` (docs/protocol.md "SEPA and IBANs"): renames one of the user's
 * IBANs; an empty label clears it. Checked before any request: the IBAN (mod-97) and a label of at
 * most 100 characters. An IBAN that is not the user's is IBEx's 404. Never retried.
 *
 * @example
 * await modifyIban(client, { iban: 'FR76 3000 6000 0112 3456 7890 189', label: 'Rent' })
 */
export async function modifyIban(
  client: IbexClient,
  parameters: ModifyIbanParameters,
  options: IbexActionOptions = {},
): Promise<ModifyIbanReturnType> {
  const iban = parseIbanInput(parameters.iban, 'iban')
  const label = typeof parameters.label === 'string' ? parameters.label.trim() : undefined
  if (label === undefined || label.length > 100) {
    throw new IbexValidationError({
      code: 'validation/label-too-long',
      field: 'label',
      message: '`label` must be text of at most 100 characters (`""` clears it).',
    })
  }
  const body = (await client.request({
    method: 'PATCH',
    path: '/v1.2/sepa/iban/modify',
    body: { iban, label },
    signal: options.signal,
  })) as { data?: { label?: unknown } } | undefined
  const saved = body?.data?.label
  return { iban, label: typeof saved === 'string' && saved !== '' ? saved : undefined }
}
