'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type {
  UpdateAutomationConfigParameters,
  UpdateAutomationConfigReturnType,
} from '../../core/actions/automation/updateAutomationConfig.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import { automationConfigMutationOptions } from '../../query/automationConfigMutationOptions.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useUpdateAutomationConfig}: TanStack's `mutation` options. */
export type UseUpdateAutomationConfigParameters = {
  mutation?:
    | IbexMutationOverrides<UpdateAutomationConfigReturnType, UpdateAutomationConfigParameters>
    | undefined
}

/** Return type of {@link useUpdateAutomationConfig}: TanStack's mutation result. */
export type UseUpdateAutomationConfigReturnType = UseMutationResult<
  UpdateAutomationConfigReturnType,
  IbexError,
  UpdateAutomationConfigParameters
>

/**
 * Changes the automation module settings of the user's Safe (or `safeAddress`): `mutate` with
 * the fields to change resolves with the module columns IBEx `updated`. Every field is checked
 * before any request (see `updateAutomationConfig`); the addresses refetch after.
 *
 * @example
 * const { mutate: save } = useUpdateAutomationConfig()
 * save({ mode: 'FIXED_AMOUNT', fixedAmount: '10', maxWalletPercentage: 50, periodCap: 'WEEKLY' })
 */
export function useUpdateAutomationConfig(
  parameters: UseUpdateAutomationConfigParameters = {},
): UseUpdateAutomationConfigReturnType {
  const { client, queryClient } = useIbexContext('useUpdateAutomationConfig')
  return useMutation(automationConfigMutationOptions(client, parameters.mutation), queryClient)
}
