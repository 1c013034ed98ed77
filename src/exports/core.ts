// Public API of `ibex-react/core`: the framework-free client. Named re-exports only.
export { IbexError, type IbexErrorParameters } from '../core/errors/IbexError.ts'
export { IbexHttpError, type IbexHttpErrorCode } from '../core/errors/IbexHttpError.ts'
export { IbexNetworkError, type IbexNetworkErrorCode } from '../core/errors/IbexNetworkError.ts'
export { IbexResponseError } from '../core/errors/IbexResponseError.ts'
export { IbexRefusalError, type IbexRefusalErrorCode } from '../core/errors/IbexRefusalError.ts'
export { IbexSessionError, type IbexSessionErrorCode } from '../core/errors/IbexSessionError.ts'
export {
  IbexValidationError,
  type IbexValidationErrorCode,
} from '../core/errors/IbexValidationError.ts'
export { IbexWebAuthnError, type IbexWebAuthnErrorCode } from '../core/errors/IbexWebAuthnError.ts'
export { canonicalJson, type CanonicalJsonValue } from '../core/protocol/canonicalJson.ts'
export { kdfProofMessage, type KdfProofFields } from '../core/protocol/kdfProofMessage.ts'
export { emailProofMessage, type EmailProofFields } from '../core/protocol/emailProofMessage.ts'
export type {
  IbexBinaryEncoding,
  IbexEmailProofField,
  IbexProtocolProfile,
  IbexProtocolProfileInput,
} from '../core/protocol/IbexProtocolProfile.ts'
export { defaultProtocolProfile } from '../core/protocol/defaultProtocolProfile.ts'
export { mergeProtocolProfile } from '../core/protocol/mergeProtocolProfile.ts'
// Client, request, session
export { createIbexClient } from '../core/client/createIbexClient.ts'
export type {
  CreateIbexClientOptions,
  IbexClient,
  IbexClientConfig,
} from '../core/client/IbexClient.ts'
export type { IbexActionOptions } from '../core/client/IbexActionOptions.ts'
export type {
  IbexHttpMethod,
  IbexQuery,
  IbexRequestOptions,
} from '../core/http/IbexRequestOptions.ts'
export type { IbexRetryPolicy } from '../core/http/IbexHttpContext.ts'
export type {
  IbexSessionSnapshot,
  IbexSessionStatus,
  IbexSessionTokens,
} from '../core/session/IbexSessionSnapshot.ts'
export type { IbexSessionStore } from '../core/session/IbexSessionStore.ts'
export type { IbexLastUser, IbexLastUserStore } from '../core/session/createLastUserStore.ts'
export {
  type IbexAuthResponse,
  type IbexWalletMode,
} from '../core/session/sessionFromAuthResponse.ts'
export { maskEmail } from '../core/session/maskEmail.ts'
export type { IbexSessionRecord, IbexSessionUser } from '../core/session/IbexSessionRecord.ts'
export type { IbexInitialState, IbexProxySession } from '../core/session/IbexInitialState.ts'
// Storage and tabs
export type {
  IbexStorageAdapter,
  IbexStorageOption,
  IbexSyncStorageAdapter,
} from '../core/storage/IbexStorageAdapter.ts'
export { createMemoryStorage } from '../core/storage/createMemoryStorage.ts'
export { createTabChannel, type TabChannel } from '../core/tabs/createTabChannel.ts'
export { createTabLock } from '../core/tabs/createTabLock.ts'
export type { TabLock } from '../core/tabs/TabLock.ts'
// Auth actions
export {
  getSignUpChallenge,
  type GetSignUpChallengeParameters,
  type GetSignUpChallengeReturnType,
} from '../core/actions/auth/getSignUpChallenge.ts'
export {
  submitSignUp,
  type SubmitSignUpParameters,
  type SubmitSignUpReturnType,
} from '../core/actions/auth/submitSignUp.ts'
export {
  getSignInChallenge,
  type GetSignInChallengeParameters,
  type GetSignInChallengeReturnType,
} from '../core/actions/auth/getSignInChallenge.ts'
export {
  submitSignIn,
  type SignInExtras,
  type SubmitSignInParameters,
  type SubmitSignInReturnType,
} from '../core/actions/auth/submitSignIn.ts'
export {
  refreshTokens,
  type RefreshTokensParameters,
  type RefreshTokensReturnType,
} from '../core/actions/auth/refreshTokens.ts'
export {
  recoverEmail,
  type RecoverEmailParameters,
  type RecoverEmailReturnType,
} from '../core/actions/auth/recoverEmail.ts'
export {
  getSignInData,
  type GetSignInDataParameters,
  type GetSignInDataReturnType,
} from '../core/actions/auth/getSignInData.ts'
export type {
  EmailBackupFields,
  EmailProofBody,
  Eip7702ProofBody,
  KdfProofBody,
} from '../core/actions/auth/AuthProofBodies.ts'
// Response schemas (valibot)
export type { AuthSessionResponse } from '../core/schemas/authSessionResponseSchema.ts'
export type { Eip7702AuthResponse } from '../core/schemas/eip7702AuthResponseSchema.ts'
export type { KdfChallenge } from '../core/schemas/kdfChallengeSchema.ts'
export type { EmailChallenge } from '../core/schemas/emailChallengeSchema.ts'
export type { Eip7702Challenge } from '../core/schemas/eip7702ChallengeSchema.ts'
export type { EmailRecoverResponse } from '../core/schemas/emailRecoverResponseSchema.ts'
export type { SignInDataResponse } from '../core/schemas/signInDataResponseSchema.ts'
export type { PasskeySignUpChallenge } from '../core/schemas/passkeySignUpChallengeSchema.ts'
export type { PasskeySignInChallenge } from '../core/schemas/passkeySignInChallengeSchema.ts'

// PIN (KDF) and email: the checks an app can run on its own inputs; the signers load on demand.
export {
  validateKdfParams,
  KDF_PARAMS_BOUNDS,
  KDF_SALT_BOUNDS,
  type KdfParams,
} from '../core/kdf/validateKdfParams.ts'
export { validatePin, type PinPolicy } from '../core/kdf/validatePin.ts'
export { validateNewPin } from '../core/kdf/validateNewPin.ts'
export { isWeakPin } from '../core/kdf/isWeakPin.ts'
export { validatePassphrase, type PassphrasePolicy } from '../core/email/validatePassphrase.ts'
export { validateNewPassphrase } from '../core/email/validateNewPassphrase.ts'
export {
  passphraseStrength,
  type PassphraseHint,
  type PassphraseStrength,
} from '../core/email/passphraseStrength.ts'
export type { BackupKdf, EmailBackup } from '../core/email/decodeEmailBackup.ts'
// Sign-up / sign-in ceremonies (all modes) and the errors they add
export {
  signUp,
  type SignUpParameters,
  type SignUpReturnType,
  type CeremonyEnrichment,
  type CeremonyOptions,
  type CeremonyResult,
  type CeremonyStep,
  type Eip7702Signer,
} from '../core/actions/signUp.ts'
export {
  signIn,
  type SignInEnrichment,
  type SignInParameters,
  type SignInReturnType,
} from '../core/actions/signIn.ts'
export { IbexWalletError, type IbexWalletErrorCode } from '../core/errors/IbexWalletError.ts'
export { IbexPinThrottledError } from '../core/errors/IbexPinThrottledError.ts'
// Passkey (WebAuthn) helpers
export {
  createPasskeyCredential,
  type CreatePasskeyCredentialReturnType,
} from '../core/webauthn/createPasskeyCredential.ts'
export {
  getPasskeyAssertion,
  type GetPasskeyAssertionParameters,
} from '../core/webauthn/getPasskeyAssertion.ts'
export { cancelPasskeyCeremony } from '../core/webauthn/cancelPasskeyCeremony.ts'
export {
  getPasskeySupport,
  browserSupportsPasskeys,
  type PasskeySupport,
} from '../core/webauthn/getPasskeySupport.ts'
// Safe operations: the pipeline, its steps, and the HTTP actions
export {
  runOperation,
  type RunOperationParameters,
  type RunOperationReturnType,
} from '../core/operations/runOperation.ts'
export { runBatch, type RunBatchParameters } from '../core/operations/runBatch.ts'
export {
  trackOperation,
  type TrackOperationOptions,
  type TrackOperationResult,
} from '../core/operations/trackOperation.ts'
export {
  requestSigningCode,
  type RequestSigningCodeReturnType,
} from '../core/operations/requestSigningCode.ts'
export {
  defaultOperationLookups,
  type OperationLookups,
} from '../core/operations/OperationLookups.ts'
export { NATIVE_TOKEN_ADDRESS } from '../core/operations/nativeTokenAddress.ts'
export { parseAddressInput } from '../core/operations/parseAddressInput.ts'
export { parseAmountInput } from '../core/operations/parseAmountInput.ts'
export { toBaseUnits } from '../core/operations/toBaseUnits.ts'
export {
  IbexOperationError,
  type IbexOperationErrorCode,
} from '../core/operations/IbexOperationError.ts'
export type { OperationStage } from '../core/operations/OperationStage.ts'
export type { OperationRunOptions } from '../core/operations/OperationRunOptions.ts'
export type { OperationRunInputs } from '../core/operations/OperationRunInputs.ts'
export type { OperationTrackingOptions } from '../core/operations/OperationTrackingOptions.ts'
export type {
  OperationSignerInput,
  OperationWalletSigner,
} from '../core/operations/OperationSignerInput.ts'
export type {
  AaveSupplyInput,
  AaveWithdrawInput,
  HyperliquidDepositInput,
  HyperliquidVaultInput,
  HyperliquidWithdrawInput,
  MorphoDepositInput,
  MorphoWithdrawInput,
  OperationInput,
  OperationKind,
  SwapInput,
  TransferInput,
} from '../core/operations/OperationInput.ts'
export type {
  BatchResult,
  OperationOutcome,
  OperationResult,
} from '../core/operations/OperationResult.ts'
export type {
  HyperliquidSummary,
  OperationSummary,
  OperationSummaryOf,
  SwapSummary,
  TransferSummary,
  VaultSummary,
} from '../core/operations/OperationSummary.ts'
export type {
  AaveOperation,
  HyperliquidAction,
  HyperliquidOperation,
  MorphoOperation,
  OperationItem,
  OtherOperation,
  SwapFromQuoteOperation,
  TransferTokenOperation,
} from '../core/operations/OperationItem.ts'
export type { OperationSignature } from '../core/operations/OperationSignature.ts'
export {
  prepareOperations,
  type PrepareOperationsReturnType,
} from '../core/actions/operations/prepareOperations.ts'
export type { PrepareOperationsParameters } from '../core/actions/operations/PrepareOperationsParameters.ts'
export {
  prepareBatch,
  type PrepareBatchParameters,
  type PrepareBatchReturnType,
} from '../core/actions/operations/prepareBatch.ts'
export {
  executeOperations,
  type ExecuteOperationsParameters,
  type ExecuteOperationsReturnType,
} from '../core/actions/operations/executeOperations.ts'
export {
  executeBatch,
  type ExecuteBatchParameters,
  type ExecuteBatchReturnType,
} from '../core/actions/operations/executeBatch.ts'
export {
  getOperationStatus,
  type GetOperationStatusParameters,
  type GetOperationStatusReturnType,
} from '../core/actions/operations/getOperationStatus.ts'
export {
  getBatchStatus,
  type GetBatchStatusParameters,
  type GetBatchStatusReturnType,
} from '../core/actions/operations/getBatchStatus.ts'
export type { BatchStatus } from '../core/schemas/batchStatusSchema.ts'
export {
  getSwapQuote,
  type GetSwapQuoteParameters,
  type GetSwapQuoteReturnType,
  type SwapProvider,
} from '../core/actions/operations/getSwapQuote.ts'
export type { OperationIntent } from '../core/schemas/operationIntentSchema.ts'
export type { OperationExecution } from '../core/schemas/operationExecutionSchema.ts'
export type { OperationState, OperationStatus } from '../core/schemas/operationStatusSchema.ts'
export type { SwapQuote } from '../core/schemas/swapQuoteSchema.ts'

// Wallet data reads: actions, parsers of every documented shape, cached data types
export {
  getBalances,
  type GetBalancesParameters,
  type GetBalancesReturnType,
} from '../core/actions/data/getBalances.ts'
export {
  getTransactions,
  type GetTransactionsParameters,
  type GetTransactionsReturnType,
  type TransactionFilters,
} from '../core/actions/data/getTransactions.ts'
export {
  getAddresses,
  type GetAddressesParameters,
  type GetAddressesReturnType,
} from '../core/actions/data/getAddresses.ts'
export {
  getTokens,
  type GetTokensParameters,
  type GetTokensReturnType,
} from '../core/actions/data/getTokens.ts'
export { getChains, type GetChainsReturnType } from '../core/actions/data/getChains.ts'
export {
  getVaults,
  type GetVaultsParameters,
  type GetVaultsReturnType,
} from '../core/actions/data/getVaults.ts'
export {
  getPositions,
  type GetPositionsParameters,
  type GetPositionsReturnType,
} from '../core/actions/data/getPositions.ts'
export { getUserData, type GetUserDataReturnType } from '../core/actions/data/getUserData.ts'
export {
  updateUserData,
  type UpdateUserDataParameters,
  type UpdateUserDataReturnType,
} from '../core/actions/data/updateUserData.ts'
export {
  getOperations,
  type GetOperationsParameters,
  type GetOperationsReturnType,
} from '../core/actions/data/getOperations.ts'
export { parseBalances, type ParseBalancesOptions } from '../core/parse/parseBalances.ts'
export {
  parseTransactionsPage,
  type ParseTransactionsPageOptions,
} from '../core/parse/parseTransactionsPage.ts'
export { parseAddresses } from '../core/parse/parseAddresses.ts'
export { parseTokens } from '../core/parse/parseTokens.ts'
export { parseChains } from '../core/parse/parseChains.ts'
export { parseVaults } from '../core/parse/parseVaults.ts'
export { parseLendingPositions } from '../core/parse/parseLendingPositions.ts'
export { parsePoolPositions } from '../core/parse/parsePoolPositions.ts'
export { parseUserData } from '../core/parse/parseUserData.ts'
export { parseOperationsHistory } from '../core/parse/parseOperationsHistory.ts'
export { parseResponse } from '../core/parse/parseResponse.ts'
export { flattenBalances, type IbexBalanceRow } from '../core/parse/flattenBalances.ts'
export { chainHasModule } from '../core/parse/chainHasModule.ts'
export type {
  IbexBalances,
  IbexBalanceTotals,
  IbexFiatValue,
  IbexTokenBalance,
  IbexWalletBalances,
} from '../core/parse/IbexBalances.ts'
export type {
  IbexTransaction,
  IbexTransactionsChainPage,
  IbexTransactionsPage,
} from '../core/parse/IbexTransactions.ts'
export type { IbexAddresses, IbexSafeModule, IbexSafeWallet } from '../core/parse/IbexAddresses.ts'
export type { IbexToken } from '../core/parse/IbexToken.ts'
export type { IbexChain, IbexChainModule } from '../core/parse/IbexChain.ts'
export type { IbexContact, IbexContactIban } from '../core/parse/IbexContact.ts'
export {
  getAddressBook,
  type GetAddressBookReturnType,
} from '../core/actions/addressBook/getAddressBook.ts'
export {
  createContact,
  type CreateContactParameters,
  type CreateContactReturnType,
} from '../core/actions/addressBook/createContact.ts'
export {
  updateContact,
  type UpdateContactParameters,
  type UpdateContactReturnType,
} from '../core/actions/addressBook/updateContact.ts'
export {
  deleteContact,
  type DeleteContactParameters,
} from '../core/actions/addressBook/deleteContact.ts'
export {
  addContactCrypto,
  type AddContactCryptoParameters,
} from '../core/actions/addressBook/addContactCrypto.ts'
export {
  removeContactCrypto,
  type RemoveContactCryptoParameters,
} from '../core/actions/addressBook/removeContactCrypto.ts'
export {
  removeContactIban,
  type RemoveContactIbanParameters,
} from '../core/actions/addressBook/removeContactIban.ts'
export { getSigners, type GetSignersReturnType } from '../core/actions/data/getSigners.ts'
export { getUserChains, type GetUserChainsReturnType } from '../core/actions/data/getUserChains.ts'
export type { IbexSigner, IbexSignerType } from '../core/parse/IbexSigner.ts'
export type {
  IbexUserChain,
  IbexUserChains,
  IbexUserModuleState,
} from '../core/parse/IbexUserChains.ts'
export type { IbexDefiProvider, IbexVault } from '../core/parse/IbexVault.ts'
export type { IbexPosition, IbexPositions } from '../core/parse/IbexPositions.ts'
export type { IbexUserData, IbexUserDataError } from '../core/parse/IbexUserData.ts'
export type { IbexOperationRecord } from '../core/parse/IbexOperationRecord.ts'
export type { IbexJsonValue } from '../core/schemas/jsonValueSchema.ts'

// Live updates (realtime WebSocket)
export { createRealtimeClient } from '../core/realtime/createRealtimeClient.ts'
export {
  IbexRealtimeError,
  type IbexRealtimeErrorCode,
} from '../core/realtime/IbexRealtimeError.ts'
export type {
  CreateRealtimeClientOptions,
  IbexRealtimeClient,
  IbexRealtimeRequest,
  IbexRealtimeResponseMap,
  IbexRealtimeSnapshot,
  IbexRealtimeStatus,
} from '../core/realtime/IbexRealtimeClient.ts'
export type {
  IbexRealtimeEvent,
  IbexRealtimeEventMap,
  IbexRealtimeEventType,
} from '../core/realtime/IbexRealtimeEvent.ts'
export type {
  RealtimeWebSocket,
  RealtimeWebSocketConstructor,
} from '../core/realtime/RealtimeWebSocket.ts'
export type { RealtimeBackoff } from '../core/realtime/reconnectDelay.ts'

// Recovery, KYC and verification, more wallets, cross-chain routes
export type {
  CancelRecoveryInput,
  EnableRecoveryInput,
  RouteInput,
} from '../core/operations/OperationInput.ts'
export type { RecoverySummary, RouteSummary } from '../core/operations/OperationSummary.ts'
export {
  getRecoveryStatus,
  type GetRecoveryStatusParameters,
  type GetRecoveryStatusReturnType,
} from '../core/actions/recovery/getRecoveryStatus.ts'
export type { IbexRecoveryOperation, IbexRecoveryStatus } from '../core/parse/IbexRecoveryStatus.ts'
export {
  getKycStatus,
  type GetKycStatusReturnType,
} from '../core/actions/verification/getKycStatus.ts'
export type { IbexKycStatus } from '../core/parse/IbexKycStatus.ts'
export {
  requestEmailVerification,
  type RequestEmailVerificationParameters,
  type RequestEmailVerificationReturnType,
} from '../core/actions/verification/requestEmailVerification.ts'
export {
  confirmEmailVerification,
  type ConfirmEmailVerificationParameters,
  type ConfirmEmailVerificationReturnType,
} from '../core/actions/verification/confirmEmailVerification.ts'
export {
  requestPhoneVerification,
  type RequestPhoneVerificationParameters,
  type RequestPhoneVerificationReturnType,
} from '../core/actions/verification/requestPhoneVerification.ts'
export {
  confirmPhoneVerification,
  type ConfirmPhoneVerificationParameters,
  type ConfirmPhoneVerificationReturnType,
} from '../core/actions/verification/confirmPhoneVerification.ts'
export {
  assertPhoneNumber,
  type PhonePolicy,
} from '../core/actions/verification/assertPhoneNumber.ts'
export type {
  IbexVerificationCodeSent,
  IbexVerificationConfirmed,
} from '../core/parse/IbexVerificationCodeSent.ts'
export {
  addGlobalWallets,
  type AddGlobalWalletsParameters,
  type AddGlobalWalletsReturnType,
} from '../core/actions/wallets/addGlobalWallets.ts'
export {
  addSafeWallets,
  type AddSafeWalletsParameters,
  type AddSafeWalletsReturnType,
} from '../core/actions/wallets/addSafeWallets.ts'
export {
  provisionSafe,
  type ProvisionSafeParameters,
  type ProvisionSafeReturnType,
} from '../core/actions/wallets/provisionSafe.ts'
export type { DerivedWalletsResult } from '../core/actions/wallets/DerivedWalletsResult.ts'
export type { DerivedWalletRequest } from '../core/actions/wallets/assertWalletRequests.ts'
export type { IbexDerivedWallet } from '../core/parse/IbexDerivedWallet.ts'
export type { IbexProvisionedSafe } from '../core/parse/IbexProvisionedSafe.ts'
export {
  getRouteCapabilities,
  type GetRouteCapabilitiesParameters,
  type GetRouteCapabilitiesReturnType,
} from '../core/actions/routes/getRouteCapabilities.ts'
export {
  getRouteQuote,
  type GetRouteQuoteParameters,
  type GetRouteQuoteReturnType,
} from '../core/actions/routes/getRouteQuote.ts'
export {
  getRouteStatus,
  type GetRouteStatusParameters,
  type GetRouteStatusReturnType,
} from '../core/actions/routes/getRouteStatus.ts'
export type {
  IbexRouteCandidate,
  IbexRouteMode,
  IbexRouteQuote,
} from '../core/parse/IbexRouteQuote.ts'
export type { IbexRouteCapabilities } from '../core/parse/IbexRouteCapabilities.ts'
export type { IbexRouteStage, IbexRouteStatus } from '../core/parse/IbexRouteStatus.ts'
// Safe message signing (SIGN_MESSAGE, ERC-1271)
export type { SignMessageInput } from '../core/operations/OperationInput.ts'
export type { SignMessageSummary } from '../core/operations/OperationSummary.ts'
export {
  signSafeMessage,
  type SignSafeMessageParameters,
  type SignSafeMessageReturnType,
} from '../core/operations/signSafeMessage.ts'
export {
  verifySafeMessage,
  type VerifySafeMessageParameters,
} from '../core/operations/verifySafeMessage.ts'
// SEPA / IBAN
export type { IbexIban } from '../core/parse/IbexIban.ts'
export type { IbexIbanLink } from '../core/schemas/userIbansResponseSchema.ts'
export type {
  IbexSepaTransaction,
  IbexSepaTransactionsPage,
} from '../core/parse/IbexSepaTransaction.ts'
export type { IbexMandate, IbexMandateTrigger } from '../core/parse/IbexMandate.ts'
export type { SepaPaymentResult } from '../core/schemas/sepaPaymentResultSchema.ts'
export { getIbans, type GetIbansReturnType } from '../core/actions/sepa/getIbans.ts'
export { getUserIbans, type GetUserIbansReturnType } from '../core/actions/sepa/getUserIbans.ts'
export {
  addIban,
  type AddIbanParameters,
  type AddIbanReturnType,
} from '../core/actions/sepa/addIban.ts'
export {
  modifyIban,
  type ModifyIbanParameters,
  type ModifyIbanReturnType,
} from '../core/actions/sepa/modifyIban.ts'
export {
  sendSepaPayment,
  type SendSepaPaymentParameters,
  type SendSepaPaymentReturnType,
} from '../core/actions/sepa/sendSepaPayment.ts'
export {
  getSepaTransactions,
  type GetSepaTransactionsReturnType,
  type SepaTransactionFilters,
} from '../core/actions/sepa/getSepaTransactions.ts'
export {
  getSepaTransaction,
  type GetSepaTransactionReturnType,
} from '../core/actions/sepa/getSepaTransaction.ts'
export {
  createMandate,
  type CreateMandateParameters,
  type CreateMandateReturnType,
} from '../core/actions/sepa/createMandate.ts'
export { getMandates, type GetMandatesReturnType } from '../core/actions/sepa/getMandates.ts'
export { getMandate } from '../core/actions/sepa/getMandate.ts'
export {
  updateMandateStatus,
  type UpdateMandateStatusParameters,
} from '../core/actions/sepa/updateMandateStatus.ts'
export { cancelMandate } from '../core/actions/sepa/cancelMandate.ts'
export { getHealth, type GetHealthReturnType } from '../core/actions/health/getHealth.ts'
export {
  startKycSession,
  type StartKycSessionParameters,
  type StartKycSessionReturnType,
} from '../core/actions/verification/startKycSession.ts'
export {
  startKybEnrollment,
  type StartKybEnrollmentParameters,
  type StartKybEnrollmentReturnType,
} from '../core/actions/verification/startKybEnrollment.ts'
export {
  updateAutomationConfig,
  type AutomationConfig,
  type AutomationFrequency,
  type AutomationMode,
  type AutomationPeriodCap,
  type UpdateAutomationConfigParameters,
  type UpdateAutomationConfigReturnType,
} from '../core/actions/automation/updateAutomationConfig.ts'
export {
  getWalletChallenge,
  type GetWalletChallengeParameters,
  type GetWalletChallengeReturnType,
} from '../core/actions/auth/getWalletChallenge.ts'
export {
  submitWalletSignIn,
  type SubmitWalletSignInParameters,
  type SubmitWalletSignInReturnType,
} from '../core/actions/auth/submitWalletSignIn.ts'
