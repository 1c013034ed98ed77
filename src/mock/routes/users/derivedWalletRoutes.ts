import { deriveWallets, derivedWalletLimits } from '../../addresses/deriveWallets.ts'
import { derivedFamilies } from '../../addresses/deriveIndexedAddress.ts'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import { requiredAddress } from '../../http/bodyFields.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'
import { userSafes } from '../../wallet/userSafes.ts'

/**
 * More derived addresses (docs/protocol.md): signer-global ones at
 * `POST /v1.2/users/me/wallets/global`, per-Safe ones at `POST /v1.2/safes/:safeAddress/wallets`
 * (404 for a Safe that is not the signer's). Limits and refusals: see `deriveWallets`.
 */
export const derivedWalletRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: '/v1.2/users/me/wallets/global',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const { added, indexed } = deriveWallets(view, await ctx.body(), 'global')
      return jsonResponse({
        added,
        globalIndexed: indexed,
        globalEoaAddresses: Object.entries(indexed).flatMap(([type, addresses]) =>
          addresses.map((address) => ({ type, address })),
        ),
        limits: {
          maxIndexPerFamily: derivedWalletLimits.maxIndexPerFamily,
          maxCountPerRequest: derivedWalletLimits.maxCountPerRequest,
          supportedFamilies: derivedFamilies,
        },
      })
    },
  },
  {
    method: 'POST',
    path: '/v1.2/safes/:safeAddress/wallets',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const safe = requiredAddress(ctx.params.safeAddress, 'safeAddress')
      if (!userSafes(view.user, view.config).some((entry) => entry.address === safe)) {
        throw new MockHttpError('NOT_FOUND', 'Safe not found for this signer')
      }
      const { added, indexed } = deriveWallets(view, await ctx.body(), safe)
      return jsonResponse({ safeAddress: safe, added, perSafe: indexed })
    },
  },
]
