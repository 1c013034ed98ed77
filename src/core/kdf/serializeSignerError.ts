import { IbexError } from '../errors/IbexError.ts'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import type { SignerErrorData } from './SignerJob.ts'

/**
 * Whether `error` is the engine refusing to compile WebAssembly under the page's (or the
 * worker's) Content-Security-Policy: a `CompileError` (Chromium, Firefox) or `EvalError`
 * (Safari) whose message names the policy.
 */
function isCspRefusal(error: unknown): error is Error {
  return (
    error instanceof Error &&
    (error.name === 'CompileError' || error.name === 'EvalError') &&
    /content.security.policy|\bCSP\b|unsafe-eval/i.test(error.message)
  )
}

/**
 * Turns whatever a signer job threw into plain data for `postMessage`. Kit errors keep their
 * class, code, field and message; WebAssembly refused by a Content-Security-Policy becomes
 * `signer/csp-blocked` (naming the directive to add); anything else (hash-wasm, WebCrypto)
 * becomes `signer/failed` with its message. No input is copied, so no secret can leak through an error.
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
  if (isCspRefusal(error)) {
    return {
      name: 'IbexError',
      code: 'signer/csp-blocked',
      message:
        "The page's Content-Security-Policy refuses WebAssembly, which the PIN and email signers need (Argon2id): add script-src 'wasm-unsafe-eval' (and worker-src 'self', so that the derivation runs off the main thread).",
      details: `${error.name}: ${error.message}`,
    }
  }
  return {
    name: 'IbexError',
    code: 'signer/failed',
    message: 'The PIN or email signer failed.',
    details: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  }
}
