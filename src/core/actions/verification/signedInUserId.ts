import type { IbexClient } from '../../client/IbexClient.ts'
import { IbexSessionError } from '../../errors/IbexSessionError.ts'

/**
 * The signed-in user's `externalUserId`, which the verification bodies carry; else
 * `session/signed-out` before any request.
 *
 * @example
 * const externalUserId = await signedInUserId(client)
 */
export async function signedInUserId(client: IbexClient): Promise<string> {
  await client.session.whenReady()
  const snapshot = client.session.getSnapshot()
  if (snapshot.status !== 'signed-in') {
    throw new IbexSessionError({
      code: 'session/signed-out',
      message: 'Sign in before verifying an email address or phone number: there is no session.',
    })
  }
  return snapshot.user.externalUserId
}
