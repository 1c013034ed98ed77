import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { assertChainId } from '../../ceremonies/assertChainId.ts'
import { IbexHttpError } from '../../errors/IbexHttpError.ts'
import type { IbexPositions } from '../../parse/IbexPositions.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

/** Parameters of {@link getPositions}. */
export type GetPositionsParameters = {
  /** One chain (sent as `X-Blockchain-Id`). Default: every chain. */
  chainId?: number | undefined
  /** Keep empty positions (pools data only). Default `false`. */
  includeZero?: boolean | undefined
}

/** The positions and their source (see `IbexPositions`). */
export type GetPositionsReturnType = IbexPositions

/**
 * The user's DeFi positions (Aave, Morpho, Hyperliquid). Newer IBEx serves them in
 * `GET /users/me/lending?userScoped=true` (docs/protocol.md); older deployments, or a
 * lending answer without position data, fall back to `GET /users/me/pools`. A 404 of
 * pools means "not indexed yet, retry in 5–10 s" and is thrown as is (`isNotIndexedError`).
 *
 * @example
 * const { source, positions } = await getPositions(client, { chainId: 421614 })
 */
export async function getPositions(
  client: IbexClient,
  parameters: GetPositionsParameters = {},
  options: IbexActionOptions = {},
): Promise<GetPositionsReturnType> {
  const { chainId, includeZero } = parameters
  assertChainId(chainId, 'chainId')
  const { signal } = options
  // Both readers load once, alongside the first request (see getBalances), so that the pools
  // fallback does not wait for a second download.
  const readers = loadOnDemand('The positions reader', () =>
    Promise.all([
      import('../../parse/parseLendingPositions.ts'),
      import('../../parse/parsePoolPositions.ts'),
    ]),
  )
  try {
    const [lending, [{ parseLendingPositions }]] = await Promise.all([
      client.request({
        path: '/v1.2/users/me/lending',
        query: { userScoped: true },
        chainId,
        signal,
      }),
      readers,
    ])
    const positions = parseLendingPositions(lending)
    if (positions) return { source: 'lending', positions }
  } catch (error) {
    // 404: no watched address yet, or a deployment without the merged route; 501: not there.
    if (!(error instanceof IbexHttpError && (error.status === 404 || error.status === 501))) {
      throw error
    }
  }
  const [pools, [, { parsePoolPositions }]] = await Promise.all([
    client.request({ path: '/v1.2/users/me/pools', query: { includeZero }, chainId, signal }),
    readers,
  ])
  return { source: 'pools', positions: parsePoolPositions(pools) }
}
