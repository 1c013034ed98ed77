import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { IbexResponseError } from '../../errors/IbexResponseError.ts'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import type { SepaPaymentResult } from '../../schemas/sepaPaymentResultSchema.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'
import { parseIbanInput } from '../addressBook/parseIbanInput.ts'
import { approveSepaWrite } from './approveSepaWrite.ts'
import { parseEuroAmount } from './parseEuroAmount.ts'
import { sepaText } from './sepaText.ts'

/** A SEPA credit transfer from one of the user's IBANs. */
export type SendSepaPaymentParameters = {
  /** The user's IBAN it leaves from, and its holder's name. */
  debtor: { name: string; iban: string }
  /** Who receives it. */
  creditor: { name: string; iban: string }
  /** Euros as typed, e.g. `"150"` or `"150.5"` (sent as `"150.50"`). */
  amount: string
  /** The end-to-end reference (≤ 35 characters). */
  reference: string
  /** `SEPAINSTANT` arrives in seconds; default `SEPA`. */
  channel?: 'SEPA' | 'SEPAINSTANT' | undefined
  /** Shown to the creditor (≤ 140 characters). */
  remittanceInfo?: string | undefined
}

export type SendSepaPaymentReturnType = SepaPaymentResult

const CHANNELS = ['SEPA', 'SEPAINSTANT']

/**
 * Sends a SEPA payment (`POST` then `PUT /v1.2/sepa/payments`, docs/protocol.md "SEPA and IBANs"),
 * approved with the user's passkey (see `approveSepaWrite`). Checked before any request: both IBANs
 * (mod-97), that they differ, the names, the amount (positive euros, two decimals at most), the
 * reference, the channel and the remittance text. IBEx refuses a debtor IBAN that is not the user's
 * (403), a user without a passkey (400), and an approval that expired, was used or already executed
 * (409: nothing is paid twice). Never retried.
 *
 * @endpoint POST /v1.2/sepa/payments
 * @endpoint PUT /v1.2/sepa/payments
 * @example
 * const { transactionId, status } = await sendSepaPayment(client, {
 *   debtor: { name: 'Ada Lovelace', iban: myIban },
 *   creditor: { name: 'Charles Babbage', iban: 'DE89 3704 0044 0532 0130 00' },
 *   amount: '150',
 *   reference: 'Invoice 42',
 * })
 */
export function sendSepaPayment(
  client: IbexClient,
  parameters: SendSepaPaymentParameters,
  options: IbexActionOptions = {},
): Promise<SendSepaPaymentReturnType> {
  const debtorIban = parseIbanInput(parameters.debtor?.iban, 'debtor.iban')
  const creditorIban = parseIbanInput(parameters.creditor?.iban, 'creditor.iban')
  if (debtorIban === creditorIban) {
    throw new IbexValidationError({
      code: 'validation/iban-same',
      field: 'creditor.iban',
      message: 'The creditor’s IBAN is the debtor’s: pay another account.',
    })
  }
  const debtorName = sepaText(parameters.debtor.name, 'debtor.name', 'name', {
    required: true,
    max: 70,
  })
  const creditorName = sepaText(parameters.creditor.name, 'creditor.name', 'name', {
    required: true,
    max: 70,
  })
  const amount = parseEuroAmount(parameters.amount, 'amount')
  const reference = sepaText(parameters.reference, 'reference', 'reference', {
    required: true,
    max: 35,
  })
  const remittanceInfo = sepaText(parameters.remittanceInfo, 'remittanceInfo', 'remittanceInfo', {
    max: 140,
  })
  const channel = parameters.channel ?? 'SEPA'
  if (!CHANNELS.includes(channel)) {
    throw new IbexValidationError({
      code: 'validation/channel-invalid',
      field: 'channel',
      message: '`channel` must be `SEPA` or `SEPAINSTANT`.',
    })
  }
  return approveSepaWrite(
    client,
    {
      path: '/v1.2/sepa/payments',
      body: {
        reference,
        channel,
        amount,
        currency: 'EUR',
        remittanceInfo,
        debtor: { name: debtorName, iban: debtorIban },
        creditor: { name: creditorName, iban: creditorIban },
      },
      schema: () =>
        loadOnDemand(
          'The SEPA payment reader',
          () => import('../../schemas/sepaPaymentResultSchema.ts'),
        ).then((module) => module.sepaPaymentResultSchema),
      direct: () =>
        // IBEx documents passkey approval as the only way a payment is executed.
        Promise.reject(
          new IbexResponseError({
            endpoint: 'POST /v1.2/sepa/payments',
            field: 'data.credentialRequestOptions',
            reason: 'a SEPA payment answered without asking for the passkey approval',
          }),
        ),
    },
    options,
  )
}
