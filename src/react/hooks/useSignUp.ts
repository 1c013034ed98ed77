'use client'
import { signUpMutationOptions, type SignUpVariables } from '../../query/signUpMutationOptions.ts'
import type {
  CeremonyMutationResult,
  UseCeremonyMutationParameters,
} from '../internal/ceremonyMutationKind.ts'
import { useCeremonyMutation } from '../internal/useCeremonyMutation.ts'

/** Parameters of {@link useSignUp}. */
export type UseSignUpParameters = UseCeremonyMutationParameters<SignUpVariables>

/** Return type of {@link useSignUp}: TanStack's mutation result plus `step`. */
export type UseSignUpReturnType = CeremonyMutationResult<SignUpVariables>

/**
 * Signs a new user up. `mutate(variables)` picks the mode: nothing (or `{ wallet: 'passkeys',
 * userName?, keyName?, chainId? … }`) creates a passkey; `kdf`, `email` and `7702` are the other
 * modes. It runs GET challenge → the browser or device step → POST, and `step` follows it:
 * `'idle' | 'challenge' | 'authenticator' | 'verifying' | 'success' | 'error'`. On success the
 * user is signed in (`useSession()` updates). Failures are `IbexError`s with a stable `code`
 * (`webauthn/cancelled`, `webauthn/credential-excluded` …). A new `mutate` aborts the run still
 * going. Secrets stay out of every cache: the PIN (`kdf`), the passphrase and the emailed code
 * (`email`) reach the ceremony only, while `variables` (like TanStack's mutation cache and the
 * callbacks) holds the rest, e.g. `{ wallet: 'kdf' }`.
 *
 * @example
 * const { mutate: signUp, step, isPending } = useSignUp()
 * <button type="button" onClick={() => signUp({ userName: email })} aria-disabled={isPending}>
 *   {step === 'authenticator' ? 'Confirm on your device…' : 'Create a passkey'}
 * </button>
 * <PinPad confirm onComplete={(pin) => signUp({ wallet: 'kdf', pin })} pending={isPending} />
 */
export function useSignUp(parameters: UseSignUpParameters = {}): UseSignUpReturnType {
  return useCeremonyMutation<SignUpVariables>('useSignUp', parameters.mutation, (client, options) =>
    signUpMutationOptions(client, options),
  )
}
