import { MockHttpError } from '../../errors/MockHttpError.ts'
import { optionalString, requiredString } from '../../http/bodyFields.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { pushUserChange } from '../../realtime/pushUserChange.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const KYC_PAGE = 'https://kyc.ibex.test/chat'

/**
 * KYC and KYB bootstrap (docs/protocol.md). `iframe` starts the caller's KYC session, or hands
 * out the one already started (`alreadySent: true`); `language` must be a string and
 * `requireSmsVerification` a boolean (400). `enroll` needs `email` and
 * `companyRegistrationNumber` (400), `returnUrl` when given must be a URL (400), and takes one
 * enrollment per user (409). A started session or enrollment pushes `user_data` and
 * `user_ky_updated` to the user's sockets.
 */
export const kycBootstrapRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: '/v1.2/auth/iframe',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const body = await ctx.body()
      const language = optionalString(body, 'language') ?? 'en'
      const sms = body['requireSmsVerification']
      if (sms !== undefined && typeof sms !== 'boolean') {
        throw new MockHttpError('VALIDATION', 'requireSmsVerification must be a boolean')
      }
      const session = view.user.kycSession ?? { sessionId: crypto.randomUUID(), sent: false }
      const alreadySent = session.sent
      view.user.kycSession = { ...session, sent: true }
      if (!alreadySent) pushUserChange(view.state, view.user)
      return jsonResponse({
        chatbotURL: KYC_PAGE,
        sessionId: session.sessionId,
        chatbotFullURL: `${KYC_PAGE}?session=${session.sessionId}&lang=${encodeURIComponent(language)}`,
        alreadySent,
      })
    },
  },
  {
    method: 'POST',
    path: '/v1.2/auth/enroll',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const body = await ctx.body()
      const email = requiredString(body, 'email').trim().toLowerCase()
      if (!EMAIL.test(email)) throw new MockHttpError('VALIDATION', 'email is not an email address')
      const companyRegistrationNumber = requiredString(body, 'companyRegistrationNumber').trim()
      if (companyRegistrationNumber === '') {
        throw new MockHttpError('VALIDATION', 'companyRegistrationNumber is required')
      }
      const returnUrl = optionalString(body, 'returnUrl')
      if (returnUrl !== undefined && !URL.canParse(returnUrl)) {
        throw new MockHttpError('VALIDATION', 'returnUrl is not a URL')
      }
      if (view.user.kybEnrollment) {
        throw new MockHttpError('CONFLICT', 'An enrollment already exists for this user')
      }
      const sessionId = crypto.randomUUID()
      view.user.kybEnrollment = { sessionId, email, companyRegistrationNumber }
      pushUserChange(view.state, view.user)
      return jsonResponse({
        status: 'pending',
        sessionId,
        chatbotFullURL: `${KYC_PAGE}?session=${sessionId}&flow=kyb`,
      })
    },
  },
]
