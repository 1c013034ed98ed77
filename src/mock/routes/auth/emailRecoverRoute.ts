import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { findEmailUser } from '../../modes/email/findEmailUser.ts'
import { verifyOtp } from '../../modes/email/verifyOtp.ts'
import { issueProofChallenge } from '../../modes/proof/issueProofChallenge.ts'

/**
 * `POST /v1.2/auth/email/recover { externalUserId, emailOtp }` (`code` and `email` accepted too;
 * docs/protocol.md): verifies the code (single use, 30 s) and returns the challenge materials;
 * for a signed-up user also the stored encrypted backup.
 */
export const emailRecoverRoute: MockRoute = {
  method: 'POST',
  path: '/v1.2/auth/email/recover',
  handler: async (ctx) => {
    ctx.rpId()
    const body = await ctx.body()
    const user = findEmailUser(ctx.tenant(), body.externalUserId, body.email, 'email')
    verifyOtp(ctx, user, body.emailOtp ?? body.code)
    const pending = user.status === 'pending'
    if (pending) user.emailVerified = true
    return jsonResponse({
      externalUserId: user.externalUserId,
      wallet: 'email',
      ...(pending ? {} : user.backup),
      ...(await issueProofChallenge(ctx, user, 'email', pending ? 'sign-up' : 'sign-in')),
    })
  },
}
