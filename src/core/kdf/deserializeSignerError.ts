import { IbexError } from '../errors/IbexError.ts'
import { IbexValidationError, type IbexValidationErrorCode } from '../errors/IbexValidationError.ts'
import type { SignerErrorData } from './SignerJob.ts'

/**
 * Rebuilds the IbexError class a signer job threw, on the main side of the worker boundary.
 *
 * @param data - From `serializeSignerError`.
 * @returns An `IbexValidationError` (wrong PIN or passphrase, bad input) or an `IbexError`.
 * @example
 * if (!response.ok) throw deserializeSignerError(response.error)
 */
export function deserializeSignerError(data: SignerErrorData): IbexError {
  const { code, message, details } = data
  if (data.name === 'IbexValidationError' && code.startsWith('validation/')) {
    return new IbexValidationError({
      // The worker runs this same build, so its codes are this union's.
      code: code as IbexValidationErrorCode,
      field: data.field ?? '',
      message,
      ...(details === undefined ? {} : { details }),
    })
  }
  return new IbexError(message, { code, details })
}
