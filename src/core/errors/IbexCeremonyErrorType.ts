import type { IbexRefusalError } from './IbexRefusalError.ts'
import type { IbexRequestErrorType } from './IbexRequestErrorType.ts'
import type { IbexValidationError } from './IbexValidationError.ts'
import type { IbexWalletError } from './IbexWalletError.ts'
import type { IbexWebAuthnError } from './IbexWebAuthnError.ts'

/**
 * `error` of `useSignUp`, `useSignIn`, `useConditionalSignIn` and the wallet sign-in hooks: a
 * request failure, input refused before any request (`IbexValidationError`, including
 * `IbexPinThrottledError`) or by IBEx (`IbexRefusalError`), the passkey prompt, or the wallet.
 *
 * @example
 * switch (useSignIn().error?.code) {
 *   case 'validation/pin-wrong': return 'Wrong PIN'
 *   case 'webauthn/cancelled': return null
 * }
 */
export type IbexCeremonyErrorType =
  | IbexRequestErrorType
  | IbexValidationError
  | IbexRefusalError
  | IbexWebAuthnError
  | IbexWalletError
