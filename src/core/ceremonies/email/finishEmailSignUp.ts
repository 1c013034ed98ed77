import type { IbexHttpError } from '../../errors/IbexHttpError.ts'
import { submitSignUp } from '../../actions/auth/submitSignUp.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { validateNewPassphrase } from '../../email/validateNewPassphrase.ts'
import type { PassphrasePolicy } from '../../email/validatePassphrase.ts'
import { runSignerJob } from '../../kdf/runSignerJob.ts'
import type { CeremonyOptions } from '../CeremonyTypes.ts'
import type { SignedInResult } from '../finishSignIn.ts'
import { mapServerRefusal } from '../mapServerRefusal.ts'
import { proofChallengeFields } from '../proofChallengeFields.ts'
import { emailFlows } from './emailFlows.ts'

/**
 * Step 3 of the email sign-up: makes the key, encrypts its backup with the passphrase and signs
 * the proof (`runSignerJob('email-create')`, in a worker), then POSTs sign-up. The passphrase
 * is checked against `passphrasePolicy` first (default: 8 characters or more). The challenge is
 * spent by the POST whatever its answer, so the flow ends there; an expired or used challenge is
 * `validation/email-flow-expired` (start again at step 1).
 *
 * @example
 * const { user } = await finishEmailSignUp(client, { passphrase }, { onStep })
 */
export async function finishEmailSignUp(
  client: IbexClient,
  parameters: { passphrase: string; passphrasePolicy?: PassphrasePolicy | undefined },
  options: CeremonyOptions = {},
): Promise<SignedInResult> {
  const { signal, onStep } = options
  validateNewPassphrase(parameters.passphrase, parameters.passphrasePolicy)
  const { flow, recovered } = emailFlows.awaitingPassphrase(client, 'sign-up')
  return emailFlows.exclusive(flow, async () => {
    const fields = proofChallengeFields(recovered)
    onStep?.('authenticator')
    const proof = await runSignerJob(
      {
        kind: 'email-create',
        passphrase: parameters.passphrase,
        passphrasePolicy: parameters.passphrasePolicy,
        appId: client.config.appId,
        protocol: client.config.protocol,
        materials: fields,
      },
      { signal },
    )
    onStep?.('verifying')
    emailFlows.end(client, flow)
    try {
      const { user } = await submitSignUp(
        client,
        { wallet: 'email', ...fields, ...proof },
        { signal, email: flow.email },
      )
      return { status: 'signed-in', user }
    } catch (error) {
      const expired = (refusal: IbexHttpError) => emailFlows.expire(client, flow, refusal)
      throw mapServerRefusal(error, { EXPIRED: expired, CHALLENGE_USED: expired })
    }
  })
}
