import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexChain } from '../../parse/IbexChain.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

/** The tenant's active chains (see `IbexChain`). */
export type GetChainsReturnType = IbexChain[]

/**
 * `GET /v1.2/chains/` (docs/protocol.md): the active chains, their explorer links and the
 * modules that gate features per chain (`cowswap`, `recovery`, `automation` …; see
 * `chainHasModule`).
 *
 * @example
 * const chains = await getChains(client)
 * const canSwap = chainHasModule(chains, 421614, 'cowswap')
 */
export async function getChains(
  client: IbexClient,
  options: IbexActionOptions = {},
): Promise<GetChainsReturnType> {
  // Loaded alongside the request (see getBalances).
  const [body, { parseChains }] = await Promise.all([
    client.request({ path: '/v1.2/chains/', signal: options.signal }),
    loadOnDemand('The chains reader', () => import('../../parse/parseChains.ts')),
  ])
  return parseChains(body)
}
