import { formatMessage } from './messages/formatMessage.ts'
import type { WalletCommonMessages } from './messages/wallet/WalletMessages.ts'

/** Which input of a form an error belongs to; `undefined` for the form as a whole. */
export type WalletErrorField =
  'recipient' | 'amount' | 'token' | 'pin' | 'passphrase' | 'code' | undefined

/**
 * What a wallet component shows for an error: what happened, what to do, the field it belongs
 * to, and whether a retry button makes sense.
 */
export type WalletErrorFeedback = {
  what: string
  hint: string
  field: WalletErrorField
  retry: boolean
}

type Entry = readonly [what: keyof WalletCommonMessages, field: WalletErrorField, retry: boolean]

// Keyed by IbexError.code. The server's own text never reaches the screen: every code a user can
// meet has a worded entry, everything else falls back to the generic one.
const entries: Record<string, Entry> = {
  'network/failed': ['errorNetwork', undefined, true],
  'network/timeout': ['errorNetwork', undefined, true],
  'network/load-failed': ['errorLoadFailed', undefined, true],
  'http/rate-limited': ['errorRateLimited', undefined, true],
  'http/maintenance': ['errorMaintenance', undefined, true],
  'http/server-error': ['errorServer', undefined, true],
  'http/error': ['errorServer', undefined, true],
  'http/unauthorized': ['errorSignedOut', undefined, false],
  'session/signed-out': ['errorSignedOut', undefined, false],
  'session/refresh-rejected': ['errorSignedOut', undefined, false],
  'session/busy': ['errorBusy', undefined, false],
  'validation/address-invalid': ['errorAddressInvalid', 'recipient', false],
  'validation/address-checksum': ['errorAddressChecksum', 'recipient', false],
  'validation/address-self': ['errorAddressSelf', 'recipient', false],
  'validation/amount-malformed': ['errorAmountMalformed', 'amount', false],
  'validation/amount-exponent': ['errorAmountMalformed', 'amount', false],
  'validation/amount-not-positive': ['errorAmountNotPositive', 'amount', false],
  'validation/amount-too-precise': ['errorAmountTooPrecise', 'amount', false],
  'validation/amount-exceeds-balance': ['errorAmountExceeds', 'amount', false],
  'validation/pin-wrong': ['errorPinWrong', 'pin', false],
  'validation/pin-throttled': ['errorPinThrottled', 'pin', false],
  'validation/passphrase-wrong': ['errorPassphraseWrong', 'passphrase', false],
  'validation/quote-expired': ['errorQuoteExpired', undefined, false],
  'validation/tokens-same': ['errorTokensSame', 'token', false],
  'validation/chain-unsupported': ['errorChainUnsupported', undefined, false],
  'operation/failed': ['errorOperationFailed', undefined, true],
  'operation/expired': ['errorOperationExpired', undefined, true],
  'operation/outcome-unknown': ['errorOutcomeUnknown', undefined, false],
  'operation/intent-used': ['errorOutcomeUnknown', undefined, false],
  'operation/signer-unsupported': ['errorSignerUnsupported', undefined, false],
  'validation/code-wrong': ['errorCodeWrong', 'code', false],
  'validation/code-expired': ['errorCodeExpired', 'code', false],
  'validation/code-used': ['errorCodeUsed', 'code', false],
  'validation/code-malformed': ['errorCodeMalformed', 'code', false],
  'validation/code-missing': ['errorCodeMalformed', 'code', false],
  'wallet/not-connected': ['errorWalletNotConnected', undefined, true],
  'wallet/address-mismatch': ['errorWalletMismatch', undefined, true],
  'wallet/wrong-chain': ['errorWalletWrongChain', undefined, true],
  'webauthn/timeout': ['errorPasskeyTimeout', undefined, true],
  'webauthn/unsupported': ['errorPasskeyUnsupported', undefined, false],
}

/** Codes of a prompt the user closed, or of a run that was stopped: no error to show. */
const quietCodes = new Set([
  'webauthn/cancelled',
  'webauthn/not-allowed',
  'webauthn/aborted',
  'operation/aborted',
  'signer/aborted',
  'network/aborted',
  'wallet/rejected',
  'wallet/aborted',
])

/**
 * Whether an error code is a cancel (the user closed a prompt, or the run was stopped): the
 * components stay quiet about it, apart from a polite "Cancelled" for a closed prompt.
 *
 * @example
 * if (isQuietError(error.code)) return null
 */
export function isQuietError(code: string): boolean {
  return quietCodes.has(code)
}

/**
 * The localized what-happened and what-to-do of an `IbexError.code`, with its field; `null`
 * for a cancel. `values` fill the hints' placeholders (`{amount}`, `{symbol}`, `{decimals}`,
 * `{example}`).
 *
 * @example
 * const feedback = walletErrorFeedback(error.code, messages, { symbol: 'EURe', decimals: 18 })
 * feedback && <p role="alert">{feedback.what} {feedback.hint}</p>
 */
export function walletErrorFeedback(
  code: string,
  messages: WalletCommonMessages,
  values: Record<string, string | number> = {},
): WalletErrorFeedback | null {
  if (isQuietError(code)) return null
  const entry: Entry =
    entries[code] ??
    (code.startsWith('http/')
      ? ['errorServer', undefined, true]
      : ['errorGeneric', undefined, true])
  const [what, field, retry] = entry
  const hintKey = `${what}Hint` as keyof WalletCommonMessages
  return {
    what: messages[what],
    hint: formatMessage(messages[hintKey], values),
    field,
    retry,
  }
}
