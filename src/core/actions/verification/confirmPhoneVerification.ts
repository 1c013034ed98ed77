import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { mapServerRefusal } from '../../ceremonies/mapServerRefusal.ts'
import type { IbexVerificationConfirmed } from '../../parse/IbexVerificationCodeSent.ts'
import { assertPhoneNumber, type PhonePolicy } from './assertPhoneNumber.ts'
import { readVerificationCode } from './readVerificationCode.ts'
import { signedInUserId } from './signedInUserId.ts'
import { verificationRefusals } from './verificationRefusals.ts'

export type ConfirmPhoneVerificationParameters = {
  telephone: string
  code: string
  phonePolicy?: PhonePolicy | undefined
  /** Also store the number in the user's KYB record. */
  persistTelephoneToKyb?: boolean | undefined
}

export type ConfirmPhoneVerificationReturnType = IbexVerificationConfirmed

/**
 * `POST /v1.2/users/me/confirm-sms` (docs/protocol.md): confirms the code texted by
 * `requestPhoneVerification`. The number and the 6 digits are checked before any request
 * (`validation/phone-invalid`, `validation/code-malformed`); a wrong, expired or used code is
 * `validation/code-wrong`, `-expired` or `-used` on `code`; after 5 wrong codes, IBEx's 429
 * (`http/rate-limited`: ask for a new code).
 *
 * @example
 * await confirmPhoneVerification(client, { telephone: '+33612345678', code: '123456' })
 */
export async function confirmPhoneVerification(
  client: IbexClient,
  parameters: ConfirmPhoneVerificationParameters,
  options: IbexActionOptions = {},
): Promise<ConfirmPhoneVerificationReturnType> {
  const telephone = assertPhoneNumber(parameters.telephone, parameters.phonePolicy)
  const code = readVerificationCode(parameters.code, 'SMS')
  const externalUserId = await signedInUserId(client)
  try {
    await client.request({
      method: 'POST',
      path: '/v1.2/users/me/confirm-sms',
      body: {
        telephone,
        code,
        externalUserId,
        phonePolicy: parameters.phonePolicy,
        persistTelephoneToKyb: parameters.persistTelephoneToKyb,
      },
      signal: options.signal,
    })
  } catch (error) {
    throw mapServerRefusal(error, verificationRefusals)
  }
  return { step: 'verified', target: telephone }
}
