import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import { kycSessionSchema } from '../../schemas/kycSessionSchema.ts'

// A language tag as IBEx's KYC page takes it: `en`, `fr`, `pt-BR`.
const LANGUAGE = /^[a-z]{2}(-[A-Z]{2})?$/

export type StartKycSessionParameters = {
  /** The language of the KYC page (`en`, `fr`, `pt-BR` …); IBEx's default when absent. */
  language?: string | undefined
  /** Ask the user to verify a phone number by SMS during the session. */
  requireSmsVerification?: boolean | undefined
}

/** The session: open `chatbotFullURL` (in an iframe or a new tab) to let the user go through KYC. */
export type StartKycSessionReturnType = {
  sessionId: string
  /** The page with the session in its address: what to load in the iframe. */
  chatbotFullURL: string
  /** The page without the session, when IBEx sends it. */
  chatbotURL: string | undefined
  /** True when IBEx handed out a session it had already started for this user. */
  alreadySent: boolean
}

/**
 * `POST /v1.2/auth/iframe` (docs/protocol.md): starts (or resumes) the signed-in user's KYC
 * session and returns the URLs of its page. `language` is checked before any request
 * (`validation/language-invalid`). The result arrives later: watch `getKycStatus` or the
 * `user_ky_updated` WebSocket event. Never retried.
 *
 * @example
 * const { chatbotFullURL } = await startKycSession(client, { language: 'fr' })
 * iframe.src = chatbotFullURL
 */
export async function startKycSession(
  client: IbexClient,
  parameters: StartKycSessionParameters = {},
  options: IbexActionOptions = {},
): Promise<StartKycSessionReturnType> {
  const { language, requireSmsVerification } = parameters
  if (language !== undefined && (typeof language !== 'string' || !LANGUAGE.test(language))) {
    throw new IbexValidationError({
      code: 'validation/language-invalid',
      field: 'language',
      message: 'language must be a language tag such as "en", "fr" or "pt-BR".',
    })
  }
  if (requireSmsVerification !== undefined && typeof requireSmsVerification !== 'boolean') {
    throw new IbexValidationError({
      code: 'validation/type-invalid',
      field: 'requireSmsVerification',
      message: 'requireSmsVerification must be true or false.',
    })
  }
  const body = await client.request({
    method: 'POST',
    path: '/v1.2/auth/iframe',
    body: {
      ...(language === undefined ? {} : { language }),
      ...(requireSmsVerification === undefined ? {} : { requireSmsVerification }),
    },
    schema: kycSessionSchema,
    signal: options.signal,
  })
  return {
    sessionId: body.sessionId,
    chatbotFullURL: body.chatbotFullURL,
    chatbotURL: body.chatbotURL,
    alreadySent: body.alreadySent,
  }
}
