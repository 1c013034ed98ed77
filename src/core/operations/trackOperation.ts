import type { Hex } from 'viem'
import { getBatchStatus } from '../actions/operations/getBatchStatus.ts'
import { getOperationStatus } from '../actions/operations/getOperationStatus.ts'
import type { IbexClient } from '../client/IbexClient.ts'
import { IbexError } from '../errors/IbexError.ts'
import { IbexHttpError } from '../errors/IbexHttpError.ts'
import { IbexNetworkError } from '../errors/IbexNetworkError.ts'
import { IbexResponseError } from '../errors/IbexResponseError.ts'
import type { OperationStatus } from '../schemas/operationStatusSchema.ts'
import { operationStatusSources } from './operationStatusSources.ts'
import type { OperationTrackingOptions } from './OperationTrackingOptions.ts'

/**
 * How tracking ended: `confirmed` or `failed` with IBEx's last status; or `pending` when it
 * stopped first (`reason`: the `timeout`, the caller `aborted`, or an `error` that polling
 * cannot get past, such as a lost session), with the `userOpHash` to look up later.
 */
export type TrackOperationResult =
  | { state: 'confirmed' | 'failed'; userOpHash: Hex; status: OperationStatus }
  | {
      state: 'pending'
      userOpHash: Hex
      status: OperationStatus | undefined
      reason: 'timeout' | 'aborted' | 'error'
      error?: IbexError | undefined
    }

export type TrackOperationOptions = OperationTrackingOptions & {
  /**
   * A batch's id: its status is then read from `GET …/batch/:batchId/status` (docs/protocol.md
   * "Operations"), and once settled the operation's own status is read once for its transaction hash
   * and error.
   */
  batchId?: string | undefined
  /** Stops tracking (resolves `pending`, reason `aborted`); the operation itself goes on. */
  signal?: AbortSignal | undefined
  now?: (() => number) | undefined
}

/** Failures worth polling through: no answer, not indexed yet, rate limits, server trouble. */
function isTransient(error: unknown): boolean {
  if (error instanceof IbexNetworkError) return error.code !== 'network/aborted'
  if (error instanceof IbexHttpError) {
    return [404, 408, 425, 429].includes(error.status) || error.status >= 500
  }
  return error instanceof IbexResponseError
}

/**
 * A batch's status as an operation's: from the batch route, then, once settled, the operation's
 * own status for what the batch route does not carry (transaction hash, error), if it answers.
 */
async function readBatchStatus(
  client: IbexClient,
  batchId: string,
  userOpHash: Hex,
  signal: AbortSignal | undefined,
): Promise<OperationStatus> {
  const batch = await getBatchStatus(client, { batchId }, { signal })
  const status: OperationStatus = {
    userOpHash: batch.userOpHash ?? userOpHash,
    status: batch.status,
    state: batch.state,
    chainId: batch.chainId,
    safeAddress: batch.safeAddress,
    transactionHash: undefined,
    error: undefined,
    operations: batch.operations,
    updatedAt: undefined,
  }
  if (batch.state === 'pending') return status
  try {
    const details = await getOperationStatus(client, { userOpHash }, { signal })
    return { ...status, transactionHash: details.transactionHash, error: details.error }
  } catch (error) {
    if (signal?.aborted || !(error instanceof IbexError)) throw error
    return status
  }
}

/**
 * Follows an executed operation until IBEx reports CONFIRMED or FAILED: `GET …/:userOpHash/status`
 * (a batch, with `batchId`: `GET …/batch/:batchId/status`) at once and every `intervalMs`, sooner when the status source (the realtime socket, when
 * connected) pushes news. Network failures, 404s, 429s and 5xx are polled through. It never
 * throws for the operation's sake: after `timeoutMs`, an abort or a lasting error it resolves
 * `pending` with the hash, so nothing about the operation is lost.
 *
 * @example
 * const tracked = await trackOperation(client, userOpHash, { timeoutMs: 120_000 })
 * if (tracked.state === 'pending') rememberForLater(tracked.userOpHash)
 */
export async function trackOperation(
  client: IbexClient,
  userOpHash: Hex,
  options: TrackOperationOptions = {},
): Promise<TrackOperationResult> {
  const { signal, now = Date.now, batchId } = options
  const source = options.source ?? operationStatusSources.get(client)
  const pollInterval = options.intervalMs ?? 1_000
  const interval = source ? (options.sourceIntervalMs ?? 5_000) : pollInterval
  const deadline = now() + (options.timeoutMs ?? 60_000)
  let status: OperationStatus | undefined
  let pushed: OperationStatus | undefined
  // News that arrives while a request is in flight must still cut the next wait short.
  let poked = false
  // A nudge means the chain moved for this user, but IBEx's status may lag behind it: the next
  // few checks then come at the polling pace instead of the source's slower one.
  let followUps = 0
  let wake: (() => void) | undefined
  const stopWatching = source?.watch(userOpHash, (update) => {
    if (update) pushed = update
    poked = true
    followUps = 3
    wake?.()
  })
  const pending = (reason: 'timeout' | 'aborted' | 'error', error?: IbexError) =>
    ({ state: 'pending', userOpHash, status, reason, error }) as const

  try {
    for (;;) {
      if (signal?.aborted) return pending('aborted')
      poked = false
      if (pushed) {
        status = pushed
        pushed = undefined
      } else {
        try {
          status = batchId
            ? await readBatchStatus(client, batchId, userOpHash, signal)
            : await getOperationStatus(client, { userOpHash }, { signal })
        } catch (error) {
          if (signal?.aborted) return pending('aborted')
          if (!(error instanceof IbexError)) throw error
          if (!isTransient(error)) return pending('error', error)
        }
      }
      if (status && status.state !== 'pending') return { state: status.state, userOpHash, status }
      const remaining = deadline - now()
      if (remaining <= 0) return pending('timeout')
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer)
          signal?.removeEventListener('abort', done)
          wake = undefined
          resolve()
        }
        const pace = followUps > 0 ? Math.min(interval, pollInterval) : interval
        followUps = Math.max(0, followUps - 1)
        // Not unref'd: the caller awaits the outcome, so a Node script must stay alive for it.
        const timer = setTimeout(done, Math.min(pace, remaining))
        signal?.addEventListener('abort', done, { once: true })
        wake = done
        if (poked) done()
      })
    }
  } finally {
    stopWatching?.()
  }
}
