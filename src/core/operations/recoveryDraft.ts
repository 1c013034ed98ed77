import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { fieldPath } from './fieldPath.ts'
import type { OperationDraft } from './OperationDraft.ts'
import type { CancelRecoveryInput, EnableRecoveryInput } from './OperationInput.ts'
import type { RecoverySummary } from './OperationSummary.ts'

const identityFields = ['firstName', 'lastName', 'birthDate', 'birthCity', 'birthCountry'] as const

function identityText(value: unknown, field: string): string {
  const text = typeof value === 'string' ? value.trim() : ''
  if (text === '') {
    throw new IbexValidationError({
      code: 'validation/identity-missing',
      field,
      message: `\`${field}\` is required to enable recovery.`,
    })
  }
  if (text.length > 100) {
    throw new IbexValidationError({
      code: 'validation/identity-too-long',
      field,
      message: `\`${field}\` must be at most 100 characters.`,
    })
  }
  return text
}

function birthDateOf(value: string, field: string, now: number): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new IbexValidationError({
      code: 'validation/birth-date-invalid',
      field,
      message: `\`${field}\` must be a date written YYYY-MM-DD.`,
    })
  }
  if (date.getTime() > now) {
    throw new IbexValidationError({
      code: 'validation/birth-date-future',
      field,
      message: `\`${field}\` cannot be in the future.`,
    })
  }
  return value
}

/**
 * `ENABLE_RECOVERY` / `CANCEL_RECOVERY` (docs/protocol.md). Enabling needs the holder's identity,
 * checked before any request: every field present (`validation/identity-missing`), at most 100
 * characters (`validation/identity-too-long`), `birthDate` a real `YYYY-MM-DD` date
 * (`validation/birth-date-invalid`) not in the future (`validation/birth-date-future`). Values
 * are sent trimmed. IBEx refuses to enable a Safe whose recovery is already on (409,
 * `http/conflict`) and to cancel one whose recovery is off (400).
 *
 * @example
 * const draft = recoveryDraft({ kind: 'cancelRecovery' }, '', Date.now())
 */
export function recoveryDraft(
  input: EnableRecoveryInput | CancelRecoveryInput,
  at: string,
  now: number,
): OperationDraft<RecoverySummary> {
  if (input.kind === 'cancelRecovery') {
    return {
      batchable: true,
      finish: async () => ({
        item: { type: 'CANCEL_RECOVERY' },
        summary: { kind: 'cancelRecovery', type: 'CANCEL_RECOVERY' },
      }),
    }
  }
  const identity: Record<(typeof identityFields)[number], string> = {
    firstName: '',
    lastName: '',
    birthDate: '',
    birthCity: '',
    birthCountry: '',
  }
  for (const field of identityFields) {
    identity[field] = identityText(input[field], fieldPath(at, field))
  }
  birthDateOf(identity.birthDate, fieldPath(at, 'birthDate'), now)
  return {
    batchable: true,
    finish: async () => ({
      item: { type: 'ENABLE_RECOVERY', ...identity },
      summary: { kind: 'enableRecovery', type: 'ENABLE_RECOVERY' },
    }),
  }
}
