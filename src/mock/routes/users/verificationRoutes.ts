import { MockHttpError } from '../../errors/MockHttpError.ts'
import { optionalString, requiredString } from '../../http/bodyFields.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockContext } from '../../http/MockContext.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { pushUserChange } from '../../realtime/pushUserChange.ts'
import { checkVerificationCode } from '../../verification/checkVerificationCode.ts'
import { sendVerificationCode } from '../../verification/sendVerificationCode.ts'
import { verificationLimits } from '../../verification/verificationLimits.ts'
import { buildKycStatus } from '../../views/buildKycStatus.ts'
import type { MockView } from '../../views/MockView.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE = /^\+[1-9]\d{7,14}$/
const FR_MOBILE = /^\+33[67]\d{8}$/

async function caller(
  ctx: MockContext,
): Promise<{ view: MockView; body: Record<string, unknown> }> {
  const view = await viewOfRequest(ctx)
  const body = await ctx.body()
  if (requiredString(body, 'externalUserId') !== view.user.externalUserId) {
    throw new MockHttpError('FORBIDDEN', 'externalUserId is not the signed-in user')
  }
  return { view, body }
}

function emailOf(body: Record<string, unknown>): string {
  const email = requiredString(body, 'email').trim().toLowerCase()
  if (!EMAIL.test(email)) throw new MockHttpError('VALIDATION', 'email is not an email address')
  return email
}

function telephoneOf(body: Record<string, unknown>): string {
  const telephone = requiredString(body, 'telephone').replace(/[\s.-]/g, '')
  const policy = optionalString(body, 'phonePolicy') ?? 'any'
  if (policy !== 'any' && policy !== 'frMobile') {
    throw new MockHttpError('VALIDATION', 'phonePolicy must be frMobile or any')
  }
  if (!(policy === 'frMobile' ? FR_MOBILE : PHONE).test(telephone)) {
    throw new MockHttpError('VALIDATION', `telephone is not a ${policy} number in E.164 form`)
  }
  return telephone
}

function codeOf(body: Record<string, unknown>): string {
  const code = requiredString(body, 'code')
  if (!/^\d{6}$/.test(code)) throw new MockHttpError('VALIDATION', 'code must be 6 digits')
  return code
}

function sentBody(view: MockView, code: string): Record<string, unknown> {
  return {
    success: true,
    expiresIn: verificationLimits.codeTtlMs / 1000,
    // IBEx returns the code outside production (dry run), and only there.
    ...(view.config.verificationDryRun ? { code } : {}),
  }
}

/**
 * KYC status and email / SMS verification (docs/protocol.md): `validate-*` sends a
 * 6-digit code (returned as `code` in dry-run mode, the default), `confirm-*` checks it. A code
 * lasts 1 h and takes 5 tries; outside dry-run mode a phone gets 10 SMS a day (429).
 * `externalUserId` must be the caller's (403). A confirmation pushes `user_data` and
 * `user_ky_updated` to the user's sockets.
 */
export const verificationRoutes: MockRoute[] = [
  {
    method: 'GET',
    path: '/v1.2/users/kyc/status',
    handler: async (ctx) => jsonResponse(buildKycStatus(await viewOfRequest(ctx))),
  },
  {
    method: 'POST',
    path: '/v1.2/users/me/validate-email',
    handler: async (ctx) => {
      const { view, body } = await caller(ctx)
      return jsonResponse(sentBody(view, sendVerificationCode(view, 'email', emailOf(body))))
    },
  },
  {
    method: 'POST',
    path: '/v1.2/users/me/confirm-email',
    handler: async (ctx) => {
      const { view, body } = await caller(ctx)
      const email = emailOf(body)
      checkVerificationCode(view, 'email', email, codeOf(body))
      view.user.verifiedEmail = email
      pushUserChange(view.state, view.user)
      return jsonResponse({ success: true, emailVerified: true, email })
    },
  },
  {
    method: 'POST',
    path: '/v1.2/users/me/validate-sms',
    handler: async (ctx) => {
      const { view, body } = await caller(ctx)
      return jsonResponse(sentBody(view, sendVerificationCode(view, 'sms', telephoneOf(body))))
    },
  },
  {
    method: 'POST',
    path: '/v1.2/users/me/confirm-sms',
    handler: async (ctx) => {
      const { view, body } = await caller(ctx)
      const telephone = telephoneOf(body)
      checkVerificationCode(view, 'sms', telephone, codeOf(body))
      view.user.verifiedTelephone = telephone
      pushUserChange(view.state, view.user)
      return jsonResponse({ smsVerified: true, telephone })
    },
  },
]
