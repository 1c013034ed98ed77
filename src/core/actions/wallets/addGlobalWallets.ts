import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'
import { assertWalletRequests, type DerivedWalletRequest } from './assertWalletRequests.ts'
import type { DerivedWalletsResult } from './DerivedWalletsResult.ts'

export type AddGlobalWalletsParameters = { add: readonly DerivedWalletRequest[] }

export type AddGlobalWalletsReturnType = DerivedWalletsResult

/**
 * `POST /v1.2/users/me/wallets/global` (docs/protocol.md): derives more signer-global addresses
 * (not tied to a Safe). `add` is checked before any request (see `assertWalletRequests`). IBEx's
 * refusals: past 100 addresses in a family, 400 (`http/bad-request`, `MAX_INDEX_PER_FAMILY`); a
 * signer without a master key, 409 `NO_MASTER` (`http/conflict`, `serverCode: 'NO_MASTER'`);
 * more than one derivation every ~5 s, 429 (`http/rate-limited`, `retryAfter`). Never retried.
 *
 * @example
 * const { added } = await addGlobalWallets(client, { add: [{ family: 'EVM', count: 2 }] })
 */
export function addGlobalWallets(
  client: IbexClient,
  parameters: AddGlobalWalletsParameters,
  options: IbexActionOptions = {},
): Promise<AddGlobalWalletsReturnType> {
  const add = assertWalletRequests(parameters.add)
  return client.request({
    method: 'POST',
    path: '/v1.2/users/me/wallets/global',
    body: { add },
    schema: () =>
      loadOnDemand(
        'The derived wallets reader',
        () => import('../../schemas/derivedWalletsSchema.ts'),
      ).then((module) => module.derivedWalletsSchema),
    signal: options.signal,
  })
}
