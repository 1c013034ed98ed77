// Public API of `ibex-react/core`: the framework-free client. Named re-exports only.
export { IbexError, type IbexErrorParameters } from '../core/errors/IbexError.ts'
export { IbexHttpError, type IbexHttpErrorCode } from '../core/errors/IbexHttpError.ts'
export { IbexNetworkError, type IbexNetworkErrorCode } from '../core/errors/IbexNetworkError.ts'
export { IbexResponseError } from '../core/errors/IbexResponseError.ts'
export { IbexSessionError, type IbexSessionErrorCode } from '../core/errors/IbexSessionError.ts'
export {
  IbexValidationError,
  type IbexValidationErrorCode,
} from '../core/errors/IbexValidationError.ts'
export { IbexWebAuthnError, type IbexWebAuthnErrorCode } from '../core/errors/IbexWebAuthnError.ts'
export { canonicalJson, type CanonicalJsonValue } from '../core/protocol/canonicalJson.ts'
export { kdfProofMessage, type KdfProofFields } from '../core/protocol/kdfProofMessage.ts'
export { emailProofMessage, type EmailProofFields } from '../core/protocol/emailProofMessage.ts'
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
  sessionFromAuthResponse,
  type IbexAuthResponse,
  type IbexWalletMode,
} from '../core/session/sessionFromAuthResponse.ts'
export { decodeJwtClaims, type IbexJwtClaims } from '../core/session/decodeJwtClaims.ts'
export { maskEmail } from '../core/session/maskEmail.ts'
export type { IbexSessionRecord, IbexSessionUser } from '../core/schemas/sessionRecordSchema.ts'
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
export {
  authSessionResponseSchema,
  type AuthSessionResponse,
} from '../core/schemas/authSessionResponseSchema.ts'
export {
  eip7702AuthResponseSchema,
  type Eip7702AuthResponse,
} from '../core/schemas/eip7702AuthResponseSchema.ts'
export { kdfChallengeSchema, type KdfChallenge } from '../core/schemas/kdfChallengeSchema.ts'
export { emailChallengeSchema, type EmailChallenge } from '../core/schemas/emailChallengeSchema.ts'
export {
  eip7702ChallengeSchema,
  type Eip7702Challenge,
} from '../core/schemas/eip7702ChallengeSchema.ts'
export {
  emailRecoverResponseSchema,
  type EmailRecoverResponse,
} from '../core/schemas/emailRecoverResponseSchema.ts'
export {
  signInDataResponseSchema,
  type SignInDataResponse,
} from '../core/schemas/signInDataResponseSchema.ts'
export {
  passkeySignUpChallengeSchema,
  type PasskeySignUpChallenge,
} from '../core/schemas/passkeySignUpChallengeSchema.ts'
export {
  passkeySignInChallengeSchema,
  type PasskeySignInChallenge,
} from '../core/schemas/passkeySignInChallengeSchema.ts'
export { addressSchema } from '../core/schemas/addressSchema.ts'
export { chainIdSchema } from '../core/schemas/chainIdSchema.ts'
export { safeAddressMapSchema } from '../core/schemas/safeAddressMapSchema.ts'
export { sessionRecordSchema, sessionUserSchema } from '../core/schemas/sessionRecordSchema.ts'
// PIN (KDF) and email signers. Only light modules are re-exported as values: runSignerJob loads
// hash-wasm and viem's account code on first use, in a worker where there is one.
export { runSignerJob, type RunSignerJobOptions } from '../core/kdf/runSignerJob.ts'
export type {
  SignerJob,
  SignerJobKind,
  SignerJobResult,
  SignerJobs,
} from '../core/kdf/SignerJob.ts'
export {
  validateKdfParams,
  KDF_PARAMS_BOUNDS,
  KDF_SALT_BOUNDS,
  type KdfParams,
} from '../core/kdf/validateKdfParams.ts'
export { validatePin, type PinPolicy } from '../core/kdf/validatePin.ts'
export type { SignedProof } from '../core/kdf/signProofWith.ts'
export type { SignedUserOpHash } from '../core/kdf/signUserOpHashWith.ts'
export type { KdfMaterials, SignKdfProofParameters } from '../core/kdf/signKdfProof.ts'
export type { SignKdfUserOpHashParameters } from '../core/kdf/signKdfUserOpHash.ts'
export type { KdfKeyMaterials, KdfKeyParameters } from '../core/kdf/withKdfAccount.ts'
export type { ChallengeFields } from '../core/kdf/readChallengeFields.ts'
export { validatePassphrase, type PassphrasePolicy } from '../core/email/validatePassphrase.ts'
export {
  passphraseStrength,
  type PassphraseHint,
  type PassphraseStrength,
} from '../core/email/passphraseStrength.ts'
export type { BackupKdf, EmailBackup } from '../core/email/decodeEmailBackup.ts'
export type {
  CreateEmailBackupParameters,
  EmailSignUpProof,
} from '../core/email/createEmailBackup.ts'
export type {
  EmailRecoverMaterials,
  SignEmailProofParameters,
} from '../core/email/signEmailProof.ts'
export type { SignEmailUserOpHashParameters } from '../core/email/signEmailUserOpHash.ts'
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
export { toIbexWebAuthnError, type CeremonyTiming } from '../core/webauthn/toIbexWebAuthnError.ts'
export { decodePrfInputs, type PrfInputsJSON } from '../core/webauthn/decodePrfInputs.ts'
export { stripPrfOutput } from '../core/webauthn/stripPrfOutput.ts'
