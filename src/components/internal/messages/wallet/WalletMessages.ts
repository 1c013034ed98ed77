import type { IbexLocale } from '../IbexMessages.ts'

/** Languages of the wallet components' strings: those of the kit. */
export type WalletLocale = IbexLocale

/**
 * Strings shared by the wallet components: the "<{amount}" threshold, retry, and every error
 * as what happened (`error…`) plus what to do (`error…Hint`). `{name}` placeholders are filled
 * by the component.
 */
export interface WalletCommonMessages {
  /** An amount too small to show; `{amount}` is the threshold, formatted for the locale. */
  lessThan: string
  /** Button that runs a failed request again. */
  retry: string
  /** Polite announcement when the user closed a prompt: nothing happened. */
  cancelled: string
  errorNetwork: string
  errorNetworkHint: string
  errorLoadFailed: string
  errorLoadFailedHint: string
  errorRateLimited: string
  errorRateLimitedHint: string
  errorMaintenance: string
  errorMaintenanceHint: string
  errorServer: string
  errorServerHint: string
  errorSignedOut: string
  errorSignedOutHint: string
  errorBusy: string
  errorBusyHint: string
  errorAddressInvalid: string
  errorAddressInvalidHint: string
  errorAddressChecksum: string
  errorAddressChecksumHint: string
  errorAddressSelf: string
  errorAddressSelfHint: string
  errorAmountMalformed: string
  /** `{example}` is an amount written for the locale. */
  errorAmountMalformedHint: string
  errorAmountNotPositive: string
  errorAmountNotPositiveHint: string
  errorAmountTooPrecise: string
  /** `{symbol}`, `{decimals}`. */
  errorAmountTooPreciseHint: string
  errorAmountExceeds: string
  /** `{amount}` is the balance with its symbol. */
  errorAmountExceedsHint: string
  errorPinWrong: string
  errorPinWrongHint: string
  errorPinThrottled: string
  errorPinThrottledHint: string
  errorPassphraseWrong: string
  errorPassphraseWrongHint: string
  errorQuoteExpired: string
  errorQuoteExpiredHint: string
  errorTokensSame: string
  errorTokensSameHint: string
  errorOperationFailed: string
  errorOperationFailedHint: string
  errorOperationExpired: string
  errorOperationExpiredHint: string
  errorOutcomeUnknown: string
  errorOutcomeUnknownHint: string
  errorSignerUnsupported: string
  errorSignerUnsupportedHint: string
  errorPasskeyTimeout: string
  errorPasskeyTimeoutHint: string
  errorPasskeyUnsupported: string
  errorPasskeyUnsupportedHint: string
  errorChainUnsupported: string
  errorChainUnsupportedHint: string
  errorGeneric: string
  errorGenericHint: string
  /** Label of the emailed code's input, when an email user signs for the first time in a session. */
  codeLabel: string
  /** Under the code input: why a code is asked for. */
  codeSent: string
  /** Announced while the code is being emailed. */
  codeSending: string
  /** Button that emails a new code. */
  codeResend: string
  /** External-wallet users with no wallet connected: what is needed to sign. */
  walletNeeded: string
  walletNeededHint: string
  errorCodeWrong: string
  errorCodeWrongHint: string
  errorCodeExpired: string
  errorCodeExpiredHint: string
  errorCodeUsed: string
  errorCodeUsedHint: string
  errorCodeMalformed: string
  errorCodeMalformedHint: string
  errorWalletNotConnected: string
  errorWalletNotConnectedHint: string
  errorWalletMismatch: string
  errorWalletMismatchHint: string
  errorWalletWrongChain: string
  errorWalletWrongChainHint: string
}

/** Strings of `BalanceList`. */
export interface BalanceListMessages {
  /** Accessible name of the list (and its heading when shown). */
  title: string
  /** Announced and drawn as a skeleton while loading. */
  loading: string
  /** Shown when the wallet holds no token. */
  empty: string
  emptyHint: string
  /** Total value line; `{value}`. */
  total: string
  /** Badge of a row's chain when the list spans several; `{chain}`. */
  onChain: string
}

/** Strings of `TransferForm`. */
export interface TransferFormMessages {
  title: string
  recipientLabel: string
  tokenLabel: string
  /** An option of the token select; `{symbol}`, `{balance}`. */
  tokenOption: string
  amountLabel: string
  /** Under the amount; `{amount}` (with its symbol). */
  available: string
  /** Visible text of the Max button. */
  max: string
  /** Tooltip of the Max button. */
  maxLabel: string
  /** The note that the network fee is paid for the user. */
  sponsoredFee: string
  submit: string
  /** Heading of the PIN step. */
  pinTitle: string
  /** Label of the passphrase input of email users. */
  passphraseLabel: string
  passphraseHint: string
  confirm: string
  cancel: string
  /** Shown and announced when confirmed; `{amount}` (with its symbol), `{recipient}`. */
  success: string
  /** Starts a new transfer after one ended. */
  again: string
  /** Shown while the balances load (no token to choose yet). */
  noToken: string
  /** Accessible name of the list of saved contacts under the recipient. */
  contactsLabel: string
  /** Accessible name of the button that opens the contacts. */
  contactsToggle: string
  /** Under the recipient when it is a saved contact's address; `{name}`. */
  contactChosen: string
}

/** Strings of `SwapForm`. */
export interface SwapFormMessages {
  title: string
  sellLabel: string
  buyLabel: string
  amountLabel: string
  /** Button that swaps the sold and bought tokens. */
  flip: string
  quoting: string
  rateLabel: string
  minimumLabel: string
  /** `{slippage}` is a percentage formatted for the locale. */
  slippageNote: string
  providerLabel: string
  /** Visible countdown (not announced); `{seconds}`, a plural. */
  expiresIn: string
  /** Announced once when the quote on screen expires. */
  expired: string
  /** Announced when a new price arrives; `{amount}` (with its symbol). */
  quoteReady: string
  submit: string
  /** `{sell}`, `{buy}` (amounts with symbols). */
  success: string
  again: string
}

/** Strings of `TransactionList`. */
export interface TransactionListMessages {
  title: string
  loading: string
  empty: string
  emptyHint: string
  received: string
  sent: string
  /** `{address}` shortened. */
  from: string
  to: string
  /** Accessible hint of a row that links to the explorer. */
  viewOnExplorer: string
  loadMore: string
  /** Announced while the next page loads. */
  loadingMore: string
  /** Announced when it arrived; `{count}`. */
  loadedMore: string
}

/** Strings of `OperationProgress`. */
export interface OperationProgressMessages {
  /** Accessible name of the list of steps. */
  label: string
  stepCreated: string
  stepSigned: string
  stepExecuted: string
  stepConfirmed: string
  stepFailed: string
  /** Hidden state of a step for screen readers. */
  stepDone: string
  stepCurrent: string
  stepUpcoming: string
  statusValidating: string
  statusPreparing: string
  /** Signing with a passkey (the browser's prompt is open). */
  statusSigningPasskey: string
  /** Signing with a PIN, passphrase or wallet. */
  statusSigning: string
  statusExecuting: string
  statusPending: string
  statusConfirmed: string
  statusFailed: string
  viewOnExplorer: string
}

/** Every string of the wallet components, one namespace per component plus the shared ones. */
export interface WalletMessages {
  common: WalletCommonMessages
  balanceList: BalanceListMessages
  transferForm: TransferFormMessages
  swapForm: SwapFormMessages
  transactionList: TransactionListMessages
  operationProgress: OperationProgressMessages
}
