import { isHex, type Hex } from 'viem'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import {
  IbexValidationError,
  type IbexValidationErrorCode,
} from '../../errors/IbexValidationError.ts'
import type { IbexMandate, IbexMandateTrigger } from '../../parse/IbexMandate.ts'
import { parseBicInput } from '../addressBook/parseBicInput.ts'
import { parseIbanInput } from '../addressBook/parseIbanInput.ts'
import { loadMandateSchema } from './loadMandateSchema.ts'
import { parseEuroAmount } from './parseEuroAmount.ts'
import { sepaText } from './sepaText.ts'

/** The first line IBEx expects of a mandate's signed message. */
const MANDATE_MESSAGE_PREFIX = 'IBEX_SEPA_MANDATE_V1'

/** A mandate: forward `percent` of what reaches `sourceIban` to `destinationIban`. */
export type CreateMandateParameters = {
  /** One of the user's IBANs (another is IBEx's 403). */
  sourceIban: string
  destinationIban: string
  destinationName?: string | undefined
  destinationBic?: string | undefined
  /** 0–100, up to two decimals. */
  percent: number
  /** Default: every incoming payment. */
  trigger?: IbexMandateTrigger | undefined
  /**
   * The user's consent, signed by their Safe: `useSignMessage()` of a message starting with
   * `IBEX_SEPA_MANDATE_V1`, then its `message`, `operation.signature` and `userOpHash`.
   */
  signature: { message: string; signature: Hex; safeOperationUserOpHash?: Hex | undefined }
}

export type CreateMandateReturnType = IbexMandate

function refuse(code: IbexValidationErrorCode, field: string, message: string): never {
  throw new IbexValidationError({ code, field, message })
}

function checkTrigger(trigger: IbexMandateTrigger | undefined): void {
  if (trigger === undefined) return
  if (trigger.mode === 'all') return
  const rules = trigger.mode === 'whitelist' ? trigger.whitelistRules : undefined
  if (!Array.isArray(rules) || rules.length === 0) {
    refuse(
      'validation/trigger-invalid',
      'trigger',
      '`trigger` is `{ mode: "all" }`, or `{ mode: "whitelist", whitelistRules: [...] }` with at least one rule.',
    )
  }
  rules.forEach((rule, index) => {
    const at = `trigger.whitelistRules[${index}]`
    if (rule.kind === 'senderIban') {
      rule.values.forEach((iban, row) => parseIbanInput(iban, `${at}.values[${row}]`))
    } else if (rule.kind === 'amount') {
      const min = Number(parseEuroAmount(rule.minAmount, `${at}.minAmount`))
      const max = Number(parseEuroAmount(rule.maxAmount, `${at}.maxAmount`))
      if (min > max) refuse('validation/trigger-invalid', at, 'minAmount is above maxAmount.')
    } else {
      refuse('validation/trigger-invalid', at, 'A rule is `senderIban` or `amount`.')
    }
  })
}

/**
 * `POST /v1.2/sepa/mandates` (docs/protocol.md "SEPA and IBANs"): a standing instruction to forward
 * a share of incoming SEPA payments, authorised by a message the user's Safe signed
 * (`SIGN_MESSAGE`, see `useSignMessage`). Checked before any request: both IBANs (mod-97) and that
 * they differ, the BIC, `percent` (0–100), the trigger's rules, and the signature (a message
 * starting `IBEX_SEPA_MANDATE_V1`, 0x-hex bytes). IBEx refuses a source IBAN that is not the user's
 * (403) and a message the Safe did not sign (400). Never retried.
 *
 * @endpoint POST /v1.2/sepa/mandates
 * @example
 * const signed = await signSafeMessage(client, { message: `IBEX_SEPA_MANDATE_V1 forward 20% to ${iban}` })
 * await createMandate(client, {
 *   sourceIban: mine, destinationIban: savings, percent: 20,
 *   signature: { message: signed.operation.message, signature: signed.operation.signature, safeOperationUserOpHash: signed.userOpHash },
 * })
 */
export function createMandate(
  client: IbexClient,
  parameters: CreateMandateParameters,
  options: IbexActionOptions = {},
): Promise<CreateMandateReturnType> {
  const sourceIban = parseIbanInput(parameters.sourceIban, 'sourceIban')
  const destinationIban = parseIbanInput(parameters.destinationIban, 'destinationIban')
  if (sourceIban === destinationIban) {
    refuse('validation/iban-same', 'destinationIban', 'A mandate forwards to another IBAN.')
  }
  const destinationName = sepaText(parameters.destinationName, 'destinationName', 'name', {
    max: 70,
  })
  const destinationBic =
    parameters.destinationBic === undefined
      ? undefined
      : parseBicInput(parameters.destinationBic, 'destinationBic')
  const { percent } = parameters
  if (
    typeof percent !== 'number' ||
    !Number.isFinite(percent) ||
    percent < 0 ||
    percent > 100 ||
    Math.round(percent * 100) !== percent * 100
  ) {
    refuse(
      'validation/percent-invalid',
      'percent',
      '`percent` must be 0–100, two decimals at most.',
    )
  }
  checkTrigger(parameters.trigger)
  const { message, signature, safeOperationUserOpHash } = parameters.signature ?? {}
  if (typeof message !== 'string' || !message.startsWith(MANDATE_MESSAGE_PREFIX)) {
    refuse(
      'validation/message-invalid',
      'signature.message',
      `The signed message must start with ${MANDATE_MESSAGE_PREFIX}.`,
    )
  }
  if (!isHex(signature) || signature.length % 2 !== 0) {
    refuse(
      'validation/signature-invalid',
      'signature.signature',
      'The signature must be 0x-hex bytes.',
    )
  }
  if (
    safeOperationUserOpHash !== undefined &&
    !(isHex(safeOperationUserOpHash) && safeOperationUserOpHash.length === 66)
  ) {
    refuse(
      'validation/user-op-hash-malformed',
      'signature.safeOperationUserOpHash',
      'The signing operation’s userOpHash must be a 32-byte 0x-hex hash.',
    )
  }
  return client.request({
    method: 'POST',
    path: '/v1.2/sepa/mandates',
    body: {
      sourceIban,
      destinationIban,
      destinationName,
      destinationBic,
      percent,
      trigger: parameters.trigger,
      signature: { message, signature, safeOperationUserOpHash },
    },
    schema: loadMandateSchema,
    signal: options.signal,
  })
}
