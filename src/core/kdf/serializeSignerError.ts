import { IbexError } from '../errors/IbexError.ts'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import type { SignerErrorData } from './SignerJob.ts'

/**
 * Turns whatever a signer job threw into plain data for `postMessage`. Kit errors keep their
 * class, code, field and message; anything else (hash-wasm, WebCrypto) becomes `signer/failed`
 * with its message. No input is copied, so no secret can leak through an error.
 *
 * @param error - What the job threw.
 * @returns Plain data for `deserializeSignerError`.
 * @example
 * postMessage({ ok: false, error: serializeSignerError(error) })
 */
export function serializeSignerError(error: unknown): SignerErrorData {
  if (error instanceof IbexValidationError) {
    const { code, field, shortMessage: message, details } = error
    return { name: 'IbexValidationError', code, field, message, details }
  }
  if (error instanceof IbexError) {
    return {
      name: 'IbexError',
      code: error.code,
      message: error.shortMessage,
      details: error.details,
    }
  }
  return {
    name: 'IbexError',
    code: 'signer/failed',
    message: 'The PIN or email signer failed.',
    details: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  }
}
