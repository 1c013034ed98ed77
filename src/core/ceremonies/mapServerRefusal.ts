import type { IbexError } from '../errors/IbexError.ts'
import { IbexHttpError } from '../errors/IbexHttpError.ts'

/**
 * Turns an IBEx refusal the user can act on into the kit's error for it, by the `error_code` of
 * the answer (the mock's catalogue, `mockErrorCodes`; IBEx documents none, docs/protocol.md).
 * Any other error is returned as is.
 *
 * @example
 * catch (error) { throw mapServerRefusal(error, { OTP_EXPIRED: () => codeExpired() }) }
 */
export function mapServerRefusal(
  error: unknown,
  refusals: { readonly [serverCode: string]: (error: IbexHttpError) => IbexError },
): unknown {
  if (!(error instanceof IbexHttpError) || error.serverCode === undefined) return error
  const map = Object.hasOwn(refusals, error.serverCode) ? refusals[error.serverCode] : undefined
  return map ? map(error) : error
}
