import type { IbexHttpError } from '../../errors/IbexHttpError.ts'
import { submitSignIn } from '../../actions/auth/submitSignIn.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { emailSigningBackups } from '../../email/emailSigningBackups.ts'
import { validatePassphrase } from '../../email/validatePassphrase.ts'
import { runSignerJob } from '../../kdf/runSignerJob.ts'
import { maskEmail } from '../../session/maskEmail.ts'
import type { CeremonyOptions, SignInEnrichment } from '../CeremonyTypes.ts'
import { finishSignIn, type SignedInResult } from '../finishSignIn.ts'
import { mapServerRefusal } from '../mapServerRefusal.ts'
import { pickSignInExtras } from '../pickSignInExtras.ts'
import { proofChallengeFields } from '../proofChallengeFields.ts'
import { emailFlows } from './emailFlows.ts'
import { recoveredBackup } from './recoveredBackup.ts'

/**
 * Step 3 of the email sign-in: opens the backup with the passphrase and signs the proof
 * (`runSignerJob('email-open-proof')`, in a worker), then POSTs sign-in. A wrong passphrase is
 * `validation/passphrase-wrong` with nothing sent, and the same step can be tried again while
 * the challenge lasts; once expired, `validation/email-flow-expired` (start again at step 1).
 *
 * @example
 * const result = await finishEmailSignIn(client, { passphrase, includeBalance: true })
 */
export async function finishEmailSignIn(
  client: IbexClient,
  parameters: { passphrase: string } & SignInEnrichment,
  options: CeremonyOptions = {},
): Promise<SignedInResult> {
  const { signal, onStep } = options
  const extras = pickSignInExtras(parameters)
  // Any non-empty passphrase may open a backup: the creation policy may have changed since.
  validatePassphrase(parameters.passphrase, { minLength: 1 })
  const { flow, recovered } = emailFlows.awaitingPassphrase(client, 'sign-in')
  return emailFlows.exclusive(flow, async () => {
    const fields = proofChallengeFields(recovered)
    onStep?.('authenticator')
    const proof = await runSignerJob(
      {
        kind: 'email-open-proof',
        passphrase: parameters.passphrase,
        appId: client.config.appId,
        protocol: client.config.protocol,
        materials: { ...fields, ...recoveredBackup(recovered) },
      },
      { signal },
    )
    onStep?.('verifying')
    emailFlows.end(client, flow)
    let signedIn
    try {
      const body = { wallet: 'email', ...fields, ...proof, ...extras } as const
      signedIn = await submitSignIn(client, body, { signal })
    } catch (error) {
      const expired = (refusal: IbexHttpError) => emailFlows.expire(client, flow, refusal)
      throw mapServerRefusal(error, { EXPIRED: expired, CHALLENGE_USED: expired })
    }
    // Operations of this session then need the passphrase alone, not another emailed code.
    emailSigningBackups.remember(client, signedIn.user.externalUserId, recoveredBackup(recovered))
    const last = client.lastUser.get()
    if (flow.email !== undefined && last?.externalUserId === signedIn.user.externalUserId) {
      client.lastUser.set({ ...last, emailHint: maskEmail(flow.email) })
    }
    return finishSignIn(client, signedIn, extras, signal)
  })
}
