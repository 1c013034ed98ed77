import { IbexValidationError } from '../errors/IbexValidationError.ts'

/**
 * Refuses a missing or mistyped input of a signer job (an empty `externalUserId`, a
 * `saltVersion` that is not an integer) before any derivation, with
 * `validation/input-missing` naming the field.
 *
 * @param value - The input as received.
 * @param field - Its name, for the error.
 * @param kind - `text` (a non-empty string) or `integer`.
 * @returns The value, typed.
 * @example
 * const externalUserId = requireField(job.externalUserId, 'externalUserId', 'text')
 */
export function requireField(value: unknown, field: string, kind: 'text'): string
export function requireField(value: unknown, field: string, kind: 'integer'): number
export function requireField(value: unknown, field: string, kind: 'text' | 'integer'): unknown {
  const ok =
    kind === 'text'
      ? typeof value === 'string' && value.length > 0
      : typeof value === 'number' && Number.isSafeInteger(value)
  if (!ok) {
    throw new IbexValidationError({
      code: 'validation/input-missing',
      field,
      message: `\`${field}\` must be ${kind === 'text' ? 'a non-empty string' : 'an integer'}.`,
    })
  }
  return value
}
