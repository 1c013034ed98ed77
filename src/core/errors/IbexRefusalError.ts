import { IbexError } from './IbexError.ts'
import type { IbexHttpError } from './IbexHttpError.ts'

/**
 * Codes of {@link IbexRefusalError}, one per line (a new verdict adds its line here). They name
 * what is wrong with the input with the same code as the kit's own check for it, where there is
 * one (`validation/pin-wrong` is also what a PIN that derives the wrong key gives before any
 * request), so a form handles both with one `case`.
 */
export type IbexRefusalErrorCode =
  | 'validation/pin-wrong'
  | 'validation/code-wrong'
  | 'validation/code-expired'
  | 'validation/code-used'
  | 'validation/amount-exceeds-balance'
  | 'validation/amount-exceeds-position'
  | 'validation/quote-expired'
  | 'validation/email-flow-expired'

/**
 * IBEx answered, and its verdict is that the user's input is wrong: a PIN whose key is not the
 * account's (`SIGNER_MISMATCH`), an emailed code that is wrong, expired or used, an amount over
 * the balance, an expired quote. Unlike {@link IbexValidationError} (a check made before any
 * request), the request was sent: `status` and `serverCode` are IBEx's, and `cause` is the
 * {@link IbexHttpError} itself. `field` names the input so a form can show the message beside it.
 *
 * @example
 * if (error instanceof IbexRefusalError && error.code === 'validation/pin-wrong') clearPad()
 */
export class IbexRefusalError extends IbexError {
  override name = 'IbexRefusalError' as const
  declare readonly code: IbexRefusalErrorCode
  declare readonly cause: IbexHttpError
  /** The input IBEx refused (`pin`, `code`, `emailCode`, `amount`, `quote`, `email`). */
  readonly field: string
  /** HTTP status of IBEx's answer. */
  readonly status: number
  /** IBEx `error_code` of the answer (e.g. `SIGNER_MISMATCH`), when it sent one. */
  readonly serverCode: string | undefined

  constructor(parameters: {
    code: IbexRefusalErrorCode
    field: string
    message: string
    /** IBEx's answer: kept as `cause`, its status and `error_code` copied here. */
    refusal: IbexHttpError
  }) {
    const { code, field, message, refusal } = parameters
    super(message, {
      code,
      details: `${refusal.endpoint} answered ${refusal.status}${refusal.serverCode ? ` ${refusal.serverCode}` : ''}${refusal.serverMessage ? `: ${refusal.serverMessage}` : ''}`,
      cause: refusal,
    })
    this.field = field
    this.status = refusal.status
    this.serverCode = refusal.serverCode
  }
}
