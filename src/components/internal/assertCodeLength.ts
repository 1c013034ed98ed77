import { IbexValidationError } from '../../core/errors/IbexValidationError.ts'

/** Shortest PIN or one-time code the components accept. */
export const MIN_CODE_LENGTH = 4
/** Longest PIN or one-time code the components accept (SMS codes go up to 8 digits). */
export const MAX_CODE_LENGTH = 8

/**
 * Throws when a component's `length` prop is not a whole number from 4 to 8. Failing loudly
 * beats clamping: a silently shortened PIN would derive a different key.
 *
 * @example
 * assertCodeLength(length, 'PinPad')
 */
export function assertCodeLength(length: number, component: string): void {
  if (Number.isInteger(length) && length >= MIN_CODE_LENGTH && length <= MAX_CODE_LENGTH) return
  throw new IbexValidationError({
    code: 'validation/length-out-of-range',
    field: 'length',
    message: `${component}: \`length\` must be a whole number from ${MIN_CODE_LENGTH} to ${MAX_CODE_LENGTH}; received ${String(length)}.`,
  })
}
