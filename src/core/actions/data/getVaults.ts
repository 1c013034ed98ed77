import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { assertChainId } from '../../ceremonies/assertChainId.ts'
import type { IbexVault } from '../../parse/IbexVault.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

/** Parameters of {@link getVaults}. */
export type GetVaultsParameters = {
  /** One provider. Default: all three. */
  provider?: 'AAVE' | 'MORPHO' | 'HYPERLIQUID' | undefined
  /** One chain (sent as `X-Blockchain-Id`). Default: every chain. */
  chainId?: number | undefined
}

/** The pools (see `IbexVault`). */
export type GetVaultsReturnType = IbexVault[]

/**
 * `GET /v1.2/safes/vaults` (docs/protocol.md): the DeFi catalogue (Aave pools, Morpho vaults,
 * Hyperliquid vaults) with APY, TVL and the pool address that supply/withdraw operations take.
 *
 * @example
 * const morpho = await getVaults(client, { provider: 'MORPHO', chainId: 8453 })
 */
export async function getVaults(
  client: IbexClient,
  parameters: GetVaultsParameters = {},
  options: IbexActionOptions = {},
): Promise<GetVaultsReturnType> {
  assertChainId(parameters.chainId, 'chainId')
  // Loaded alongside the request (see getBalances).
  const [body, { parseVaults }] = await Promise.all([
    client.request({
      path: '/v1.2/safes/vaults',
      query: { provider: parameters.provider },
      chainId: parameters.chainId,
      signal: options.signal,
    }),
    loadOnDemand('The vaults reader', () => import('../../parse/parseVaults.ts')),
  ])
  return parseVaults(body)
}
