import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexUserChains } from '../../parse/IbexUserChains.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

/** The user's chains and module states (see `IbexUserChains`). */
export type GetUserChainsReturnType = IbexUserChains

/**
 * `GET /v1.2/users/me/chainid`: every active chain with the signer's module
 * states (`recovery`, `automation`, `multisig`: `enabled` / `disabled` / `unavailable`) and the
 * user's wallets there. Use it to gate per-user features; `getChains` gives the tenant's view.
 *
 * @example
 * const { chains } = await getUserChains(client)
 * const canEnableRecovery = chains.find((chain) => chain.chainId === 421614)?.modules.recovery === 'disabled'
 */
export function getUserChains(
  client: IbexClient,
  options: IbexActionOptions = {},
): Promise<GetUserChainsReturnType> {
  return client.request({
    path: '/v1.2/users/me/chainid',
    // Loaded alongside the request, out of the initial bundle (see getOperationStatus).
    schema: () =>
      loadOnDemand(
        'The user chains reader',
        () => import('../../schemas/userChainsResponseSchema.ts'),
      ).then((module) => module.userChainsResponseSchema),
    signal: options.signal,
  })
}
