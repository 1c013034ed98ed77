import { MockHttpError } from '../../errors/MockHttpError.ts'
import type { MockContext } from '../../http/MockContext.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { delegationView } from '../../modes/eip7702/delegationView.ts'
import { parseAuthorization } from '../../modes/eip7702/parseAuthorization.ts'
import { submitDelegation } from '../../modes/eip7702/submitDelegation.ts'
import type { MockUser } from '../../state/MockUser.ts'
import { authenticateRequest } from '../../tokens/authenticateRequest.ts'

const PATH = '/v1.2/users/me/delegations'

async function walletUserOf(ctx: MockContext): Promise<MockUser> {
  const { user } = await authenticateRequest(ctx)
  if (user.wallet !== '7702' || !user.eoa) {
    throw new MockHttpError('USER_NOT_FOUND', 'This user has no EOA_7702 signer')
  }
  return user
}

/**
 * EIP-7702 delegation state and sponsored activation. IBEx documents neither (docs/protocol.md
 * names a `delegations` array, IBEx's docs say it can sponsor the type-4 transaction): this
 * is our protocol decision (docs/protocol.md-7702), to check against the
 * live service.
 *
 * - `GET /v1.2/users/me/delegations` (JWT of a 7702 user) →
 *   `{ address, walletMode: 'EOA_7702', delegations: [{ chainId, implementation, status:
 *   'PENDING'|'SUBMITTED'|'ACTIVE'|'REVOKED', authorizationNonce, txHash, createdAt,
 *   updatedAt }] }`, one entry per chain the user signed up or in on.
 * - `POST /v1.2/users/me/delegations` `{ authorization: { chainId, address, nonce, r, s,
 *   yParity } }` (the EIP-7702 tuple signed by the EOA, integers as JSON numbers): IBEx's
 *   sponsor relays it in a type-4 transaction with the Safe `setup()` call → the entry, now
 *   SUBMITTED with `txHash`, ACTIVE once confirmed.
 *
 * Other users get 404 USER_NOT_FOUND.
 */
export const delegationRoutes: MockRoute[] = [
  {
    method: 'GET',
    path: PATH,
    handler: async (ctx) => {
      const user = await walletUserOf(ctx)
      const now = ctx.now()
      return jsonResponse({
        address: user.eoa,
        walletMode: 'EOA_7702',
        delegations: [...user.delegations.values()].map((entry) => delegationView(entry, now)),
      })
    },
  },
  {
    method: 'POST',
    path: PATH,
    handler: async (ctx) => {
      const user = await walletUserOf(ctx)
      const authorization = parseAuthorization(await ctx.body())
      const delegation = await submitDelegation(ctx, user, authorization)
      return jsonResponse(delegationView(delegation, ctx.now()))
    },
  },
]
