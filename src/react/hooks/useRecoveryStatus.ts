'use client'
import type { IbexRecoveryStatus } from '../../core/parse/IbexRecoveryStatus.ts'
import {
  recoveryStatusQueryOptions,
  type RecoveryStatusQueryOptionsParameters,
} from '../../query/recoveryStatusQueryOptions.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link useRecoveryStatus}. */
export type UseRecoveryStatusParameters<data = IbexRecoveryStatus> =
  RecoveryStatusQueryOptionsParameters<data>

/** Return type of {@link useRecoveryStatus}: TanStack's query result plus its `queryKey`. */
export type UseRecoveryStatusReturnType<data = IbexRecoveryStatus> = IbexDataQueryResult<
  'recoveryStatus',
  IbexRecoveryStatus,
  data
>

/**
 * Whether the Safe's recovery is on (`GET /recovery/status/:safeAddress`), with its recovery
 * operations pending and executed; the session's Safe and chain unless named. Polled while an
 * operation is pending, so it turns when `useEnableRecovery` / `useCancelRecovery` is confirmed.
 * Fresh for 30 s; idle while signed out.
 *
 * @example
 * const { data: recovery } = useRecoveryStatus()
 * {recovery?.recoveryEnabled ? <p>Recovery is on</p> : <EnableRecoveryForm />}
 */
export function useRecoveryStatus<data = IbexRecoveryStatus>(
  parameters: UseRecoveryStatusParameters<data> = {},
): UseRecoveryStatusReturnType<data> {
  return useIbexDataQuery('useRecoveryStatus', (client) =>
    recoveryStatusQueryOptions(client, parameters),
  )
}
