'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import {
  modifyIban,
  type ModifyIbanParameters,
  type ModifyIbanReturnType,
} from '../../core/actions/sepa/modifyIban.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { sepaMutationOptions } from '../../query/sepaMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useModifyIban}: TanStack's `mutation` options. */
export type UseModifyIbanParameters = {
  mutation?: IbexMutationOverrides<ModifyIbanReturnType, ModifyIbanParameters> | undefined
}

/** Return type of {@link useModifyIban}: TanStack's mutation result. */
export type UseModifyIbanReturnType = UseMutationResult<
  ModifyIbanReturnType,
  IbexError,
  ModifyIbanParameters
>

/**
 * Renames one of the user's IBANs (`PATCH /sepa/iban/modify`); `label: ''` clears it. The IBAN
 * (mod-97) and label are checked before any request; another user's IBAN is IBEx's 404.
 * Refreshes `useIbans()`.
 *
 * @example
 * const { mutate: rename } = useModifyIban()
 * rename({ iban: row.iban, label: 'Rent' })
 */
export function useModifyIban(parameters: UseModifyIbanParameters = {}): UseModifyIbanReturnType {
  const { client, queryClient } = useIbexContext('useModifyIban')
  return useMutation(
    sepaMutationOptions(client, 'modifyIban', modifyIban, ['ibans'], parameters.mutation),
    queryClient,
  )
}
