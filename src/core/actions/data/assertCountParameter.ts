import { IbexValidationError } from '../../errors/IbexValidationError.ts'

/**
 * Refuses a paging parameter (`page`, `limit`, `offset`) that is not an integer of at least
 * `min`, before any request: `IbexValidationError('validation/page-invalid')` naming `field`.
 * `undefined` passes.
 *
 * @example
 * assertCountParameter(parameters.limit, 'limit', 1)
 */
export function assertCountParameter(value: unknown, field: string, min: number): void {
  if (value !== undefined && (!Number.isSafeInteger(value) || (value as number) < min)) {
    throw new IbexValidationError({
      code: 'validation/page-invalid',
      field,
      message: `\`${field}\` must be an integer of at least ${min}.`,
    })
  }
}
