'use client'
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { Hex } from 'viem'
import type { IbexQueryErrorType } from '../../core/errors/IbexQueryErrorType.ts'
import type { OperationStatus } from '../../core/schemas/operationStatusSchema.ts'
import {
  operationStatusQueryOptions,
  type OperationStatusQueryKey,
  type OperationStatusQueryOptionsParameters,
} from '../../query/operationStatusQueryOptions.ts'
import { useIbexDataContext } from '../internal/useIbexDataContext.ts'
import { withQueryKey } from '../internal/withQueryKey.ts'

/** Parameters of {@link useOperationStatus} besides the hash. */
export type UseOperationStatusParameters = Omit<OperationStatusQueryOptionsParameters, 'userOpHash'>

/** Return type of {@link useOperationStatus}: the query plus its `queryKey`. */
export type UseOperationStatusReturnType = UseQueryResult<OperationStatus, IbexQueryErrorType> & {
  queryKey: OperationStatusQueryKey
}

/**
 * Follows an operation by its hash until IBEx reports it CONFIRMED or FAILED (`data.state`:
 * `pending`, `confirmed`, `failed`; `data.status` is IBEx's own word): for an operation whose
 * hook resolved `pending` (tracking timed out) or failed with `operation/outcome-unknown`.
 * Polls every `intervalMs` (2 s) until settled; a confirmation refreshes the user's balances,
 * transactions, positions and history. Idle without a hash.
 *
 * @example
 * const { data: transfer } = useTransfer()
 * const { data: status } = useOperationStatus(transfer?.status === 'pending' ? transfer.userOpHash : undefined)
 * {status?.state === 'confirmed' && <p>Confirmed in {status.transactionHash}</p>}
 */
export function useOperationStatus(
  userOpHash: Hex | string | undefined,
  parameters: UseOperationStatusParameters = {},
): UseOperationStatusReturnType {
  const { client, queryClient } = useIbexDataContext('useOperationStatus')
  const options = operationStatusQueryOptions(client, { ...parameters, userOpHash })
  // The factory types its errors as any IbexError; what it throws is this union.
  return withQueryKey(
    useQuery(options, queryClient),
    options.queryKey,
  ) as UseOperationStatusReturnType
}
