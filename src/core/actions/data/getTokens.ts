import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { assertChainId } from '../../ceremonies/assertChainId.ts'
import { IbexHttpError } from '../../errors/IbexHttpError.ts'
import type { IbexToken } from '../../parse/IbexToken.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

/** Parameters of {@link getTokens}. */
export type GetTokensParameters = {
  /**
   * `'user'` (default): the tokens the user's wallets hold or have moved
   * (`GET /users/me/tokens`). `'catalogue'`: every token IBEx monitors (`GET /chain/tokens`).
   */
  source?: 'user' | 'catalogue' | undefined
  /** One chain (sent as `X-Blockchain-Id`). Default: every chain. */
  chainId?: number | undefined
}

/** The tokens, flat over every chain (see `IbexToken`). */
export type GetTokensReturnType = IbexToken[]

/**
 * The tokens of the user (`GET /v1.2/users/me/tokens`, docs/protocol.md) or of the tenant's
 * catalogue (`GET /v1.2/chain/tokens`), flat whether IBEx groups them per chain or not.
 * The user's list answers 404 while the user has no watched address: that reads as no token.
 *
 * @example
 * const tokens = await getTokens(client, { source: 'catalogue', chainId: 421614 })
 */
export async function getTokens(
  client: IbexClient,
  parameters: GetTokensParameters = {},
  options: IbexActionOptions = {},
): Promise<GetTokensReturnType> {
  const { source = 'user', chainId } = parameters
  assertChainId(chainId, 'chainId')
  const path = source === 'catalogue' ? '/v1.2/chain/tokens' : '/v1.2/users/me/tokens'
  try {
    // Loaded alongside the request (see getBalances).
    const [body, { parseTokens }] = await Promise.all([
      client.request({ path, chainId, signal: options.signal }),
      loadOnDemand('The tokens reader', () => import('../../parse/parseTokens.ts')),
    ])
    return parseTokens(body, { chainId, endpoint: `GET ${path}` })
  } catch (error) {
    // Only the request throws an IbexHttpError: a bad body (IbexResponseError) is not swallowed.
    if (source === 'user' && error instanceof IbexHttpError && error.status === 404) return []
    throw error
  }
}
