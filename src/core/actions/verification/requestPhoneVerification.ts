import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexVerificationCodeSent } from '../../parse/IbexVerificationCodeSent.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'
import { assertPhoneNumber, type PhonePolicy } from './assertPhoneNumber.ts'
import { signedInUserId } from './signedInUserId.ts'

export type RequestPhoneVerificationParameters = {
  /** In international form, e.g. `+33 6 12 34 56 78`. */
  telephone: string
  /** `any` (default) or `frMobile` (French mobiles only). */
  phonePolicy?: PhonePolicy | undefined
}

/** The SMS is on its way (`devCode` holds the code in dry-run mode only). */
export type RequestPhoneVerificationReturnType = IbexVerificationCodeSent

/**
 * `POST /v1.2/users/me/validate-sms` (docs/protocol.md): texts a 6-digit code to `telephone`
 * (checked before any request, `validation/phone-invalid`). The code lasts 1 h and takes 5
 * tries; outside dry-run mode a phone gets 10 SMS a day (429, `http/rate-limited`). Confirm it
 * with `confirmPhoneVerification`. Never retried.
 *
 * @example
 * const sent = await requestPhoneVerification(client, { telephone: '+33 6 12 34 56 78' })
 */
export async function requestPhoneVerification(
  client: IbexClient,
  parameters: RequestPhoneVerificationParameters,
  options: IbexActionOptions = {},
): Promise<RequestPhoneVerificationReturnType> {
  const telephone = assertPhoneNumber(parameters.telephone, parameters.phonePolicy)
  const externalUserId = await signedInUserId(client)
  return client.request({
    method: 'POST',
    path: '/v1.2/users/me/validate-sms',
    body: { telephone, externalUserId, phonePolicy: parameters.phonePolicy },
    schema: () =>
      loadOnDemand(
        'The verification reader',
        () => import('../../schemas/verificationSentSchema.ts'),
      ).then((module) => module.verificationSentSchema(telephone, Date.now())),
    signal: options.signal,
  })
}
