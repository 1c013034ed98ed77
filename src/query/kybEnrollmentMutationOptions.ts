import type { MutationOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type {
  StartKybEnrollmentParameters,
  StartKybEnrollmentReturnType,
} from '../core/actions/verification/startKybEnrollment.ts'
import { loadOnDemand } from '../core/utils/loadOnDemand.ts'
import { ibexMutationOptions, type IbexMutationOverrides } from './ibexMutationOptions.ts'
import { invalidateUserResources } from './invalidateUserResources.ts'

/**
 * Mutation options that start the company's KYB enrollment (`startKybEnrollment`), then refetch
 * the KYC status. Key `['ibex', scope, 'kybEnrollment']`; never retried.
 *
 * @example
 * const observer = new MutationObserver(queryClient, kybEnrollmentMutationOptions(client))
 * await observer.mutate({ email, companyRegistrationNumber: '552 100 554' })
 */
export function kybEnrollmentMutationOptions(
  client: IbexClient,
  overrides?: IbexMutationOverrides<StartKybEnrollmentReturnType, StartKybEnrollmentParameters>,
): MutationOptions<StartKybEnrollmentReturnType, IbexError, StartKybEnrollmentParameters> {
  return ibexMutationOptions(client, 'kybEnrollment', overrides, async (variables, context) => {
    const { startKybEnrollment } = await loadOnDemand(
      'The KYB enrollment',
      () => import('../core/actions/verification/startKybEnrollment.ts'),
    )
    const enrollment = await startKybEnrollment(client, variables)
    await invalidateUserResources(context.client, client, ['kycStatus'])
    return enrollment
  })
}
