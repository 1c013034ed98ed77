import type { IbexClient } from '../../client/IbexClient.ts'
import { emailChallengeSchema } from '../../schemas/emailChallengeSchema.ts'
import { maskEmail } from '../../session/maskEmail.ts'
import type { CeremonyOptions, CeremonyResult } from '../CeremonyTypes.ts'
import { resolveExternalUserId } from '../resolveExternalUserId.ts'
import { assertEmailAddress } from '../../actions/auth/assertEmailAddress.ts'
import { emailFlows } from './emailFlows.ts'

/** Step 1 of an email sign-up (the address) or sign-in (the user, by id or address). */
export type EmailCodeRequest =
  | { purpose: 'sign-up'; email: string | undefined }
  | {
      purpose: 'sign-in'
      email?: string | undefined
      /** Default: `client.lastUser` when neither is given and it signed in by email. */
      externalUserId?: string | undefined
    }

/** Documented lifetime of an email code (docs/protocol.md), used when IBEx gives no expiry. */
const CODE_LIFETIME_MS = 30_000

/**
 * Step 1 of the email mode: IBEx emails a 6-digit code (`GET /auth/sign-up` or `/sign-in` with
 * `wallet=email`) and the flow starts, in memory. The address is checked first. Asking again
 * while the last code is live is IBEx's 429 (`http/rate-limited`, with `retryAfter`), returned
 * at once rather than retried: sending a code is the user's call.
 *
 * @example
 * const { codeExpiresAt, emailHint } = await requestEmailCode(client, { purpose: 'sign-up', email })
 */
export async function requestEmailCode(
  client: IbexClient,
  request: EmailCodeRequest,
  options: CeremonyOptions = {},
): Promise<Extract<CeremonyResult, { status: 'awaiting-code' }>> {
  const { signal, onStep } = options
  const { purpose } = request
  const email =
    purpose === 'sign-up' || request.email !== undefined
      ? assertEmailAddress(request.email)
      : undefined
  const externalUserId =
    purpose === 'sign-in' && (request.externalUserId !== undefined || email === undefined)
      ? resolveExternalUserId(client, request.externalUserId, 'email')
      : undefined
  onStep?.('challenge')
  const answer = await client.request({
    path: `/v1.2/auth/${purpose}`,
    auth: false,
    chainId: purpose === 'sign-up' ? true : undefined,
    query: { wallet: 'email', externalUserId, email },
    schema: emailChallengeSchema,
    signal,
    retry: false,
  })
  const expiresAt = Date.parse(answer.emailOtpExpiresAt ?? '')
  const codeExpiresAt = Number.isNaN(expiresAt) ? Date.now() + CODE_LIFETIME_MS : expiresAt
  const last = client.lastUser.get()
  const emailHint =
    email !== undefined
      ? maskEmail(email)
      : last?.externalUserId === answer.externalUserId
        ? last.emailHint
        : undefined
  emailFlows.start(client, {
    purpose,
    externalUserId: answer.externalUserId,
    email,
    emailHint,
    codeExpiresAt,
  })
  return {
    status: 'awaiting-code',
    externalUserId: answer.externalUserId,
    codeExpiresAt,
    ...(emailHint === undefined ? {} : { emailHint }),
  }
}
