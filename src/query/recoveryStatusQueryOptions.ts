import type { Address } from 'viem'
import { getRecoveryStatus } from '../core/actions/recovery/getRecoveryStatus.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexRecoveryStatus } from '../core/parse/IbexRecoveryStatus.ts'
import {
  ibexUserQueryOptions,
  type IbexQueryOptions,
  type IbexQueryOverrides,
} from './ibexUserQueryOptions.ts'
import { recoveryStatusQueryKey } from './recoveryStatusQueryKey.ts'

/** Parameters of {@link recoveryStatusQueryOptions}. */
export type RecoveryStatusQueryOptionsParameters<data = IbexRecoveryStatus> = {
  /** Default: the session's chain. */
  chainId?: number | undefined
  /** Default: the user's Safe on that chain. */
  safeAddress?: Address | undefined
  /** While a recovery operation is pending, between two requests. Default 2 000 ms. */
  pendingIntervalMs?: number | undefined
  /** TanStack options (`select`, `staleTime`, `enabled` …), applied over the kit's. */
  query?: IbexQueryOverrides<IbexRecoveryStatus, data, 'recoveryStatus'> | undefined
}

/**
 * Query options of a Safe's recovery status (`GET /recovery/status/:safeAddress`, see
 * `getRecoveryStatus`), under `recoveryStatusQueryKey(client, { chainId,
 * safeAddress })`. Fresh for 30 s; polled every `pendingIntervalMs` while a recovery operation
 * is pending, so it turns when the operation is confirmed; disabled while signed out.
 *
 * @example
 * const status = await queryClient.fetchQuery(recoveryStatusQueryOptions(client))
 */
export function recoveryStatusQueryOptions<data = IbexRecoveryStatus>(
  client: IbexClient,
  parameters: RecoveryStatusQueryOptionsParameters<data> = {},
): IbexQueryOptions<'recoveryStatus', IbexRecoveryStatus, data> {
  const { chainId, safeAddress, pendingIntervalMs = 2_000 } = parameters
  return ibexUserQueryOptions(
    client,
    'recoveryStatus',
    recoveryStatusQueryKey(client, { chainId, safeAddress }),
    {
      refetchInterval: (query) =>
        (query.state.data?.pending.length ?? 0) > 0 ? pendingIntervalMs : false,
      ...parameters.query,
    },
    ({ signal }) => getRecoveryStatus(client, { chainId, safeAddress }, { signal }),
  )
}
