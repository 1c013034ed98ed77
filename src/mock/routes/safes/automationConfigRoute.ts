import { MockHttpError } from '../../errors/MockHttpError.ts'
import { requiredAddress } from '../../http/bodyFields.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'
import { userSafes } from '../../wallet/userSafes.ts'

// Body field → the module column IBEx names in `updated`.
const COLUMNS: Record<string, string> = {
  targetAddress: 'moduleTargetAddress',
  mode: 'moduleTransferMode',
  percentage: 'modulePercentage',
  fixedAmount: 'moduleFixedAmount',
  maxWalletPercentage: 'moduleMaxWalletPercentage',
  minIntervalMinutes: 'moduleMinIntervalMinutes',
  periodCapAmount: 'modulePeriodCapAmount',
  periodCap: 'modulePeriodCapMinutes',
  periodCapMinutes: 'modulePeriodCapMinutes',
  frequency: 'moduleFrequency',
  tokenAddress: 'moduleTokenAddress',
  enabled: 'moduleEnabled',
}
const ENUMS: Record<string, readonly string[]> = {
  mode: ['PERCENT_OF_RECEIVED', 'FIXED_AMOUNT'],
  periodCap: ['HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY'],
  frequency: ['DAILY', 'WEEKLY', '90_DAYS', 'NONE'],
}

function invalid(message: string): never {
  throw new MockHttpError('VALIDATION', message)
}

/**
 * `PUT /v1.2/safes/:safeAddress/automation-module/config` (docs/protocol.md): stores the given
 * fields on the caller's Safe and names the module columns changed. 400 for an empty body
 * (`No fields to update`), an unknown value, a percentage outside 0–100, `periodCap` with
 * `periodCapMinutes`; 404 for a Safe that is not the signer's.
 */
export const automationConfigRoute: MockRoute = {
  method: 'PUT',
  path: '/v1.2/safes/:safeAddress/automation-module/config',
  handler: async (ctx) => {
    const view = await viewOfRequest(ctx)
    const safe = requiredAddress(ctx.params.safeAddress, 'safeAddress')
    if (!userSafes(view.user, view.config).some((entry) => entry.address === safe)) {
      throw new MockHttpError('NOT_FOUND', 'Safe not found for this chain')
    }
    const body = await ctx.body()
    const fields = Object.keys(body).filter((key) => key in COLUMNS)
    if (fields.length === 0) invalid('No fields to update')
    for (const [key, allowed] of Object.entries(ENUMS)) {
      if (body[key] !== undefined && !allowed.includes(String(body[key]))) {
        invalid(`${key} must be one of ${allowed.join(', ')}`)
      }
    }
    for (const key of ['percentage', 'maxWalletPercentage']) {
      const value = body[key]
      if (value !== undefined && (typeof value !== 'number' || value < 0 || value > 100)) {
        invalid(`${key} must be between 0 and 100`)
      }
    }
    if (body.periodCap !== undefined && body.periodCapMinutes !== undefined) {
      invalid('periodCap and periodCapMinutes are mutually exclusive')
    }
    for (const key of ['targetAddress', 'tokenAddress']) {
      if (body[key] !== undefined) requiredAddress(body[key], key)
    }
    const automation = (view.user.automation ??= {})
    const config = (automation[safe] ??= {})
    for (const key of fields) config[key] = body[key]
    return jsonResponse({ success: true, updated: [...new Set(fields.map((key) => COLUMNS[key]))] })
  },
}
