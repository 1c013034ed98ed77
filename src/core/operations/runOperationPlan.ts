import { executeBatch } from '../actions/operations/executeBatch.ts'
import { executeOperations } from '../actions/operations/executeOperations.ts'
import { prepareBatch } from '../actions/operations/prepareBatch.ts'
import { prepareOperations } from '../actions/operations/prepareOperations.ts'
import type { IbexClient } from '../client/IbexClient.ts'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import type { OperationIntent } from '../schemas/operationIntentSchema.ts'
import { createOperationSigner } from './createOperationSigner.ts'
import { createTokenBook } from './createTokenBook.ts'
import { draftOperation } from './draftOperation.ts'
import { IbexOperationError } from './IbexOperationError.ts'
import { mapOperationRefusal } from './mapOperationRefusal.ts'
import type { OperationInput } from './OperationInput.ts'
import type { OperationItem } from './OperationItem.ts'
import { defaultOperationLookups } from './OperationLookups.ts'
import { operationLocks } from './operationLocks.ts'
import type { OperationOutcome } from './OperationResult.ts'
import type { OperationRunInputs } from './OperationRunInputs.ts'
import type { OperationRunOptions } from './OperationRunOptions.ts'
import type { OperationSummary } from './OperationSummary.ts'
import { resolveOperationAccount } from './resolveOperationAccount.ts'
import { trackOperation } from './trackOperation.ts'

/** One run: its operations, and for a batch the batch-intent extras. */
export type OperationPlan = OperationRunInputs & {
  inputs: readonly OperationInput[]
  batch?: { idempotencyKey?: string | undefined; ttlSec?: number | undefined } | undefined
}

function abortedBeforeExecution(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return
  throw new IbexOperationError({
    code: 'operation/aborted',
    message: 'The operation was cancelled; nothing was executed.',
    cause: signal.reason,
  })
}

function assertOpen(intent: OperationIntent, now: number): void {
  if (intent.expiresAt === undefined || intent.expiresAt > now) return
  throw new IbexOperationError({
    code: 'operation/expired',
    message: 'The operation expired before it was signed; nothing moved. Submit it again.',
    userOpHash: intent.userOpHash,
    batchId: intent.batchId,
  })
}

function batchChecks(plan: OperationPlan, batchable: boolean[]): void {
  if (plan.inputs.length === 0) {
    throw new IbexValidationError({
      code: 'validation/operations-empty',
      field: 'operations',
      message: 'A batch needs at least one operation.',
    })
  }
  const refused = batchable.indexOf(false)
  if (refused >= 0) {
    throw new IbexValidationError({
      code: 'validation/operation-not-batchable',
      field: `operations[${refused}].kind`,
      message: 'IBEx does not run Hyperliquid operations in a batch: run them on their own.',
    })
  }
}

/**
 * The one operation pipeline (docs/architecture.md): validate → prepare → sign → execute → track, told
 * to `onStage`. Everything that needs no request is checked first (session and Safe, inputs,
 * signer inputs); the in-flight guard refuses a second run on the same Safe (`session/busy`);
 * amounts are then checked against decimals and balances. The intent is signed by the session's
 * signer, executed once (never retried, never resent after a lost answer) and tracked until
 * CONFIRMED, FAILED (`operation/failed`) or the tracking timeout (`status: 'pending'`).
 *
 * @example
 * const { outcome, summaries } = await runOperationPlan(client, { inputs: [input], pin }, options)
 */
export async function runOperationPlan(
  client: IbexClient,
  plan: OperationPlan,
  options: OperationRunOptions = {},
): Promise<{ outcome: OperationOutcome; summaries: OperationSummary[] }> {
  const { signal, onStage, now = Date.now } = options
  const batch = plan.batch !== undefined
  let release: (() => void) | undefined
  try {
    onStage?.('validating')
    abortedBeforeExecution(signal)
    // A route runs on its source chain unless the caller names one.
    const routeQuote = plan.inputs.find((input) => input.kind === 'route')?.quote
    const routeChain =
      typeof routeQuote?.sourceChainId === 'number' ? routeQuote.sourceChainId : undefined
    const account = await resolveOperationAccount(client, plan.chainId ?? routeChain)
    const { chainId, safeAddress } = account
    // One after the other: the first input that fails its checks is the one reported.
    const drafts = []
    for (const [index, input] of plan.inputs.entries()) {
      drafts.push(await draftOperation(input, batch ? `operations[${index}]` : '', now()))
    }
    if (batch)
      batchChecks(
        plan,
        drafts.map((draft) => draft.batchable),
      )
    const signer = await createOperationSigner(account, plan)
    release = operationLocks.acquire(client, chainId, safeAddress)
    const book = createTokenBook(account, options.lookups ?? defaultOperationLookups, signal)
    const items: OperationItem[] = []
    const summaries: OperationSummary[] = []
    for (const draft of drafts) {
      const { item, summary } = await draft.finish(book, account)
      items.push(item)
      summaries.push(summary)
    }
    book.assertAffordable()

    abortedBeforeExecution(signal)
    onStage?.('preparing')
    const request = { safeAddress, chainId, operations: items }
    let intent: OperationIntent
    try {
      intent = plan.batch
        ? await prepareBatch(
            client,
            {
              ...request,
              idempotencyKey: plan.batch.idempotencyKey,
              options: plan.batch.ttlSec === undefined ? undefined : { ttlSec: plan.batch.ttlSec },
            },
            { signal },
          )
        : await prepareOperations(client, request, { signal })
    } catch (error) {
      throw mapOperationRefusal(error, 'prepare')
    }

    onStage?.('signing')
    assertOpen(intent, now())
    const signature = await signer.sign(intent, signal)
    abortedBeforeExecution(signal)
    assertOpen(intent, now())

    onStage?.('executing')
    let execution
    try {
      // No signal: a write in flight is never cut, or its outcome would be unknown.
      execution = batch
        ? await executeBatch(client, { batchId: intent.batchId, chainId, ...signature })
        : await executeOperations(client, { chainId, ...signature })
    } catch (error) {
      throw mapOperationRefusal(error, 'execute', intent)
    }

    onStage?.('pending')
    const { userOpHash } = execution
    const tracked = await trackOperation(client, userOpHash, {
      ...options.tracking,
      signal,
      now,
      batchId: batch ? intent.batchId : undefined,
    })
    const transactionHash =
      tracked.status?.transactionHash ??
      (execution.txHash?.startsWith('0x') ? (execution.txHash as `0x${string}`) : undefined)
    if (tracked.state === 'failed') {
      throw new IbexOperationError({
        code: 'operation/failed',
        message: 'The operation failed on chain; no funds moved.',
        details: tracked.status.error,
        userOpHash,
        batchId: intent.batchId,
        transactionHash,
      })
    }
    const outcome: OperationOutcome = {
      status: tracked.state,
      userOpHash,
      batchId: intent.batchId,
      chainId,
      safeAddress,
      transactionHash,
      ibexStatus: tracked.status?.status,
      ...(tracked.state === 'pending'
        ? { pendingReason: tracked.reason, trackingError: tracked.error }
        : {}),
    }
    if (tracked.state === 'confirmed') onStage?.('confirmed')
    return { outcome, summaries }
  } catch (error) {
    onStage?.('failed')
    throw error
  } finally {
    release?.()
  }
}
