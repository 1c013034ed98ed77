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
  | 'validation/amount-too-large'
  | 'validation/amount-too-precise'
  | 'validation/backup-malformed'
  | 'validation/backup-unsupported'
  | 'validation/base-url-missing'
  | 'validation/bic-invalid'
  | 'validation/chain-id-invalid'
  | 'validation/chain-unsupported'
  | 'validation/channel-invalid'
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
  | 'validation/hash-invalid'
  | 'validation/iban-checksum'
  | 'validation/iban-invalid'
  | 'validation/iban-required'
  | 'validation/iban-same'
  | 'validation/id-required'
  | 'validation/input-missing'
  | 'validation/kdf-malformed'
  | 'validation/kdf-out-of-range'
  | 'validation/kdf-unsupported'
  | 'validation/label-required'
  | 'validation/label-too-long'
  | 'validation/last-user-invalid'
  | 'validation/length-out-of-range'
  | 'validation/limit-invalid'
  | 'validation/message-invalid'
  | 'validation/message-required'
  | 'validation/message-too-long'
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
  | 'validation/percent-invalid'
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
  | 'validation/reference-required'
  | 'validation/reference-too-long'
  | 'validation/referral-code-invalid'
  | 'validation/remittanceInfo-required'
  | 'validation/remittanceInfo-too-long'
  | 'validation/secret-invalid'
  | 'validation/secret-not-removable'
  | 'validation/shares-invalid'
  | 'validation/signature-invalid'
  | 'validation/signer-job-unknown'
  | 'validation/slippage-invalid'
  | 'validation/status-invalid'
  | 'validation/token-unknown'
  | 'validation/tokens-same'
  | 'validation/trigger-invalid'
  | 'validation/type-invalid'
  | 'validation/user-data-empty'
  | 'validation/user-op-hash-malformed'
  | 'validation/user-unknown'
  | 'validation/wallet-mode-unsupported'
  | 'validation/wallet-unknown'
  | 'validation/birth-date-future'
  | 'validation/birth-date-invalid'
  | 'validation/identity-missing'
  | 'validation/identity-too-long'
  | 'validation/phone-invalid'
  | 'validation/salt-nonce-invalid'
  | 'validation/wallet-count-invalid'
  | 'validation/wallet-family-invalid'
  | 'validation/wallets-empty'
  | 'validation/language-invalid'
  | 'validation/company-number-invalid'
  | 'validation/return-url-invalid'
  | 'validation/automation-config-empty'
  | 'validation/automation-config-conflict'
  | 'validation/automation-choice-invalid'
  | 'validation/percentage-invalid'
  | 'validation/minutes-invalid'
  | 'validation/nonce-invalid'

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
