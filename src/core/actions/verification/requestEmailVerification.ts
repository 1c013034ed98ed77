import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexVerificationCodeSent } from '../../parse/IbexVerificationCodeSent.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'
import { assertEmailAddress } from '../auth/assertEmailAddress.ts'
import { signedInUserId } from './signedInUserId.ts'

export type RequestEmailVerificationParameters = { email: string }

/** The code is on its way (`devCode` holds it in dry-run mode only). */
export type RequestEmailVerificationReturnType = IbexVerificationCodeSent

/**
 * `POST /v1.2/users/me/validate-email` (docs/protocol.md): emails the signed-in user a 6-digit
 * code for `email` (checked before any request, `validation/email-invalid`). Confirm it with
 * `confirmEmailVerification`. Never retried.
 *
 * @example
 * const sent = await requestEmailVerification(client, { email: 'ada@example.com' })
 */
export async function requestEmailVerification(
  client: IbexClient,
  parameters: RequestEmailVerificationParameters,
  options: IbexActionOptions = {},
): Promise<RequestEmailVerificationReturnType> {
  const email = assertEmailAddress(parameters.email)
  const externalUserId = await signedInUserId(client)
  return client.request({
    method: 'POST',
    path: '/v1.2/users/me/validate-email',
    body: { email, externalUserId },
    schema: () =>
      loadOnDemand(
        'The verification reader',
        () => import('../../schemas/verificationSentSchema.ts'),
      ).then((module) => module.verificationSentSchema(email, Date.now())),
    signal: options.signal,
  })
}
