import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { mapServerRefusal } from '../../ceremonies/mapServerRefusal.ts'
import type { IbexVerificationConfirmed } from '../../parse/IbexVerificationCodeSent.ts'
import { assertEmailAddress } from '../auth/assertEmailAddress.ts'
import { readVerificationCode } from './readVerificationCode.ts'
import { signedInUserId } from './signedInUserId.ts'
import { verificationRefusals } from './verificationRefusals.ts'

export type ConfirmEmailVerificationParameters = { email: string; code: string }

export type ConfirmEmailVerificationReturnType = IbexVerificationConfirmed

/**
 * `POST /v1.2/users/me/confirm-email` (docs/protocol.md): confirms the code sent by
 * `requestEmailVerification`. The address and the 6 digits are checked before any request
 * (`validation/email-invalid`, `validation/code-malformed`); a wrong, expired or used code is
 * `validation/code-wrong`, `-expired` or `-used` on `code`; too many wrong codes, IBEx's 429
 * (`http/rate-limited`: ask for a new code).
 *
 * @example
 * await confirmEmailVerification(client, { email: 'ada@example.com', code: '123456' })
 */
export async function confirmEmailVerification(
  client: IbexClient,
  parameters: ConfirmEmailVerificationParameters,
  options: IbexActionOptions = {},
): Promise<ConfirmEmailVerificationReturnType> {
  const email = assertEmailAddress(parameters.email)
  const code = readVerificationCode(parameters.code, 'email')
  const externalUserId = await signedInUserId(client)
  try {
    await client.request({
      method: 'POST',
      path: '/v1.2/users/me/confirm-email',
      body: { email, code, externalUserId },
      signal: options.signal,
    })
  } catch (error) {
    throw mapServerRefusal(error, verificationRefusals)
  }
  return { step: 'verified', target: email }
}
