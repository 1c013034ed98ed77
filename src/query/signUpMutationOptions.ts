import type { MutationOptions } from '@tanstack/query-core'
import { signUp, type CeremonyResult, type SignUpParameters } from '../core/actions/signUp.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { CeremonyMutationOptionsParameters } from './CeremonyMutationOptionsParameters.ts'
import { CEREMONY_SECRET_KEYS } from './ceremonySecretKeys.ts'
import { ibexMutationOptions } from './ibexMutationOptions.ts'

/** What `mutate` takes: the mode and its inputs; nothing means a passkey sign-up. */
export type SignUpVariables = SignUpParameters | void

/** Parameters of {@link signUpMutationOptions}. */
export type SignUpMutationOptionsParameters = CeremonyMutationOptionsParameters<SignUpVariables>

/**
 * Mutation options of a sign-up: the whole ceremony of the mode the variables choose (GET
 * challenge → new passkey, PIN key, email backup or wallet signature → POST). Never retried.
 * The PIN, passphrase and emailed code are taken out of the variables object as the run starts
 * (deleted from it), so TanStack's cache and the callbacks never hold them.
 *
 * @example
 * const result = await new MutationObserver(queryClient, signUpMutationOptions(client)).mutate({ userName: 'alice' })
 */
export function signUpMutationOptions(
  client: IbexClient,
  parameters: SignUpMutationOptionsParameters = {},
): MutationOptions<CeremonyResult, IbexError, SignUpVariables> {
  return ibexMutationOptions(
    client,
    'signUp',
    parameters.mutation,
    (variables) => signUp(client, variables ?? {}, parameters.ceremony?.()),
    CEREMONY_SECRET_KEYS,
  )
}
