import { MockHttpError } from '../../errors/MockHttpError.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import { resolveChainId } from '../../http/resolveChainId.ts'
import { createUser } from '../../state/createUser.ts'
import { findUser } from '../../state/findUser.ts'
import { issueTokens } from '../../tokens/issueTokens.ts'
import { parseEmail } from '../email/parseEmail.ts'
import { sendOtp } from '../email/sendOtp.ts'
import { verifyOtp } from '../email/verifyOtp.ts'
import type { MockWalletMode } from '../MockWalletMode.ts'

/**
 * Legacy `passkeys=FALSE` (docs/protocol.md): an account without a wallet. The GET returns
 * a JWT at once; with `&email=` it also sends a code (`emailValidationRequired: true`) that the
 * POST `{ emailCode, externalUserId }` validates. No sign-in of its own.
 */
export const accountMode: MockWalletMode = {
  async signUpBegin(ctx) {
    const rawEmail = ctx.url.searchParams.get('email')
    const email = rawEmail ? parseEmail(rawEmail) : undefined
    const user = createUser(ctx, 'account', { status: 'active', ...(email ? { email } : {}) })
    if (email) sendOtp(ctx, user)
    const rpId = ctx.rpId()
    return jsonResponse({
      userId: user.userId,
      externalUserId: user.externalUserId,
      ...(await issueTokens(ctx, user, resolveChainId(ctx))),
      issuer: rpId,
      audience: rpId,
      subject: user.externalUserId,
      roles: ['USER'],
      hasPasskey: false,
      emailValidationRequired: email !== undefined,
    })
  },

  async signUpFinish(ctx, body) {
    const user = findUser(ctx.tenant(), body.externalUserId, { wallet: 'account' })
    verifyOtp(ctx, user, body.emailCode)
    user.emailVerified = true
    return jsonResponse({
      ...(await issueTokens(ctx, user, resolveChainId(ctx))),
      issuer: ctx.rpId(),
      subject: user.externalUserId,
      roles: ['USER'],
      hasPasskey: false,
      safeAddress: user.safeAddress,
    })
  },

  signInBegin() {
    throw new MockHttpError('NOT_IMPLEMENTED', 'The legacy passkeys=FALSE sign-in is not mocked')
  },

  signInFinish() {
    throw new MockHttpError('NOT_IMPLEMENTED', 'The legacy passkeys=FALSE sign-in is not mocked')
  },
}
