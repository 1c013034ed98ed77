'use client'
import { signInMutationOptions, type SignInVariables } from '../../query/signInMutationOptions.ts'
import type {
  CeremonyMutationResult,
  UseCeremonyMutationParameters,
} from '../internal/ceremonyMutationKind.ts'
import { useCeremonyMutation } from '../internal/useCeremonyMutation.ts'

/** Parameters of {@link useSignIn}. */
export type UseSignInParameters = UseCeremonyMutationParameters<SignInVariables>

/** Return type of {@link useSignIn}: TanStack's mutation result plus `step`. */
export type UseSignInReturnType = CeremonyMutationResult<SignInVariables>

/**
 * Signs a returning user in. `mutate(variables)` picks the mode: nothing (or
 * `{ wallet: 'passkeys' }`) for a passkey with a discoverable credential, `kdf`, `email` and
 * `7702` for the other modes. It runs GET challenge → the browser or device step → POST, and
 * `step` follows it: `'idle' | 'challenge' | 'authenticator' | 'verifying' | 'success' |
 * 'error'`. `includeBalance`, `includeTransactions` and `includeUserdata` seed the balances,
 * transactions and user-data queries, so reading them next costs no request; with `asyncData`
 * the data is polled until READY or FAILED before the mutation resolves. Failures are
 * `IbexError`s with a stable `code` (`webauthn/cancelled`, `webauthn/unsupported` …; with a
 * PIN, `validation/pin-wrong`, then `IbexPinThrottledError` with `retryAt` after 3 in a row). A
 * new `mutate` aborts the run still going. Secrets stay out of every cache: the PIN, the
 * passphrase and the emailed code reach the ceremony only, while `variables` (like TanStack's
 * mutation cache and the callbacks) holds the rest, e.g. `{ wallet: 'kdf', includeBalance: true }`.
 * For passkey autofill, see `useConditionalSignIn`.
 *
 * @example
 * const { mutate: signIn, step, error } = useSignIn()
 * <button type="button" onClick={() => signIn({ includeBalance: true })}>Sign in</button>
 * {step === 'authenticator' && <p>Confirm with your passkey…</p>}
 * {error?.code === 'webauthn/cancelled' && <p>No problem, try again when ready.</p>}
 */
export function useSignIn(parameters: UseSignInParameters = {}): UseSignInReturnType {
  return useCeremonyMutation<SignInVariables>('useSignIn', parameters.mutation, (client, options) =>
    signInMutationOptions(client, options),
  )
}
