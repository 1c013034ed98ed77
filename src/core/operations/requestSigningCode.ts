import type { IbexActionOptions } from '../client/IbexActionOptions.ts'
import type { IbexClient } from '../client/IbexClient.ts'
import { IbexSessionError } from '../errors/IbexSessionError.ts'
import { IbexOperationError } from './IbexOperationError.ts'
import { emailChallengeSchema } from '../schemas/emailChallengeSchema.ts'

/** When the code expires (ms since the epoch), if IBEx said. */
export type RequestSigningCodeReturnType = { codeExpiresAt: number | undefined }

/**
 * Emails the signed-in email user a 6-digit code (`GET /auth/sign-in?wallet=email`), to pass as
 * `emailCode` with the passphrase on their next operation: the code unlocks the encrypted key
 * backup (`POST /auth/email/recover`), kept in memory afterwards (see `emailSigningBackups`).
 * Asking again while a code is live is IBEx's 429, not retried.
 *
 * @example
 * await requestSigningCode(client)
 * await runOperation(client, { ...input, passphrase, emailCode: typedCode })
 */
export async function requestSigningCode(
  client: IbexClient,
  options: IbexActionOptions = {},
): Promise<RequestSigningCodeReturnType> {
  await client.session.whenReady()
  const snapshot = client.session.getSnapshot()
  if (snapshot.status !== 'signed-in') {
    throw new IbexSessionError({
      code: 'session/signed-out',
      message: 'Sign in before asking for a signing code: there is no session.',
    })
  }
  if (snapshot.user.authMethod.toUpperCase() !== 'EMAIL') {
    throw new IbexOperationError({
      code: 'operation/signer-unsupported',
      message: `Only email users sign with an emailed code; this user signs in with ${snapshot.user.authMethod}.`,
    })
  }
  const { externalUserId } = snapshot.user
  // Not retried: sending a code is the user's call, and a resend too soon is a 429 to show.
  const answer = await client.request({
    path: '/v1.2/auth/sign-in',
    auth: false,
    query: { wallet: 'email', externalUserId },
    schema: emailChallengeSchema,
    signal: options.signal,
    retry: false,
  })
  const expiresAt = Date.parse(answer.emailOtpExpiresAt ?? '')
  return { codeExpiresAt: Number.isNaN(expiresAt) ? undefined : expiresAt }
}
