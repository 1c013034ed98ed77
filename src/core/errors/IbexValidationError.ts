import { IbexError } from './IbexError.ts'

/** Codes of {@link IbexValidationError}: `validation/<field>-<problem>`. */
export type IbexValidationErrorCode = `validation/${string}`

/**
 * Bad input caught before any request was sent (address, amount, PIN, OTP, email …).
 * `field` names the input so a form can show the message next to it.
 *
 * @example
 * if (error instanceof IbexValidationError && error.field === 'amount') setAmountError(error.shortMessage)
 */
export class IbexValidationError extends IbexError {
  override name = 'IbexValidationError' as const
  declare readonly code: IbexValidationErrorCode
  readonly field: string

  constructor(parameters: {
    code: IbexValidationErrorCode
    field: string
    message: string
    details?: string
  }) {
    super(parameters.message, { code: parameters.code, details: parameters.details })
    this.field = parameters.field
  }
}
