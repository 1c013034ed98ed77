import type { SignInExtras } from '../actions/auth/submitSignIn.ts'
import type { IbexClient } from '../client/IbexClient.ts'
import type { IbexSessionUser } from '../session/IbexSessionRecord.ts'
import type { CeremonyResult } from './CeremonyTypes.ts'
import { enrichmentOf } from './enrichmentOf.ts'
import { pollSignInData } from './pollSignInData.ts'

/** A ceremony's result once the user is signed in. */
export type SignedInResult = Extract<CeremonyResult, { status: 'signed-in' }>

/**
 * The result of a sign-in whose POST succeeded: the user, plus the enrichment that was asked for,
 * read from the answer or, with `asyncData`, polled until READY or FAILED.
 *
 * @example
 * const { user, response } = await submitSignIn(client, body)
 * return finishSignIn(client, { user, response }, extras, signal)
 */
export async function finishSignIn(
  client: IbexClient,
  signedIn: { user: IbexSessionUser; response: { readonly [key: string]: unknown } },
  extras: SignInExtras,
  signal: AbortSignal | undefined,
): Promise<SignedInResult> {
  const { user, response } = signedIn
  if (!extras.includeBalance && !extras.includeTransactions && !extras.includeUserdata) {
    return { status: 'signed-in', user }
  }
  const { dataRequestId } = response
  if (typeof dataRequestId !== 'string' || dataRequestId === '') {
    return {
      status: 'signed-in',
      user,
      enrichment: enrichmentOf(response),
      enrichmentStatus: 'ready',
    }
  }
  const outcome = await pollSignInData(client, dataRequestId, { signal })
  return outcome.status === 'ready'
    ? { status: 'signed-in', user, enrichment: outcome.data, enrichmentStatus: 'ready' }
    : { status: 'signed-in', user, enrichmentStatus: outcome.status }
}
