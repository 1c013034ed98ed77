import * as v from 'valibot'
import type { Address } from 'viem'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { assertChainId } from '../../ceremonies/assertChainId.ts'
import { parseAddressInput } from '../../operations/parseAddressInput.ts'
import type { IbexIban } from '../../parse/IbexIban.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'
import { approveSepaWrite } from './approveSepaWrite.ts'
import { sepaText } from './sepaText.ts'

/** A new IBAN for one of the user's Safes. */
export type AddIbanParameters = {
  /** The account holder's name, as the bank will show it (≤ 70 characters). */
  holderName: string
  /** The Safe it belongs to; default IBEx's choice (the user's Safe on the chain). */
  safeAddress?: Address | string | undefined
  chainId?: number | undefined
  /** The user's own name for it (≤ 100 characters). */
  label?: string | undefined
}

export type AddIbanReturnType = IbexIban

const loadApproved = () =>
  loadOnDemand('The IBAN reader', () => import('../../schemas/ibanApprovedSchema.ts')).then(
    (module) => module.ibanApprovedSchema,
  )

/**
 * Opens an IBAN for the user's Safe (`POST` then `PUT /v1.2/sepa/iban/add`, docs/protocol.md "SEPA
 * and IBANs"), approved with the user's passkey: IBEx answers WebAuthn options, the browser asks
 * for the passkey, and the assertion confirms it (see `approveSepaWrite`). Checked before any
 * request: the holder's name, the label, the Safe address and chain. IBEx refuses a Safe that is
 * not the user's (404), more IBANs than the tenant allows (429, default 2 per user), a user without
 * a passkey (400), and an approval that expired or was used (409).
 *
 * @endpoint POST /v1.2/sepa/iban/add
 * @endpoint PUT /v1.2/sepa/iban/add
 * @example
 * const iban = await addIban(client, { holderName: 'Ada Lovelace', label: 'Main' })
 */
export async function addIban(
  client: IbexClient,
  parameters: AddIbanParameters,
  options: IbexActionOptions = {},
): Promise<AddIbanReturnType> {
  const holderName = sepaText(parameters.holderName, 'holderName', 'name', {
    required: true,
    max: 70,
  })
  const label = sepaText(parameters.label, 'label', 'label', { max: 100 })
  const safeAddress =
    parameters.safeAddress === undefined
      ? undefined
      : parseAddressInput(parameters.safeAddress, 'safeAddress')
  assertChainId(parameters.chainId, 'chainId')
  return approveSepaWrite(
    client,
    {
      path: '/v1.2/sepa/iban/add',
      body: { holderName, safeAddress, blockchainId: parameters.chainId, label },
      schema: loadApproved,
      direct: async (data) => {
        const { ibanSchema } = await loadOnDemand(
          'The IBAN reader',
          () => import('../../schemas/ibanSchema.ts'),
        )
        return v.parse(ibanSchema, data)
      },
    },
    options,
  )
}
