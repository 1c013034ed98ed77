import { IbexError } from './IbexError.ts'

/** Codes of {@link IbexWebAuthnError}. */
export type IbexWebAuthnErrorCode =
  | 'webauthn/cancelled'
  | 'webauthn/timeout'
  | 'webauthn/not-allowed'
  | 'webauthn/invalid-rp'
  | 'webauthn/unsupported'
  | 'webauthn/prf-unsupported'
  | 'webauthn/credential-excluded'
  | 'webauthn/aborted'
  | 'webauthn/unknown'

/**
 * The browser's passkey ceremony failed; the DOMException is kept in `cause`.
 *
 * @example
 * if (error instanceof IbexWebAuthnError && error.code === 'webauthn/cancelled') return // user closed the prompt
 */
export class IbexWebAuthnError extends IbexError {
  override name = 'IbexWebAuthnError' as const
  declare readonly code: IbexWebAuthnErrorCode

  constructor(parameters: { code: IbexWebAuthnErrorCode; message: string; cause?: unknown }) {
    super(parameters.message, {
      code: parameters.code,
      cause: parameters.cause,
      docsPath: 'passkeys',
    })
  }
}
