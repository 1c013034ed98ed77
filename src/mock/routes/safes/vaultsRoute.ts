import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { queryEnum } from '../../http/queryParams.ts'
import { requestedChainId } from '../../http/requestedChainId.ts'
import { authenticateRequest } from '../../tokens/authenticateRequest.ts'
import { vaultEntry } from '../../views/vaultEntry.ts'
import { mockVaults } from '../../wallet/vaultCatalog.ts'

/**
 * `GET /v1.2/safes/vaults` (docs/protocol.md): the AAVE / MORPHO / HYPERLIQUID catalogue with
 * `apy` and `tvl`, by `provider` and chain (all chains when none is named).
 */
export const vaultsRoute: MockRoute = {
  method: 'GET',
  path: '/v1.2/safes/vaults',
  handler: async (ctx) => {
    await authenticateRequest(ctx)
    const provider = queryEnum(ctx.url, 'provider', ['AAVE', 'MORPHO', 'HYPERLIQUID'])
    const chainId = requestedChainId(ctx)
    return jsonResponse(
      mockVaults
        .filter((vault) => provider === undefined || vault.provider === provider)
        .filter((vault) => chainId === undefined || vault.chainId === chainId)
        .map(vaultEntry),
    )
  },
}
