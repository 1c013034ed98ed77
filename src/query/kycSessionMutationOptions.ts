import type { MutationOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type {
  StartKycSessionParameters,
  StartKycSessionReturnType,
} from '../core/actions/verification/startKycSession.ts'
import { loadOnDemand } from '../core/utils/loadOnDemand.ts'
import { ibexMutationOptions, type IbexMutationOverrides } from './ibexMutationOptions.ts'

/**
 * Mutation options that start the user's KYC session (`startKycSession`). Key
 * `['ibex', scope, 'kycSession']`; never retried.
 *
 * @example
 * const observer = new MutationObserver(queryClient, kycSessionMutationOptions(client))
 * const { chatbotFullURL } = await observer.mutate({ language: 'fr' })
 */
export function kycSessionMutationOptions(
  client: IbexClient,
  overrides?: IbexMutationOverrides<StartKycSessionReturnType, StartKycSessionParameters>,
): MutationOptions<StartKycSessionReturnType, IbexError, StartKycSessionParameters> {
  return ibexMutationOptions(client, 'kycSession', overrides, async (variables) => {
    const { startKycSession } = await loadOnDemand(
      'The KYC session',
      () => import('../core/actions/verification/startKycSession.ts'),
    )
    return startKycSession(client, variables)
  })
}
