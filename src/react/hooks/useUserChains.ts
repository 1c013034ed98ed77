'use client'
import type { IbexUserChains } from '../../core/parse/IbexUserChains.ts'
import {
  userChainsQueryOptions,
  type UserChainsQueryOptionsParameters,
} from '../../query/userChainsQueryOptions.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link useUserChains}. */
export type UseUserChainsParameters<data = IbexUserChains> = UserChainsQueryOptionsParameters<data>

/** Return type of {@link useUserChains}: TanStack's query result plus its `queryKey`. */
export type UseUserChainsReturnType<data = IbexUserChains> = IbexDataQueryResult<
  'userChains',
  IbexUserChains,
  data
>

/**
 * The signed-in user's chains (`GET /users/me/chainid`): every active chain with the signer's
 * module states (`recovery`, `automation`, `multisig` as `enabled` / `disabled` /
 * `unavailable`) and the user's wallets there, to gate per-user features. Fresh for 5 min; idle
 * while signed out.
 *
 * @example
 * const { data } = useUserChains({
 *   query: { select: ({ chains }) => chains.find((chain) => chain.chainId === 421614)?.modules.recovery },
 * })
 * if (data === 'disabled') showEnableRecovery()
 */
export function useUserChains<data = IbexUserChains>(
  parameters: UseUserChainsParameters<data> = {},
): UseUserChainsReturnType<data> {
  return useIbexDataQuery('useUserChains', (client) => userChainsQueryOptions(client, parameters))
}
