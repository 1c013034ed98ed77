import { IbexError } from '../errors/IbexError.ts'

/**
 * The error of a signer job whose `signal` aborted (`signer/aborted`, the reason as `cause`).
 *
 * @param signal - The aborted signal.
 * @returns The error to reject with.
 * @example
 * if (signal.aborted) throw signerAbortedError(signal)
 */
export function signerAbortedError(signal: AbortSignal): IbexError {
  return new IbexError('The PIN or email signer was aborted.', {
    code: 'signer/aborted',
    cause: signal.reason,
  })
}
