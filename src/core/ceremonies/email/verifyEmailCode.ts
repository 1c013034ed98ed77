import { recoverEmail } from '../../actions/auth/recoverEmail.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { IbexRefusalError, type IbexRefusalErrorCode } from '../../errors/IbexRefusalError.ts'
import type { IbexHttpError } from '../../errors/IbexHttpError.ts'
import type { CeremonyOptions, CeremonyResult } from '../CeremonyTypes.ts'
import { mapServerRefusal } from '../mapServerRefusal.ts'
import { emailFlows, type EmailFlow } from './emailFlows.ts'
import { readEmailCode } from './readEmailCode.ts'
import { recoveredBackup } from './recoveredBackup.ts'

const refusal =
  (code: Extract<IbexRefusalErrorCode, `validation/code-${string}`>, message: string) =>
  (answer: IbexHttpError) =>
    new IbexRefusalError({ code, field: 'code', message, refusal: answer })

// IBEx's refusals of a code the user can act on (the mock's `error_code`s).
const CODE_REFUSALS = {
  OTP_INVALID: refusal('validation/code-wrong', 'This code is not the one we emailed.'),
  OTP_EXPIRED: refusal('validation/code-expired', 'This code has expired: ask for a new one.'),
  OTP_USED: refusal('validation/code-used', 'This code was already used: ask for a new one.'),
}

/**
 * Step 2 of the email mode: `POST /auth/email/recover` checks the code and returns the
 * challenge (and at sign-in the encrypted backup), kept in the flow for step 3. A wrong,
 * expired or used code is IBEx's verdict (`IbexRefusalError` `validation/code-wrong`, `-expired` or
 * `-used` on field `code`); the
 * flow stays, so a wrong code can be typed again.
 *
 * @example
 * await verifyEmailCode(client, 'sign-in', '123456') // { status: 'awaiting-passphrase', … }
 */
export async function verifyEmailCode(
  client: IbexClient,
  purpose: EmailFlow['purpose'],
  code: unknown,
  options: CeremonyOptions = {},
): Promise<Extract<CeremonyResult, { status: 'awaiting-passphrase' }>> {
  const { signal, onStep } = options
  const emailOtp = readEmailCode(code, 'code')
  const flow = emailFlows.awaitingCode(client, purpose)
  return emailFlows.exclusive(flow, async () => {
    onStep?.('verifying')
    let recovered
    try {
      recovered = await recoverEmail(
        client,
        { externalUserId: flow.externalUserId, emailOtp },
        { signal },
      )
    } catch (error) {
      throw mapServerRefusal(error, CODE_REFUSALS)
    }
    // A signed-up user cannot go on without the backup: say so now, not after the passphrase.
    if (purpose === 'sign-in') recoveredBackup(recovered)
    flow.recovered = recovered
    return { status: 'awaiting-passphrase', externalUserId: flow.externalUserId }
  })
}
