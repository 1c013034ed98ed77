// Public API of `ibex-react`: the provider and hooks. Named re-exports only.
export { IbexError } from '../core/errors/IbexError.ts'
export { IbexSessionError, type IbexSessionErrorCode } from '../core/errors/IbexSessionError.ts'
export { IbexWebAuthnError, type IbexWebAuthnErrorCode } from '../core/errors/IbexWebAuthnError.ts'
export {
  IbexValidationError,
  type IbexValidationErrorCode,
} from '../core/errors/IbexValidationError.ts'
export { IbexHttpError, type IbexHttpErrorCode } from '../core/errors/IbexHttpError.ts'
export { IbexNetworkError, type IbexNetworkErrorCode } from '../core/errors/IbexNetworkError.ts'
export { IbexResponseError } from '../core/errors/IbexResponseError.ts'
export { IbexWalletError, type IbexWalletErrorCode } from '../core/errors/IbexWalletError.ts'
export { IbexPinThrottledError } from '../core/errors/IbexPinThrottledError.ts'
export { IbexRefusalError, type IbexRefusalErrorCode } from '../core/errors/IbexRefusalError.ts'
export type { IbexRequestErrorType } from '../core/errors/IbexRequestErrorType.ts'
export type { IbexQueryErrorType } from '../core/errors/IbexQueryErrorType.ts'
export type { IbexCeremonyErrorType } from '../core/errors/IbexCeremonyErrorType.ts'
export type { IbexOperationErrorType } from '../core/operations/IbexOperationErrorType.ts'
export type { CeremonyMutationStep } from '../react/internal/ceremonyMutationKind.ts'
export type { OperationMutationStage } from '../react/internal/operationMutationKind.ts'
// Provider and context
export { IbexProvider, type IbexProviderProps } from '../react/IbexProvider.tsx'
export { useIbexClient } from '../react/hooks/useIbexClient.ts'
export { useIbexQueryClient } from '../react/hooks/useIbexQueryClient.ts'
export { useIbexLocale } from '../react/hooks/useIbexLocale.ts'
// Session and auth hooks
export { useSession, type UseSessionReturnType } from '../react/hooks/useSession.ts'
export { useLastUser, type UseLastUserReturnType } from '../react/hooks/useLastUser.ts'
export {
  useSignOut,
  type UseSignOutParameters,
  type UseSignOutReturnType,
} from '../react/hooks/useSignOut.ts'
export {
  useSignUp,
  type UseSignUpParameters,
  type UseSignUpReturnType,
} from '../react/hooks/useSignUp.ts'
export {
  useSignIn,
  type UseSignInParameters,
  type UseSignInReturnType,
} from '../react/hooks/useSignIn.ts'
export {
  useConditionalSignIn,
  type UseConditionalSignInParameters,
  type UseConditionalSignInReturnType,
} from '../react/hooks/useConditionalSignIn.ts'
export { useRetryCountdown } from '../react/hooks/useRetryCountdown.ts'
export {
  usePasskeySupport,
  type UsePasskeySupportReturnType,
} from '../react/hooks/usePasskeySupport.ts'
export { type PasskeySupport } from '../core/webauthn/getPasskeySupport.ts'
export { usePreloadPasskeyCeremonies } from '../react/hooks/usePreloadPasskeyCeremonies.ts'
export type { SignInEnrichment } from '../core/actions/signIn.ts'
export type { CeremonyResult, CeremonyStep } from '../core/actions/signUp.ts'
export type { IbexSessionSnapshot, IbexSessionStatus } from '../core/session/IbexSessionSnapshot.ts'
export type { IbexSessionUser } from '../core/session/IbexSessionRecord.ts'
export type { IbexInitialState, IbexProxySession } from '../core/session/IbexInitialState.ts'
// Query keys and options factories (TanStack, no React)
export {
  ibexQueryKeys,
  type IbexQueryKeyParams,
  type IbexUserQueryKey,
  type IbexUserResource,
} from '../query/ibexQueryKeys.ts'
export { ibexQueryDefaults } from '../query/ibexQueryDefaults.ts'
export { balancesQueryKey } from '../query/balancesQueryKey.ts'
export { transactionsQueryKey } from '../query/transactionsQueryKey.ts'
export { addressesQueryKey } from '../query/addressesQueryKey.ts'
export { tokensQueryKey } from '../query/tokensQueryKey.ts'
export { chainsQueryKey } from '../query/chainsQueryKey.ts'
export { vaultsQueryKey } from '../query/vaultsQueryKey.ts'
export { positionsQueryKey } from '../query/positionsQueryKey.ts'
export { userDataQueryKey } from '../query/userDataQueryKey.ts'
export { operationsQueryKey } from '../query/operationsQueryKey.ts'
export { seedSignInData } from '../query/seedSignInData.ts'
export { clearQueriesOnSessionEnd } from '../query/clearQueriesOnSessionEnd.ts'
export {
  signInMutationOptions,
  type SignInMutationOptionsParameters,
  type SignInVariables,
} from '../query/signInMutationOptions.ts'
export {
  signUpMutationOptions,
  type SignUpMutationOptionsParameters,
  type SignUpVariables,
} from '../query/signUpMutationOptions.ts'
export {
  signOutMutationOptions,
  type SignOutMutationOptionsParameters,
} from '../query/signOutMutationOptions.ts'
export { passkeySupportQueryOptions } from '../query/passkeySupportQueryOptions.ts'
export type { IbexMutationOverrides } from '../query/ibexMutationOptions.ts'
// Operations: hooks, their query factories, and the types they return
export {
  IbexOperationError,
  type IbexOperationErrorCode,
} from '../core/operations/IbexOperationError.ts'
export type { OperationStage } from '../core/operations/OperationStage.ts'
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
export type { OperationInput, OperationKind } from '../core/operations/OperationInput.ts'
export type {
  OperationSignerInput,
  OperationWalletSigner,
} from '../core/operations/OperationSignerInput.ts'
export type { OperationTrackingOptions } from '../core/operations/OperationTrackingOptions.ts'
export type { SwapQuote } from '../core/schemas/swapQuoteSchema.ts'
export type { OperationState, OperationStatus } from '../core/schemas/operationStatusSchema.ts'
export {
  useTransfer,
  type TransferData,
  type TransferVariables,
  type UseTransferParameters,
  type UseTransferReturnType,
} from '../react/hooks/useTransfer.ts'
export {
  useSwapQuote,
  type UseSwapQuoteParameters,
  type UseSwapQuoteReturnType,
} from '../react/hooks/useSwapQuote.ts'
export {
  useSwap,
  type SwapData,
  type SwapVariables,
  type UseSwapParameters,
  type UseSwapReturnType,
} from '../react/hooks/useSwap.ts'
export {
  useAaveSupply,
  type AaveSupplyData,
  type AaveSupplyVariables,
  type UseAaveSupplyParameters,
  type UseAaveSupplyReturnType,
} from '../react/hooks/useAaveSupply.ts'
export {
  useAaveWithdraw,
  type AaveWithdrawData,
  type AaveWithdrawVariables,
  type UseAaveWithdrawParameters,
  type UseAaveWithdrawReturnType,
} from '../react/hooks/useAaveWithdraw.ts'
export {
  useMorphoDeposit,
  type MorphoDepositData,
  type MorphoDepositVariables,
  type UseMorphoDepositParameters,
  type UseMorphoDepositReturnType,
} from '../react/hooks/useMorphoDeposit.ts'
export {
  useMorphoWithdraw,
  type MorphoWithdrawData,
  type MorphoWithdrawVariables,
  type UseMorphoWithdrawParameters,
  type UseMorphoWithdrawReturnType,
} from '../react/hooks/useMorphoWithdraw.ts'
export {
  useHyperliquidDeposit,
  type HyperliquidDepositData,
  type HyperliquidDepositVariables,
  type UseHyperliquidDepositParameters,
  type UseHyperliquidDepositReturnType,
} from '../react/hooks/useHyperliquidDeposit.ts'
export {
  useHyperliquidVault,
  type HyperliquidVaultData,
  type HyperliquidVaultVariables,
  type UseHyperliquidVaultParameters,
  type UseHyperliquidVaultReturnType,
} from '../react/hooks/useHyperliquidVault.ts'
export {
  useHyperliquidWithdraw,
  type HyperliquidWithdrawData,
  type HyperliquidWithdrawVariables,
  type UseHyperliquidWithdrawParameters,
  type UseHyperliquidWithdrawReturnType,
} from '../react/hooks/useHyperliquidWithdraw.ts'
export {
  useBatch,
  type UseBatchParameters,
  type UseBatchReturnType,
} from '../react/hooks/useBatch.ts'
export {
  useOperationStatus,
  type UseOperationStatusParameters,
  type UseOperationStatusReturnType,
} from '../react/hooks/useOperationStatus.ts'
export {
  useBatchStatus,
  type UseBatchStatusParameters,
  type UseBatchStatusReturnType,
} from '../react/hooks/useBatchStatus.ts'
export type { BatchStatus } from '../core/schemas/batchStatusSchema.ts'
export {
  useRequestSigningCode,
  type UseRequestSigningCodeParameters,
  type UseRequestSigningCodeReturnType,
} from '../react/hooks/useRequestSigningCode.ts'
export {
  operationMutationOptions,
  type OperationMutationData,
} from '../query/operationMutationOptions.ts'
export { batchMutationOptions } from '../query/batchMutationOptions.ts'
export type { OperationMutationOptionsParameters } from '../query/OperationMutationOptionsParameters.ts'
export type { BatchVariables, OperationVariables } from '../query/OperationVariables.ts'
export {
  swapQuoteQueryOptions,
  type SwapQuoteQueryOptionsParameters,
} from '../query/swapQuoteQueryOptions.ts'
export { swapQuoteQueryKey, type SwapQuoteQueryKey } from '../query/swapQuoteQueryKey.ts'
export {
  operationStatusQueryOptions,
  type OperationStatusQueryKey,
  type OperationStatusQueryOptionsParameters,
} from '../query/operationStatusQueryOptions.ts'
export {
  batchStatusQueryOptions,
  type BatchStatusQueryKey,
  type BatchStatusQueryOptionsParameters,
} from '../query/batchStatusQueryOptions.ts'
export { requestSigningCodeMutationOptions } from '../query/requestSigningCodeMutationOptions.ts'
export { invalidateAfterOperation } from '../query/invalidateAfterOperation.ts'
// Wallet data: hooks, query options factories and the cached data types
export {
  useBalances,
  type UseBalancesParameters,
  type UseBalancesReturnType,
} from '../react/hooks/useBalances.ts'
export {
  useTransactions,
  type UseTransactionsParameters,
  type UseTransactionsReturnType,
} from '../react/hooks/useTransactions.ts'
export {
  useAddresses,
  type UseAddressesParameters,
  type UseAddressesReturnType,
} from '../react/hooks/useAddresses.ts'
export {
  useTokens,
  type UseTokensParameters,
  type UseTokensReturnType,
} from '../react/hooks/useTokens.ts'
export {
  useChains,
  type UseChainsParameters,
  type UseChainsReturnType,
} from '../react/hooks/useChains.ts'
export {
  useChainModule,
  type UseChainModuleParameters,
  type UseChainModuleReturnType,
} from '../react/hooks/useChainModule.ts'
export {
  useVaults,
  type UseVaultsParameters,
  type UseVaultsReturnType,
} from '../react/hooks/useVaults.ts'
export {
  usePositions,
  type UsePositionsParameters,
  type UsePositionsReturnType,
} from '../react/hooks/usePositions.ts'
export {
  useUserData,
  type UseUserDataParameters,
  type UseUserDataReturnType,
} from '../react/hooks/useUserData.ts'
export {
  useUpdateUserData,
  type UseUpdateUserDataParameters,
  type UseUpdateUserDataReturnType,
} from '../react/hooks/useUpdateUserData.ts'
export {
  useOperations,
  type UseOperationsParameters,
  type UseOperationsReturnType,
} from '../react/hooks/useOperations.ts'
export type { IbexDataQueryResult } from '../react/internal/useIbexDataQuery.ts'
export {
  balancesQueryOptions,
  type BalancesQueryOptionsParameters,
} from '../query/balancesQueryOptions.ts'
export {
  transactionsInfiniteQueryOptions,
  type IbexTransactionsData,
  type IbexTransactionsQueryKey,
  type IbexTransactionsQueryOverrides,
  type TransactionsInfiniteQueryOptions,
  type TransactionsInfiniteQueryOptionsParameters,
} from '../query/transactionsInfiniteQueryOptions.ts'
export {
  addressesQueryOptions,
  type AddressesQueryOptionsParameters,
} from '../query/addressesQueryOptions.ts'
export {
  tokensQueryOptions,
  type TokensQueryOptionsParameters,
} from '../query/tokensQueryOptions.ts'
export {
  chainsQueryOptions,
  type ChainsQueryOptionsParameters,
} from '../query/chainsQueryOptions.ts'
export {
  vaultsQueryOptions,
  type VaultsQueryOptionsParameters,
} from '../query/vaultsQueryOptions.ts'
export {
  positionsQueryOptions,
  type PositionsQueryOptionsParameters,
} from '../query/positionsQueryOptions.ts'
export {
  userDataQueryOptions,
  type UserDataQueryOptionsParameters,
} from '../query/userDataQueryOptions.ts'
export {
  updateUserDataMutationOptions,
  type UpdateUserDataMutationOptionsParameters,
} from '../query/updateUserDataMutationOptions.ts'
export {
  operationsQueryOptions,
  type OperationsQueryOptionsParameters,
} from '../query/operationsQueryOptions.ts'
export { type IbexDataResource } from '../query/ibexQueryPolicies.ts'
export type { IbexQueryOptions, IbexQueryOverrides } from '../query/ibexUserQueryOptions.ts'
export type { IbexDataQueryKey } from '../query/userQueryFrame.ts'
export { flattenBalances, type IbexBalanceRow } from '../core/parse/flattenBalances.ts'
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
export type { CreateContactParameters } from '../core/actions/addressBook/createContact.ts'
export type { UpdateContactParameters } from '../core/actions/addressBook/updateContact.ts'
export {
  useAddressBook,
  type UseAddressBookParameters,
  type UseAddressBookReturnType,
} from '../react/hooks/useAddressBook.ts'
export {
  useCreateContact,
  type UseCreateContactParameters,
  type UseCreateContactReturnType,
} from '../react/hooks/useCreateContact.ts'
export {
  useUpdateContact,
  type UseUpdateContactParameters,
  type UseUpdateContactReturnType,
} from '../react/hooks/useUpdateContact.ts'
export {
  useDeleteContact,
  type UseDeleteContactParameters,
  type UseDeleteContactReturnType,
} from '../react/hooks/useDeleteContact.ts'
export {
  useAddContactCrypto,
  type UseAddContactCryptoParameters,
  type UseAddContactCryptoReturnType,
} from '../react/hooks/useAddContactCrypto.ts'
export {
  useRemoveContactCrypto,
  type UseRemoveContactCryptoParameters,
  type UseRemoveContactCryptoReturnType,
} from '../react/hooks/useRemoveContactCrypto.ts'
export {
  useRemoveContactIban,
  type UseRemoveContactIbanParameters,
  type UseRemoveContactIbanReturnType,
} from '../react/hooks/useRemoveContactIban.ts'
export {
  addressBookQueryOptions,
  type AddressBookQueryOptionsParameters,
} from '../query/addressBookQueryOptions.ts'
export type { IbexSigner, IbexSignerType } from '../core/parse/IbexSigner.ts'
export type {
  IbexUserChain,
  IbexUserChains,
  IbexUserModuleState,
} from '../core/parse/IbexUserChains.ts'
export {
  useSigners,
  type UseSignersParameters,
  type UseSignersReturnType,
} from '../react/hooks/useSigners.ts'
export {
  useUserChains,
  type UseUserChainsParameters,
  type UseUserChainsReturnType,
} from '../react/hooks/useUserChains.ts'
export {
  signersQueryOptions,
  type SignersQueryOptionsParameters,
} from '../query/signersQueryOptions.ts'
export {
  userChainsQueryOptions,
  type UserChainsQueryOptionsParameters,
} from '../query/userChainsQueryOptions.ts'
export type { IbexDefiProvider, IbexVault } from '../core/parse/IbexVault.ts'
export type { IbexPosition, IbexPositions } from '../core/parse/IbexPositions.ts'
export type { IbexUserData, IbexUserDataError } from '../core/parse/IbexUserData.ts'
export type { IbexOperationRecord } from '../core/parse/IbexOperationRecord.ts'
export type { IbexJsonValue } from '../core/schemas/jsonValueSchema.ts'
export type {
  UpdateUserDataParameters,
  UpdateUserDataReturnType,
} from '../core/actions/data/updateUserData.ts'
export type { TransactionFilters } from '../core/actions/data/getTransactions.ts'
// Live updates (realtime WebSocket)
export {
  useRealtimeStatus,
  type UseRealtimeStatusReturnType,
} from '../react/hooks/useRealtimeStatus.ts'
export { useIbexEvents } from '../react/hooks/useIbexEvents.ts'
export { useIbexRealtime } from '../react/hooks/useIbexRealtime.ts'
export {
  IbexRealtimeError,
  type IbexRealtimeErrorCode,
} from '../core/realtime/IbexRealtimeError.ts'
export type {
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
// Recovery, KYC and verification, more wallets, cross-chain routes
export type { IbexRecoveryOperation, IbexRecoveryStatus } from '../core/parse/IbexRecoveryStatus.ts'
export type { IbexKycStatus } from '../core/parse/IbexKycStatus.ts'
export type {
  IbexVerificationCodeSent,
  IbexVerificationConfirmed,
} from '../core/parse/IbexVerificationCodeSent.ts'
export type { IbexDerivedWallet } from '../core/parse/IbexDerivedWallet.ts'
export type { IbexProvisionedSafe } from '../core/parse/IbexProvisionedSafe.ts'
export type { DerivedWalletsResult } from '../core/actions/wallets/DerivedWalletsResult.ts'
export type { DerivedWalletRequest } from '../core/actions/wallets/assertWalletRequests.ts'
export type {
  IbexRouteCandidate,
  IbexRouteMode,
  IbexRouteQuote,
} from '../core/parse/IbexRouteQuote.ts'
export type { IbexRouteCapabilities } from '../core/parse/IbexRouteCapabilities.ts'
export type { IbexRouteStage, IbexRouteStatus } from '../core/parse/IbexRouteStatus.ts'
export type { RecoverySummary, RouteSummary } from '../core/operations/OperationSummary.ts'
export {
  useRecoveryStatus,
  type UseRecoveryStatusParameters,
  type UseRecoveryStatusReturnType,
} from '../react/hooks/useRecoveryStatus.ts'
export {
  useEnableRecovery,
  type EnableRecoveryData,
  type EnableRecoveryVariables,
  type UseEnableRecoveryParameters,
  type UseEnableRecoveryReturnType,
} from '../react/hooks/useEnableRecovery.ts'
export {
  useCancelRecovery,
  type CancelRecoveryData,
  type CancelRecoveryVariables,
  type UseCancelRecoveryParameters,
  type UseCancelRecoveryReturnType,
} from '../react/hooks/useCancelRecovery.ts'
export {
  recoveryStatusQueryOptions,
  type RecoveryStatusQueryOptionsParameters,
} from '../query/recoveryStatusQueryOptions.ts'
export { recoveryStatusQueryKey } from '../query/recoveryStatusQueryKey.ts'
export {
  useKycStatus,
  type UseKycStatusParameters,
  type UseKycStatusReturnType,
} from '../react/hooks/useKycStatus.ts'
export {
  kycStatusQueryOptions,
  type KycStatusQueryOptionsParameters,
} from '../query/kycStatusQueryOptions.ts'
export { kycStatusQueryKey } from '../query/kycStatusQueryKey.ts'
export {
  useVerifyEmail,
  type UseVerifyEmailParameters,
  type UseVerifyEmailReturnType,
} from '../react/hooks/useVerifyEmail.ts'
export {
  useVerifyPhone,
  type UseVerifyPhoneParameters,
  type UseVerifyPhoneReturnType,
} from '../react/hooks/useVerifyPhone.ts'
export { type VerificationData } from '../query/verificationMutationOptions.ts'
export {
  verifyEmailMutationOptions,
  type VerifyEmailVariables,
} from '../query/verifyEmailMutationOptions.ts'
export {
  verifyPhoneMutationOptions,
  type VerifyPhoneVariables,
} from '../query/verifyPhoneMutationOptions.ts'
export {
  useAddGlobalWallets,
  type UseAddGlobalWalletsParameters,
  type UseAddGlobalWalletsReturnType,
} from '../react/hooks/useAddGlobalWallets.ts'
export {
  useAddSafeWallets,
  type UseAddSafeWalletsParameters,
  type UseAddSafeWalletsReturnType,
} from '../react/hooks/useAddSafeWallets.ts'
export {
  useProvisionSafe,
  type UseProvisionSafeParameters,
  type UseProvisionSafeReturnType,
} from '../react/hooks/useProvisionSafe.ts'
export { walletMutationOptions } from '../query/walletMutationOptions.ts'
export {
  useRouteCapabilities,
  type UseRouteCapabilitiesParameters,
  type UseRouteCapabilitiesReturnType,
} from '../react/hooks/useRouteCapabilities.ts'
export {
  useRouteQuote,
  type UseRouteQuoteParameters,
  type UseRouteQuoteReturnType,
} from '../react/hooks/useRouteQuote.ts'
export {
  useRoute,
  type RouteData,
  type RouteVariables,
  type UseRouteParameters,
  type UseRouteReturnType,
} from '../react/hooks/useRoute.ts'
export {
  useRouteStatus,
  type UseRouteStatusParameters,
  type UseRouteStatusReturnType,
} from '../react/hooks/useRouteStatus.ts'
export {
  routeCapabilitiesQueryOptions,
  type RouteCapabilitiesQueryOptionsParameters,
} from '../query/routeCapabilitiesQueryOptions.ts'
export { routeCapabilitiesQueryKey } from '../query/routeCapabilitiesQueryKey.ts'
export {
  routeQuoteQueryOptions,
  type RouteQuoteQueryKey,
  type RouteQuoteQueryOptionsParameters,
} from '../query/routeQuoteQueryOptions.ts'
export {
  routeStatusQueryOptions,
  type RouteStatusQueryKey,
  type RouteStatusQueryOptionsParameters,
} from '../query/routeStatusQueryOptions.ts'
// Safe message signing (SIGN_MESSAGE, ERC-1271)
export {
  useSignMessage,
  type SignMessageData,
  type SignMessageVariables,
  type UseSignMessageParameters,
  type UseSignMessageReturnType,
} from '../react/hooks/useSignMessage.ts'
export type { SignMessageSummary } from '../core/operations/OperationSummary.ts'
export {
  verifySafeMessage,
  type VerifySafeMessageParameters,
} from '../core/operations/verifySafeMessage.ts'
// SEPA / IBAN
export type { IbexIban } from '../core/parse/IbexIban.ts'
export type {
  IbexSepaTransaction,
  IbexSepaTransactionsPage,
} from '../core/parse/IbexSepaTransaction.ts'
export type { IbexMandate, IbexMandateTrigger } from '../core/parse/IbexMandate.ts'
export type { SepaPaymentResult } from '../core/schemas/sepaPaymentResultSchema.ts'
export type { AddIbanParameters } from '../core/actions/sepa/addIban.ts'
export type { ModifyIbanParameters } from '../core/actions/sepa/modifyIban.ts'
export type { SendSepaPaymentParameters } from '../core/actions/sepa/sendSepaPayment.ts'
export type { SepaTransactionFilters } from '../core/actions/sepa/getSepaTransactions.ts'
export type { CreateMandateParameters } from '../core/actions/sepa/createMandate.ts'
export type { UpdateMandateStatusParameters } from '../core/actions/sepa/updateMandateStatus.ts'
export {
  useIbans,
  type UseIbansParameters,
  type UseIbansReturnType,
} from '../react/hooks/useIbans.ts'
export {
  useAddIban,
  type UseAddIbanParameters,
  type UseAddIbanReturnType,
} from '../react/hooks/useAddIban.ts'
export {
  useModifyIban,
  type UseModifyIbanParameters,
  type UseModifyIbanReturnType,
} from '../react/hooks/useModifyIban.ts'
export {
  useSepaPayment,
  type UseSepaPaymentParameters,
  type UseSepaPaymentReturnType,
} from '../react/hooks/useSepaPayment.ts'
export {
  useSepaTransactions,
  type UseSepaTransactionsParameters,
  type UseSepaTransactionsReturnType,
} from '../react/hooks/useSepaTransactions.ts'
export {
  useMandates,
  type UseMandatesParameters,
  type UseMandatesReturnType,
} from '../react/hooks/useMandates.ts'
export {
  useCreateMandate,
  type UseCreateMandateParameters,
  type UseCreateMandateReturnType,
} from '../react/hooks/useCreateMandate.ts'
export {
  useUpdateMandateStatus,
  type UseUpdateMandateStatusParameters,
  type UseUpdateMandateStatusReturnType,
} from '../react/hooks/useUpdateMandateStatus.ts'
export {
  useCancelMandate,
  type UseCancelMandateParameters,
  type UseCancelMandateReturnType,
} from '../react/hooks/useCancelMandate.ts'
export { ibansQueryOptions, type IbansQueryOptionsParameters } from '../query/ibansQueryOptions.ts'
export { ibansQueryKey } from '../query/ibansQueryKey.ts'
export {
  mandatesQueryOptions,
  type MandatesQueryOptionsParameters,
} from '../query/mandatesQueryOptions.ts'
export { mandatesQueryKey } from '../query/mandatesQueryKey.ts'
export {
  sepaTransactionsQueryOptions,
  type SepaTransactionsQueryOptionsParameters,
} from '../query/sepaTransactionsQueryOptions.ts'
export {
  useStartKycSession,
  type UseStartKycSessionParameters,
  type UseStartKycSessionReturnType,
} from '../react/hooks/useStartKycSession.ts'
export { kycSessionMutationOptions } from '../query/kycSessionMutationOptions.ts'
export type {
  StartKycSessionParameters,
  StartKycSessionReturnType,
} from '../core/actions/verification/startKycSession.ts'
export {
  useStartKybEnrollment,
  type UseStartKybEnrollmentParameters,
  type UseStartKybEnrollmentReturnType,
} from '../react/hooks/useStartKybEnrollment.ts'
export { kybEnrollmentMutationOptions } from '../query/kybEnrollmentMutationOptions.ts'
export type {
  StartKybEnrollmentParameters,
  StartKybEnrollmentReturnType,
} from '../core/actions/verification/startKybEnrollment.ts'
export {
  useUpdateAutomationConfig,
  type UseUpdateAutomationConfigParameters,
  type UseUpdateAutomationConfigReturnType,
} from '../react/hooks/useUpdateAutomationConfig.ts'
export { automationConfigMutationOptions } from '../query/automationConfigMutationOptions.ts'
export type {
  AutomationConfig,
  AutomationFrequency,
  AutomationMode,
  AutomationPeriodCap,
  UpdateAutomationConfigParameters,
  UpdateAutomationConfigReturnType,
} from '../core/actions/automation/updateAutomationConfig.ts'
