import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { emailRecoverResponseSchema } from '../../schemas/emailRecoverResponseSchema.ts'
import type { EmailRecoverResponse } from '../../schemas/emailRecoverResponseSchema.ts'

export type RecoverEmailParameters = {
  externalUserId: string
  /** The 6-digit code the user received (valid 30 s, single use). */
  emailOtp: string
}

/** Challenge materials, plus the encrypted key backup at sign-in. */
export type RecoverEmailReturnType = EmailRecoverResponse

/**
 * `POST /v1.2/auth/email/recover` (docs/protocol.md, docs/protocol.md "Email one-time code"): checks the email code
 * and returns the challenge to sign; at sign-in also the encrypted private key and its KDF
 * parameters, which the caller decrypts locally.
 *
 * @example
 * const materials = await recoverEmail(client, { externalUserId, emailOtp: '123456' })
 */
export function recoverEmail(
  client: IbexClient,
  parameters: RecoverEmailParameters,
  options: IbexActionOptions = {},
): Promise<RecoverEmailReturnType> {
  return client.request({
    method: 'POST',
    path: '/v1.2/auth/email/recover',
    auth: false,
    body: { externalUserId: parameters.externalUserId, emailOtp: parameters.emailOtp },
    schema: emailRecoverResponseSchema,
    signal: options.signal,
  })
}
