import { IbexValidationError } from '../errors/IbexValidationError.ts'

/**
 * Refuses a chain id that is not a positive integer, before any request (`undefined` passes
 * unless `required`).
 *
 * @example
 * assertChainId(parameters.chainId, 'chainId')
 */
export function assertChainId(
  value: unknown,
  field: string,
  required = false,
): asserts value is number | undefined {
  if (value === undefined && !required) return
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new IbexValidationError({
      code: 'validation/chain-id-invalid',
      field,
      message: `\`${field}\` must be a chain id (a positive integer).`,
    })
  }
}
