import type { Address } from 'viem'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { assertChainId } from '../../ceremonies/assertChainId.ts'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import { parseAddressInput } from '../../operations/parseAddressInput.ts'
import type { IbexContact } from '../../parse/IbexContact.ts'
import { assertContactText } from './assertContactText.ts'
import { loadContactSchema } from './loadContactSchema.ts'
import { parseIbanInput } from './parseIbanInput.ts'

/** A new contact: a name, and crypto addresses and/or one IBAN with its bank's BIC. */
export type CreateContactParameters = {
  name: string
  label?: string | undefined
  userValidated?: boolean | undefined
  crypto?: readonly { chainId: number; address: Address | string }[] | undefined
  /** Checked with Verification-of-Payee against `name`; needs `respondingPspBic`. */
  iban?: string | undefined
  /** The BIC of the IBAN's bank (8 or 11 characters). */
  respondingPspBic?: string | undefined
  remittanceInfo?: string | undefined
}

export type CreateContactReturnType = IbexContact

const BIC = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/

function bicOf(value: unknown): string {
  const bic = typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : ''
  if (!BIC.test(bic)) {
    throw new IbexValidationError({
      code: 'validation/bic-invalid',
      field: 'respondingPspBic',
      message:
        '`respondingPspBic` must be the BIC of the IBAN’s bank (8 or 11 letters and digits), sent with `iban`.',
    })
  }
  return bic
}

/**
 * `POST /v1.2/users/me/addressbook` . Checked before any request: the name,
 * each crypto row (chain id; address, whose mixed-case checksum must hold), at most 50 rows, and
 * the IBAN (mod-97) with its BIC, which must come together. IBEx then runs Verification-of-Payee
 * on the IBAN: no match → 400 (`http/bad-request`, nothing created); after 10 failed checks in a
 * UTC day → 429 (`http/rate-limited`). Never retried.
 *
 * @example
 * const contact = await createContact(client, { name: 'Ada', crypto: [{ chainId: 421614, address: '0x…' }] })
 */
export function createContact(
  client: IbexClient,
  parameters: CreateContactParameters,
  options: IbexActionOptions = {},
): Promise<CreateContactReturnType> {
  const name = assertContactText(parameters.name, 'name', { required: true })
  const label = assertContactText(parameters.label, 'label')
  const remittanceInfo = assertContactText(parameters.remittanceInfo, 'remittanceInfo', {
    max: 140,
  })
  const rows = parameters.crypto ?? []
  if (rows.length > 50) {
    throw new IbexValidationError({
      code: 'validation/crypto-too-many',
      field: 'crypto',
      message: 'A contact holds at most 50 crypto addresses.',
    })
  }
  const crypto = rows.map((row, index) => {
    assertChainId(row.chainId, `crypto[${index}].chainId`, true)
    return {
      chainId: row.chainId,
      address: parseAddressInput(row.address, `crypto[${index}].address`),
    }
  })
  const hasIban = parameters.iban !== undefined
  if (!hasIban && parameters.respondingPspBic !== undefined) {
    throw new IbexValidationError({
      code: 'validation/iban-required',
      field: 'iban',
      message: '`respondingPspBic` comes with an `iban`.',
    })
  }
  const iban = hasIban ? parseIbanInput(parameters.iban, 'iban') : undefined
  const respondingPspBic = hasIban ? bicOf(parameters.respondingPspBic) : undefined
  return client.request({
    method: 'POST',
    path: '/v1.2/users/me/addressbook',
    body: {
      name,
      label,
      userValidated: parameters.userValidated,
      crypto: crypto.length > 0 ? crypto : undefined,
      iban,
      respondingPspBic,
      remittanceInfo,
    },
    schema: loadContactSchema,
    signal: options.signal,
  })
}
