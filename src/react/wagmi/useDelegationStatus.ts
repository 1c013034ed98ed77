'use client'
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { IbexQueryErrorType } from '../../core/errors/IbexQueryErrorType.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'
import { useSession } from '../hooks/useSession.ts'
import type { DelegationState } from './delegation/delegationProtocol.ts'
import { delegationStatusQueryOptions } from './delegation/delegationStatusQueryOptions.ts'

/** Parameters of {@link useDelegationStatus}. */
export type UseDelegationStatusParameters = {
  /** The chain; default the session's (the chain the user signed in on with the wallet). */
  chainId?: number | undefined
  /** While the state is `SUBMITTED`, poll this often (ms). Default 3000. */
  pollIntervalMs?: number | undefined
}

/** Return type of {@link useDelegationStatus}. */
export type UseDelegationStatusReturnType = UseQueryResult<
  DelegationState | null,
  IbexQueryErrorType
>

/**
 * The EIP-7702 delegation of the signed-in wallet user on a chain: `data.status` is `PENDING`
 * until the authorization is on chain (`useActivateDelegation` signs and submits it),
 * `SUBMITTED` while IBEx's transaction is on its way (polled), then `ACTIVE`; `data` is `null`
 * when IBEx has no delegation on that chain. Idle (no request) unless a 7702 user is signed in.
 * Needs `<IbexProvider>` only.
 *
 * @example
 * import { useDelegationStatus } from 'ibex-react/wagmi'
 *
 * const { data: delegation } = useDelegationStatus()
 * if (delegation?.status === 'PENDING') return <ActivateButton />
 */
export function useDelegationStatus(
  parameters: UseDelegationStatusParameters = {},
): UseDelegationStatusReturnType {
  const { client, queryClient } = useIbexContext('useDelegationStatus')
  const session = useSession()
  const user = session.status === 'signed-in' ? session.user : null
  const walletUser = user?.authMethod === 'EOA_7702' ? user : null
  // The factory types its errors as any IbexError; what it throws is this union.
  return useQuery(
    {
      ...delegationStatusQueryOptions(client, {
        externalUserId: walletUser?.externalUserId ?? '',
        chainId: parameters.chainId ?? walletUser?.chainId ?? client.config.chainId,
        pollIntervalMs: parameters.pollIntervalMs,
      }),
      enabled: walletUser !== null,
    },
    queryClient,
  ) as UseDelegationStatusReturnType
}
