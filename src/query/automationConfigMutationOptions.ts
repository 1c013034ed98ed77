import type { MutationOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type {
  UpdateAutomationConfigParameters,
  UpdateAutomationConfigReturnType,
} from '../core/actions/automation/updateAutomationConfig.ts'
import { loadOnDemand } from '../core/utils/loadOnDemand.ts'
import { ibexMutationOptions, type IbexMutationOverrides } from './ibexMutationOptions.ts'
import { invalidateUserResources } from './invalidateUserResources.ts'

/**
 * Mutation options that change a Safe's automation module settings
 * (`updateAutomationConfig`), then refetch the addresses (their `modules` carry the settings).
 * Key `['ibex', scope, 'automationConfig']`; never retried.
 *
 * @example
 * const observer = new MutationObserver(queryClient, automationConfigMutationOptions(client))
 * await observer.mutate({ enabled: false })
 */
export function automationConfigMutationOptions(
  client: IbexClient,
  overrides?: IbexMutationOverrides<
    UpdateAutomationConfigReturnType,
    UpdateAutomationConfigParameters
  >,
): MutationOptions<UpdateAutomationConfigReturnType, IbexError, UpdateAutomationConfigParameters> {
  return ibexMutationOptions(client, 'automationConfig', overrides, async (variables, context) => {
    const { updateAutomationConfig } = await loadOnDemand(
      'The automation settings',
      () => import('../core/actions/automation/updateAutomationConfig.ts'),
    )
    const result = await updateAutomationConfig(client, variables)
    await invalidateUserResources(context.client, client, ['addresses'])
    return result
  })
}
