import type { Address } from 'viem'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import type { IbexValidationErrorCode } from '../../errors/IbexValidationError.ts'
import { parseAddressInput } from '../../operations/parseAddressInput.ts'
import { parseAmountInput } from '../../operations/parseAmountInput.ts'
import { resolveOperationAccount } from '../../operations/resolveOperationAccount.ts'
import { automationConfigResponseSchema } from '../../schemas/automationConfigResponseSchema.ts'

/** How the automation module moves funds: a share of what arrives, or a fixed amount. */
export type AutomationMode = 'PERCENT_OF_RECEIVED' | 'FIXED_AMOUNT'
/** The window of `periodCapAmount`. */
export type AutomationPeriodCap = 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY'
/** How often the automation runs. */
export type AutomationFrequency = 'DAILY' | 'WEEKLY' | '90_DAYS' | 'NONE'

/** The fields to change (at least one); absent fields keep their value. */
export type AutomationConfig = {
  /** Where the funds go. */
  targetAddress?: Address | string | undefined
  mode?: AutomationMode | undefined
  /** 0–100, share of each amount received (`PERCENT_OF_RECEIVED`). */
  percentage?: number | undefined
  /** A decimal amount of the token per run (`FIXED_AMOUNT`); `null` clears it. */
  fixedAmount?: string | null | undefined
  /** 0–100, the most of the wallet one run may take (`FIXED_AMOUNT`). */
  maxWalletPercentage?: number | undefined
  /** Whole minutes between two runs. */
  minIntervalMinutes?: number | undefined
  /** A decimal amount at most per period; `null` clears it. */
  periodCapAmount?: string | null | undefined
  /** The period, named (exclusive with `periodCapMinutes`). */
  periodCap?: AutomationPeriodCap | undefined
  /** The period in whole minutes (exclusive with `periodCap`). */
  periodCapMinutes?: number | undefined
  frequency?: AutomationFrequency | undefined
  /** The token moved. */
  tokenAddress?: Address | string | undefined
  enabled?: boolean | undefined
}

export type UpdateAutomationConfigParameters = AutomationConfig & {
  /** Default: the user's Safe on the session's chain. */
  safeAddress?: Address | string | undefined
}

/** The Safe and the module fields IBEx changed (`moduleTransferMode`, `moduleFixedAmount` …). */
export type UpdateAutomationConfigReturnType = { safeAddress: Address; updated: string[] }

const MODES: readonly string[] = ['PERCENT_OF_RECEIVED', 'FIXED_AMOUNT']
const PERIOD_CAPS: readonly string[] = ['HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY']
const FREQUENCIES: readonly string[] = ['DAILY', 'WEEKLY', '90_DAYS', 'NONE']

function refuse(code: IbexValidationErrorCode, field: string, message: string): never {
  throw new IbexValidationError({ code, field, message })
}

function oneOf(value: unknown, allowed: readonly string[], field: string): string {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    refuse(
      'validation/automation-choice-invalid',
      field,
      `${field} must be one of ${allowed.join(', ')}.`,
    )
  }
  return value
}

function percent(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
    refuse('validation/percentage-invalid', field, `${field} must be a number from 0 to 100.`)
  }
  return value
}

function minutes(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    refuse(
      'validation/minutes-invalid',
      field,
      `${field} must be a whole number of minutes, 1 or more.`,
    )
  }
  return value
}

/** The request body, every field checked; throws before any request. */
function automationBody(config: AutomationConfig): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  const set = <T>(field: keyof AutomationConfig, read: (value: unknown) => T) => {
    if (config[field] !== undefined) body[field] = read(config[field])
  }
  set('targetAddress', (value) => parseAddressInput(value, 'targetAddress'))
  set('tokenAddress', (value) => parseAddressInput(value, 'tokenAddress'))
  set('mode', (value) => oneOf(value, MODES, 'mode'))
  set('percentage', (value) => percent(value, 'percentage'))
  set('maxWalletPercentage', (value) => percent(value, 'maxWalletPercentage'))
  set('fixedAmount', (value) => (value === null ? null : parseAmountInput(value, 'fixedAmount')))
  set('periodCapAmount', (value) =>
    value === null ? null : parseAmountInput(value, 'periodCapAmount'),
  )
  set('minIntervalMinutes', (value) => minutes(value, 'minIntervalMinutes'))
  set('periodCapMinutes', (value) => minutes(value, 'periodCapMinutes'))
  set('periodCap', (value) => oneOf(value, PERIOD_CAPS, 'periodCap'))
  set('frequency', (value) => oneOf(value, FREQUENCIES, 'frequency'))
  set('enabled', (value) =>
    typeof value === 'boolean'
      ? value
      : refuse('validation/type-invalid', 'enabled', 'enabled must be true or false.'),
  )
  if (Object.keys(body).length === 0) {
    refuse('validation/automation-config-empty', 'config', 'Give at least one field to change.')
  }
  if (body.periodCap !== undefined && body.periodCapMinutes !== undefined) {
    refuse(
      'validation/automation-config-conflict',
      'periodCapMinutes',
      'Give periodCap or periodCapMinutes, not both.',
    )
  }
  // Fields of the other mode than the one set in the same request make no sense together.
  const percentOnly = body.percentage !== undefined
  const fixedOnly = body.fixedAmount != null || body.maxWalletPercentage !== undefined
  if (
    (body.mode === 'FIXED_AMOUNT' && percentOnly) ||
    (body.mode === 'PERCENT_OF_RECEIVED' && fixedOnly) ||
    (body.mode === undefined && percentOnly && fixedOnly)
  ) {
    refuse(
      'validation/automation-config-conflict',
      'mode',
      'percentage belongs to PERCENT_OF_RECEIVED; fixedAmount and maxWalletPercentage to FIXED_AMOUNT.',
    )
  }
  return body
}

/**
 * `PUT /v1.2/safes/:safeAddress/automation-module/config` (docs/protocol.md): changes the
 * automation module's settings of a Safe (no passkey prompt; enable the module first with the
 * `ENABLE_AUTOMATION_MODULE` operation). Checked before any request: at least one field
 * (`validation/automation-config-empty`), the addresses, the enums
 * (`validation/automation-choice-invalid`), the percentages (0–100, `validation/percentage-invalid`),
 * the minutes (`validation/minutes-invalid`), the amounts (`validation/amount-*`), `periodCap`
 * xor `periodCapMinutes` and fields of the other mode (`validation/automation-config-conflict`).
 * A Safe IBEx does not know on the chain is a 404 (`http/not-found`). Never retried.
 *
 * @example
 * const { updated } = await updateAutomationConfig(client, {
 *   mode: 'PERCENT_OF_RECEIVED',
 *   percentage: 25,
 *   targetAddress: '0x…',
 * })
 */
export async function updateAutomationConfig(
  client: IbexClient,
  parameters: UpdateAutomationConfigParameters,
  options: IbexActionOptions = {},
): Promise<UpdateAutomationConfigReturnType> {
  const { safeAddress: safeInput, ...config } = parameters
  const body = automationBody(config)
  const named = safeInput === undefined ? undefined : parseAddressInput(safeInput, 'safeAddress')
  const safeAddress = named ?? (await resolveOperationAccount(client, undefined)).safeAddress
  const result = await client.request({
    method: 'PUT',
    path: `/v1.2/safes/${encodeURIComponent(safeAddress)}/automation-module/config`,
    body,
    schema: automationConfigResponseSchema,
    signal: options.signal,
  })
  return { safeAddress, updated: result.updated }
}
