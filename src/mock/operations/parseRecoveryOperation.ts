import { MockHttpError } from '../errors/MockHttpError.ts'
import { recoveryStateOf } from '../recovery/recoveryStateOf.ts'
import type { MockOperationEffect } from './MockOperationSpec.ts'
import type { OperationContext } from './OperationContext.ts'

const identityFields = ['firstName', 'lastName', 'birthDate', 'birthCity', 'birthCountry'] as const

function assertBirthDate(value: string, at: string, now: number): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const date = match ? new Date(`${value}T00:00:00Z`) : undefined
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new MockHttpError('VALIDATION', `${at}.birthDate must be a date YYYY-MM-DD`)
  }
  if (date.getTime() > now) {
    throw new MockHttpError('VALIDATION', `${at}.birthDate is in the future`)
  }
}

/**
 * `ENABLE_RECOVERY` (`firstName`, `lastName`, `birthDate` YYYY-MM-DD, `birthCity`,
 * `birthCountry`) and `CANCEL_RECOVERY` (docs/protocol.md). Enabling a Safe whose recovery is
 * already on, or being turned on, is 409 CONFLICT; cancelling one whose recovery is off is 400.
 *
 * @example
 * parseRecoveryOperation({ type: 'CANCEL_RECOVERY' }, 'operations[0]', context)
 */
export function parseRecoveryOperation(
  raw: Record<string, unknown>,
  at: string,
  context: OperationContext,
): MockOperationEffect {
  const { view, safe, chainId } = context
  const state = recoveryStateOf(view.tenant, safe, chainId, view.now)
  const enabling = state.pending.some((entry) => entry.action === 'enable')
  if (raw.type === 'CANCEL_RECOVERY') {
    if (!state.enabled || state.pending.some((entry) => entry.action === 'cancel')) {
      throw new MockHttpError('VALIDATION', `${at}: recovery is not enabled on this Safe`)
    }
    return { kind: 'recovery', action: 'cancel' }
  }
  if (state.enabled || enabling) {
    throw new MockHttpError('CONFLICT', `${at}: recovery is already enabled on this Safe`)
  }
  for (const field of identityFields) {
    const value = raw[field]
    if (typeof value !== 'string' || value.trim() === '' || value.length > 100) {
      throw new MockHttpError('VALIDATION', `${at}.${field} is required (1 to 100 characters)`)
    }
  }
  assertBirthDate(String(raw.birthDate), at, view.now)
  return { kind: 'recovery', action: 'enable' }
}
