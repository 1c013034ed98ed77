import type { MutationOptions } from '@tanstack/query-core'
import { signIn, type SignInParameters } from '../core/actions/signIn.ts'
import type { CeremonyResult } from '../core/actions/signUp.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { CeremonyMutationOptionsParameters } from './CeremonyMutationOptionsParameters.ts'
import { CEREMONY_SECRET_KEYS } from './ceremonySecretKeys.ts'
import { ibexMutationOptions } from './ibexMutationOptions.ts'
import { seedSignInData } from './seedSignInData.ts'

/** What `mutate` takes: the mode and its inputs; nothing means a passkey sign-in. */
export type SignInVariables = SignInParameters | void

/** Parameters of {@link signInMutationOptions}. */
export type SignInMutationOptionsParameters = CeremonyMutationOptionsParameters<SignInVariables>

/**
 * Mutation options of a sign-in: the whole ceremony of the mode the variables choose (GET
 * challenge → passkey, PIN, email or wallet → POST), then the enrichment asked for
 * (`includeBalance` …) seeded into the cache before the mutation resolves (see
 * `seedSignInData`; data queries started meanwhile wait for it, see `withSignInSeed`). Never
 * retried: a challenge is single use and a prompt must not reopen by itself. The PIN,
 * passphrase and emailed code are taken out of the variables object as the run starts (deleted
 * from it), so TanStack's cache and the callbacks never hold them.
 *
 * @example
 * const result = await new MutationObserver(queryClient, signInMutationOptions(client)).mutate({ includeBalance: true })
 */
export function signInMutationOptions(
  client: IbexClient,
  parameters: SignInMutationOptionsParameters = {},
): MutationOptions<CeremonyResult, IbexError, SignInVariables> {
  return ibexMutationOptions(
    client,
    'signIn',
    parameters.mutation,
    async (variables, context) => {
      const result = await signIn(client, variables ?? {}, parameters.ceremony?.())
      await seedSignInData(context.client, client, result)
      return result
    },
    CEREMONY_SECRET_KEYS,
  )
}
