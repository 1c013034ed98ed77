import { recoverEmail } from '../actions/auth/recoverEmail.ts'
import type { IbexHttpError } from '../errors/IbexHttpError.ts'
import { mapServerRefusal } from '../ceremonies/mapServerRefusal.ts'
import { readEmailCode } from '../ceremonies/email/readEmailCode.ts'
import { recoveredBackup } from '../ceremonies/email/recoveredBackup.ts'
import { validatePassphrase } from '../email/validatePassphrase.ts'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { IbexRefusalError } from '../errors/IbexRefusalError.ts'
import { runSignerJob } from '../kdf/runSignerJob.ts'
import { emailSigningBackups } from '../email/emailSigningBackups.ts'
import type { OperationAccount } from './OperationAccount.ts'
import type { OperationSigner } from './OperationSigner.ts'
import type { OperationSignerInput } from './OperationSignerInput.ts'

// IBEx's refusals of a code (the mock's `error_code`s), as problems of the `emailCode` input.
const CODE_PROBLEMS = { OTP_INVALID: 'wrong', OTP_EXPIRED: 'expired', OTP_USED: 'used' } as const
const codeRefusals = Object.fromEntries(
  Object.entries(CODE_PROBLEMS).map(([serverCode, problem]) => [
    serverCode,
    (refusal: IbexHttpError) =>
      new IbexRefusalError({
        code: `validation/code-${problem}`,
        field: 'emailCode',
        message: `This email code is ${problem}: ask for a new one (requestSigningCode).`,
        refusal,
      }),
  ]),
)

// Email users unlock their key once per session with an emailed code; without one, say how.
function requireEmailCode(code: unknown): string {
  if (code === undefined || code === '') {
    throw new IbexValidationError({
      code: 'validation/code-missing',
      field: 'emailCode',
      message:
        'Email users unlock their key once per session with an emailed code: call requestSigningCode, then pass the code as `emailCode` with the passphrase.',
    })
  }
  return readEmailCode(code, 'emailCode')
}

/**
 * Email users: the passphrase is asked for again (any non-empty one may open the backup). The
 * encrypted backup comes from memory, or (once per session) from `POST /auth/email/recover`
 * with the `emailCode` that `requestSigningCode` sent. The signer worker opens it, signs the 32
 * `userOpHash` bytes and drops the key; a wrong passphrase is `validation/passphrase-wrong` with
 * nothing executed.
 *
 * @example
 * const signature = await emailOperationSigner(account, { passphrase, emailCode }).sign(intent, signal)
 */
export function emailOperationSigner(
  account: OperationAccount,
  input: OperationSignerInput,
): OperationSigner {
  const { client, user } = account
  const { externalUserId } = user
  validatePassphrase(input.passphrase, { minLength: 1 })
  const passphrase = input.passphrase as string
  const known = emailSigningBackups.get(client, externalUserId)
  const emailOtp = known ? undefined : requireEmailCode(input.emailCode)
  return {
    async sign(intent, signal) {
      let backup = emailSigningBackups.get(client, externalUserId)
      if (!backup) {
        let recovered
        try {
          recovered = await recoverEmail(
            client,
            { externalUserId, emailOtp: emailOtp ?? requireEmailCode(input.emailCode) },
            { signal },
          )
        } catch (error) {
          throw mapServerRefusal(error, codeRefusals)
        }
        backup = recoveredBackup(recovered)
        emailSigningBackups.remember(client, externalUserId, backup)
      }
      const signed = await runSignerJob(
        {
          kind: 'email-open-sign-hash',
          passphrase,
          backup,
          userOpHash: intent.userOpHash,
          protocol: client.config.protocol,
        },
        { signal },
      )
      return { ...signed, userOpHash: intent.userOpHash }
    },
  }
}
