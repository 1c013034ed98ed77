'use client'
import type { OperationMutationData } from '../../query/operationMutationOptions.ts'
import { operationMutationOptions } from '../../query/operationMutationOptions.ts'
import type { OperationVariables } from '../../query/OperationVariables.ts'
import type {
  OperationMutationResult,
  UseOperationMutationParameters,
} from '../internal/operationMutationKind.ts'
import { useOperationMutation } from '../internal/useOperationMutation.ts'

/** What `mutate` of {@link useEnableRecovery} takes (plus the signer's inputs). */
export type EnableRecoveryVariables = OperationVariables<'enableRecovery'>

/** What {@link useEnableRecovery} resolves with: the outcome and `operation`. */
export type EnableRecoveryData = OperationMutationData<'enableRecovery'>

/** Parameters of {@link useEnableRecovery}: `tracking`, `lookups`, and TanStack's `mutation` options. */
export type UseEnableRecoveryParameters = UseOperationMutationParameters<
  EnableRecoveryData,
  EnableRecoveryVariables
>

/** Return type of {@link useEnableRecovery}: TanStack's mutation result plus `stage` and `cancel`. */
export type UseEnableRecoveryReturnType = OperationMutationResult<
  EnableRecoveryData,
  EnableRecoveryVariables
>

/**
 * Turns on the Safe's recovery module (`ENABLE_RECOVERY`) with the holder's identity, checked
 * before any request: every field present and at most 100 characters
 * (`validation/identity-missing`, `-too-long`), `birthDate` a real past `YYYY-MM-DD` date
 * (`validation/birth-date-invalid`, `-future`). A Safe whose recovery is already on is IBEx's 409
 * (`http/conflict`). Once confirmed, `useRecoveryStatus` and `useUserChains` refresh.
 * One run: checks → prepare → the session's signer (passkey prompt; `pin`, `passphrase` (+
 * `emailCode`) or `signer` for the other sign-in methods, used once and never cached) → execute
 * → tracked until confirmed; `stage` follows it. Never retried; a second submit while one runs
 * is refused.
 *
 * @example
 * const { mutate: enable, stage, error } = useEnableRecovery()
 * enable({ firstName: 'Ada', lastName: 'Lovelace', birthDate: '1815-12-10', birthCity: 'London', birthCountry: 'GB' })
 */
export function useEnableRecovery(
  parameters: UseEnableRecoveryParameters = {},
): UseEnableRecoveryReturnType {
  return useOperationMutation('useEnableRecovery', parameters, (client, options) =>
    operationMutationOptions(client, 'enableRecovery', options),
  )
}
