import { delegationDesignator } from '../../chain/delegationDesignator.ts'
import type { MockContext } from '../../http/MockContext.ts'
import { createUser } from '../../state/createUser.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { resolveChainId } from '../../http/resolveChainId.ts'
import {
  delegate,
  issueChallenge,
  parseAddress,
  userOfEoa,
  verifyChallenge,
} from '../../modes/eip7702/eip7702Mode.ts'
import { sessionBody } from '../../modes/sessionBody.ts'
import { safeEip7702ProxyAddress } from '../../modes/eip7702/safeEip7702ProxyAddress.ts'

// The chains where the EOA's code already delegates to the Safe implementation.
function activeDelegations(ctx: MockContext, eoa: string) {
  const designator = delegationDesignator(safeEip7702ProxyAddress)
  return [...ctx.state.chains.values()]
    .filter((chain) => chain.accounts.get(eoa.toLowerCase())?.code.toLowerCase() === designator)
    .map((chain) => ({ chainId: chain.chainId, implementation: safeEip7702ProxyAddress }))
}

/**
 * The EOA entry points of 7702 (docs/protocol.md): `wallet-challenge` `{ address, chainId? }`
 * issues the SIWE-like text and its nonce (400 for a bad address or an unknown chain);
 * `wallet-signin` `{ address, signature, nonce }` checks the EIP-191 signature and the single
 * use of the nonce (400 for an unknown, used or expired nonce or a wrong signer),
 * creates the user when new, and answers the tokens, `safe` (the EOA), the `delegation` to authorise on that chain,
 * `walletMode: "EOA_7702"` and `delegations` (the chains where it is already active).
 */
export const walletAuthRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: '/v1.2/auth/wallet-challenge',
    handler: async (ctx) => {
      ctx.rpId()
      const body = await ctx.body()
      const address = parseAddress(body.address)
      return issueChallenge(ctx, 'wallet', address, resolveChainId(ctx, body.chainId))
    },
  },
  {
    method: 'POST',
    path: '/v1.2/auth/wallet-signin',
    handler: async (ctx) => {
      ctx.rpId()
      const record = await verifyChallenge(ctx, await ctx.body(), 'wallet')
      const existing = userOfEoa(ctx, record.address)
      const user = existing ?? createUser(ctx, '7702', { status: 'active', eoa: record.address })
      return jsonResponse({
        ...(await sessionBody(ctx, user, record.chainId)),
        safe: record.address,
        delegation: delegate(user, record.chainId),
        walletMode: 'EOA_7702',
        delegations: activeDelegations(ctx, record.address),
      })
    },
  },
]
