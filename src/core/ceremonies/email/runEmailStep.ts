import type { IbexClient } from '../../client/IbexClient.ts'
import type { PassphrasePolicy } from '../../email/validatePassphrase.ts'
import type { CeremonyOptions, CeremonyResult, SignInEnrichment } from '../CeremonyTypes.ts'
import type { EmailFlow } from './emailFlows.ts'
import { finishEmailSignIn } from './finishEmailSignIn.ts'
import { finishEmailSignUp } from './finishEmailSignUp.ts'
import { requestEmailCode } from './requestEmailCode.ts'
import { verifyEmailCode } from './verifyEmailCode.ts'

/** One call of the email mode: ask for a code, the code, or the passphrase. */
export type EmailStepParameters =
  | { email?: string | undefined; externalUserId?: string | undefined }
  | { code: string }
  | ({ passphrase: string; passphrasePolicy?: PassphrasePolicy | undefined } & SignInEnrichment)

/**
 * Runs the email step the parameters name: `passphrase` (step 3), else `code` (step 2), else
 * the request for a code (step 1), for a sign-up or a sign-in.
 *
 * @example
 * await runEmailStep(client, 'sign-in', { code: '123456' }) // { status: 'awaiting-passphrase', … }
 */
export function runEmailStep(
  client: IbexClient,
  purpose: EmailFlow['purpose'],
  parameters: EmailStepParameters,
  options: CeremonyOptions,
): Promise<CeremonyResult> {
  if ('passphrase' in parameters) {
    return purpose === 'sign-up'
      ? finishEmailSignUp(client, parameters, options)
      : finishEmailSignIn(client, parameters, options)
  }
  if ('code' in parameters) return verifyEmailCode(client, purpose, parameters.code, options)
  const { email, externalUserId } = parameters
  return requestEmailCode(
    client,
    purpose === 'sign-up' ? { purpose, email } : { purpose, email, externalUserId },
    options,
  )
}
