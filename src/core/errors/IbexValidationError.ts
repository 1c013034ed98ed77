import { IbexError } from './IbexError.ts'

/**
 * Codes of {@link IbexValidationError}: `validation/<field>-<problem>`, one per line (a new
 * check adds its line here).
 */
export type IbexValidationErrorCode =
  | 'validation/action-invalid'
  | 'validation/address-checksum'
  | 'validation/address-invalid'
  | 'validation/address-self'
  | 'validation/amount-exceeds-balance'
  | 'validation/amount-exponent'
  | 'validation/amount-malformed'
  | 'validation/amount-not-positive'
  | 'validation/amount-too-precise'
  | 'validation/backup-malformed'
  | 'validation/backup-unsupported'
  | 'validation/base-url-missing'
  | 'validation/bic-invalid'
  | 'validation/chain-id-invalid'
  | 'validation/chain-unsupported'
  | 'validation/code-malformed'
  | 'validation/code-missing'
  | 'validation/code-unverified'
  | 'validation/crypto-too-many'
  | 'validation/date-invalid'
  | 'validation/delegation-implementation-untrusted'
  | 'validation/delegation-missing'
  | 'validation/email-flow-expired'
  | 'validation/email-flow-missing'
  | 'validation/email-invalid'
  | 'validation/fields-required'
  | 'validation/iban-checksum'
  | 'validation/iban-invalid'
  | 'validation/iban-required'
  | 'validation/id-required'
  | 'validation/input-missing'
  | 'validation/kdf-malformed'
  | 'validation/kdf-out-of-range'
  | 'validation/kdf-unsupported'
  | 'validation/label-required'
  | 'validation/label-too-long'
  | 'validation/last-user-invalid'
  | 'validation/length-out-of-range'
  | 'validation/name-required'
  | 'validation/name-too-long'
  | 'validation/operation-not-batchable'
  | 'validation/operation-unknown'
  | 'validation/operations-empty'
  | 'validation/page-invalid'
  | 'validation/passphrase-invalid-characters'
  | 'validation/passphrase-missing'
  | 'validation/passphrase-too-long'
  | 'validation/passphrase-too-short'
  | 'validation/passphrase-weak'
  | 'validation/passphrase-wrong'
  | 'validation/pin-missing'
  | 'validation/pin-not-digits'
  | 'validation/pin-policy-invalid'
  | 'validation/pin-throttled'
  | 'validation/pin-too-long'
  | 'validation/pin-too-short'
  | 'validation/pin-weak'
  | 'validation/pin-wrong'
  | 'validation/protocol-invalid'
  | 'validation/proxy-invalid'
  | 'validation/quote-expired'
  | 'validation/quote-mismatch'
  | 'validation/quote-missing'
  | 'validation/referral-code-invalid'
  | 'validation/remittanceInfo-required'
  | 'validation/remittanceInfo-too-long'
  | 'validation/secret-invalid'
  | 'validation/secret-not-removable'
  | 'validation/shares-invalid'
  | 'validation/signer-job-unknown'
  | 'validation/slippage-invalid'
  | 'validation/token-unknown'
  | 'validation/tokens-same'
  | 'validation/user-data-empty'
  | 'validation/user-op-hash-malformed'
  | 'validation/user-unknown'
  | 'validation/wallet-mode-unsupported'
  | 'validation/wallet-unknown'

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
