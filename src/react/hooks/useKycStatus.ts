'use client'
import type { IbexKycStatus } from '../../core/parse/IbexKycStatus.ts'
import {
  kycStatusQueryOptions,
  type KycStatusQueryOptionsParameters,
} from '../../query/kycStatusQueryOptions.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link useKycStatus}. */
export type UseKycStatusParameters<data = IbexKycStatus> = KycStatusQueryOptionsParameters<data>

/** Return type of {@link useKycStatus}: TanStack's query result plus its `queryKey`. */
export type UseKycStatusReturnType<data = IbexKycStatus> = IbexDataQueryResult<
  'kycStatus',
  IbexKycStatus,
  data
>

/**
 * The signed-in user's KYC level and status (`GET /users/kyc/status`). Fresh for 5 min;
 * refetched after an email or phone verification; idle while signed out.
 *
 * @example
 * const { data: kyc } = useKycStatus()
 * {kyc && !kyc.verified && <p>Verify your identity to unlock SEPA payments</p>}
 */
export function useKycStatus<data = IbexKycStatus>(
  parameters: UseKycStatusParameters<data> = {},
): UseKycStatusReturnType<data> {
  return useIbexDataQuery('useKycStatus', (client) => kycStatusQueryOptions(client, parameters))
}
