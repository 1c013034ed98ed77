import { getSignInData } from '../actions/auth/getSignInData.ts'
import type { IbexClient } from '../client/IbexClient.ts'
import { IbexError } from '../errors/IbexError.ts'
import { IbexNetworkError } from '../errors/IbexNetworkError.ts'
import { sleep } from '../http/sleep.ts'
import type { CeremonyEnrichment } from './CeremonyTypes.ts'
import { enrichmentOf } from './enrichmentOf.ts'

/** How {@link pollSignInData} ended. */
export type PollSignInDataReturnType =
  { status: 'ready'; data: CeremonyEnrichment } | { status: 'failed' | 'timed-out' }

// The first poll goes out at once; the waits grow from 250 ms to 2 s, about 15 s in all, well
// inside the ~180 s IBEx keeps the result (docs/protocol.md).
const FIRST_DELAY_MS = 250
const MAX_DELAY_MS = 2_000
const MAX_POLLS = 12

/**
 * Polls `GET /v1.2/auth/sign-in/data/:dataRequestId` until READY or FAILED, a bounded number
 * of times. The user is already signed in, so a failed poll ends as `failed`, not as an error;
 * only `signal` rejects (`network/aborted`).
 *
 * @example
 * const outcome = await pollSignInData(client, response.dataRequestId, { signal })
 * if (outcome.status === 'ready') seed(outcome.data.balance)
 */
export async function pollSignInData(
  client: IbexClient,
  dataRequestId: string,
  options: { signal?: AbortSignal | undefined; maxPolls?: number | undefined } = {},
): Promise<PollSignInDataReturnType> {
  const { signal, maxPolls = MAX_POLLS } = options
  const endpoint = 'GET /v1.2/auth/sign-in/data/:dataRequestId'
  let delay = FIRST_DELAY_MS
  for (let poll = 1; poll <= maxPolls; poll++) {
    let answer
    try {
      answer = await getSignInData(client, dataRequestId, { signal })
    } catch (error) {
      if (signal?.aborted) throw error
      if (error instanceof IbexError) return { status: 'failed' }
      throw error
    }
    if (answer.status === 'READY') return { status: 'ready', data: enrichmentOf(answer.data ?? {}) }
    if (answer.status === 'FAILED') return { status: 'failed' }
    if (poll === maxPolls) break
    try {
      await sleep(delay, signal)
    } catch (cause) {
      throw new IbexNetworkError({ code: 'network/aborted', endpoint, cause })
    }
    delay = Math.min(MAX_DELAY_MS, delay * 1.5)
  }
  return { status: 'timed-out' }
}
