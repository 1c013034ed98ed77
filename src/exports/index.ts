// Public API of `ibex-react`: the provider and hooks. Named re-exports only.
export { IbexError } from '../core/errors/IbexError.ts'
export { IbexSessionError, type IbexSessionErrorCode } from '../core/errors/IbexSessionError.ts'
export { IbexWebAuthnError, type IbexWebAuthnErrorCode } from '../core/errors/IbexWebAuthnError.ts'
// Provider and context
export { IbexProvider, type IbexProviderProps } from '../react/IbexProvider.tsx'
export { useIbexClient } from '../react/hooks/useIbexClient.ts'
export { useIbexQueryClient } from '../react/hooks/useIbexQueryClient.ts'
export { useIbexLocale } from '../react/hooks/useIbexLocale.ts'
// Session and auth hooks
export { useSession, type UseSessionReturnType } from '../react/hooks/useSession.ts'
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
export type {
  CeremonyMutationResult,
  CeremonyMutationStep,
  UseCeremonyMutationParameters,
} from '../react/internal/useCeremonyMutation.ts'
export {
  usePasskeySupport,
  type UsePasskeySupportReturnType,
} from '../react/hooks/usePasskeySupport.ts'
export {
  browserSupportsPasskeys,
  getPasskeySupport,
  type PasskeySupport,
} from '../core/webauthn/getPasskeySupport.ts'
export { cancelPasskeyCeremony } from '../core/webauthn/cancelPasskeyCeremony.ts'
export type { SignInEnrichment, SignInParameters } from '../core/actions/signIn.ts'
export type {
  CeremonyEnrichment,
  CeremonyOptions,
  CeremonyResult,
  CeremonyStep,
  SignUpParameters,
} from '../core/actions/signUp.ts'
export type { IbexSessionSnapshot, IbexSessionStatus } from '../core/session/IbexSessionSnapshot.ts'
export type { IbexSessionUser } from '../core/schemas/sessionRecordSchema.ts'
// Query keys and options factories (TanStack, no React)
export {
  ibexQueryKeys,
  type IbexQueryKeyParams,
  type IbexQueryKeyValue,
  type IbexUserQueryKey,
  type IbexUserResource,
} from '../query/ibexQueryKeys.ts'
export { ibexQueryScope } from '../query/ibexQueryScope.ts'
export { ibexQueryDefaults } from '../query/ibexQueryDefaults.ts'
export { seedSignInData } from '../query/seedSignInData.ts'
export { removeUserQueries } from '../query/removeUserQueries.ts'
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
export { withSignInSeed } from '../query/withSignInSeed.ts'
export type { CeremonyMutationOptionsParameters } from '../query/CeremonyMutationOptionsParameters.ts'
export type { IbexMutationOverrides } from '../query/ibexMutationOptions.ts'
