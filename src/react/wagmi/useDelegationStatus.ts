'use client'
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useConfig, type Config } from 'wagmi'
import type { IbexQueryErrorType } from '../../core/errors/IbexQueryErrorType.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'
import { useSession } from '../hooks/useSession.ts'
import type { DelegationState } from './delegation/DelegationState.ts'
import { delegationStatusQueryOptions } from './delegation/delegationStatusQueryOptions.ts'
import { eoaOf } from './delegation/eoaOf.ts'

/** Parameters of {@link useDelegationStatus}. */
export type UseDelegationStatusParameters = {
  /** The chain; default the session's (the chain the user signed in on with the wallet). */
  chainId?: number | undefined
  /** While the state is `SUBMITTED`, poll this often (ms). Default 3000. */
  pollIntervalMs?: number | undefined
  /** The wagmi config; default the one of `<WagmiProvider>`. */
  config?: Config | undefined
}

/** Return type of {@link useDelegationStatus}. */
export type UseDelegationStatusReturnType = UseQueryResult<DelegationState, IbexQueryErrorType>

/**
 * The EIP-7702 delegation of the signed-in wallet user on a chain, read on chain through the
 * app's wagmi public client (`eth_getCode(eoa)` = `0xef0100 ‖ implementation`; IBEx has no
 * endpoint for it): `data.status` is `PENDING` until the delegation is on chain
 * (`useActivateDelegation` has the wallet sign and send it), `SUBMITTED` while that transaction
 * is on its way (polled), then `ACTIVE`; `OTHER` when the EOA delegates to another contract than
 * the one IBEx named. Idle (no request) unless a 7702 user is signed in. The chain must be in
 * the wagmi config (`validation/chain-unsupported` otherwise). Needs `<WagmiProvider>` and
 * `<IbexProvider>`.
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
  const config = useConfig(parameters)
  const session = useSession()
  const user = session.status === 'signed-in' ? session.user : null
  const walletUser = user?.authMethod === 'EOA_7702' ? user : null
  const chainId = parameters.chainId ?? walletUser?.chainId ?? client.config.chainId
  const address = walletUser ? eoaOf(walletUser, chainId) : undefined
  // The factory types its errors as any IbexError; what it throws is this union.
  return useQuery(
    {
      ...delegationStatusQueryOptions(client, config, {
        externalUserId: walletUser?.externalUserId ?? '',
        address: address ?? '0x0000000000000000000000000000000000000000',
        chainId,
        implementation: walletUser?.delegations?.[String(chainId)],
        pollIntervalMs: parameters.pollIntervalMs,
      }),
      enabled: walletUser !== null && address !== undefined,
    },
    queryClient,
  ) as UseDelegationStatusReturnType
}
