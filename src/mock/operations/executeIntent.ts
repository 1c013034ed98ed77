import { randomHash } from '../crypto/randomHash.ts'
import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockView } from '../views/MockView.ts'
import { commitLedgerDraft } from '../wallet/commitLedgerDraft.ts'
import { openLedgerDraft } from '../wallet/openLedgerDraft.ts'
import type { MockOperationIntent } from './MockOperationIntent.ts'
import { planOperation } from './planOperation.ts'
import { recordSignedMessages } from './recordSignedMessages.ts'

/**
 * Executes a verified intent once: SIGNED and EXECUTED now, settling `operationConfirmDelayMs`
 * later. The effects are replayed on the current ledger and committed as one transaction; if
 * they no longer fit (funds moved since the POST) or `failNextOperation` is armed, nothing
 * changes and the operation settles FAILED, as a reverted UserOperation would. Messages it
 * signs (`SIGN_MESSAGE`) are known to the Safe on the mock chain once it settles.
 *
 * @example
 * executeIntent(view, intent) // then intent.userOpHash is tracked until CONFIRMED
 */
export function executeIntent(view: MockView, intent: MockOperationIntent): void {
  const { state, config, now } = view
  intent.signedAt = now
  intent.executedAt = now
  intent.settlesAt = now + config.operationConfirmDelayMs
  intent.transactionHash = randomHash(state.random)
  if (state.faults.failNextOperation) {
    state.faults.failNextOperation = false
    intent.failure = 'Injected failure: the UserOperation reverted (POST /__mock/faults)'
    return
  }
  const draft = openLedgerDraft(state.ledger)
  try {
    for (const operation of intent.operations) {
      planOperation(draft, operation, { chainId: intent.chainId, safe: intent.safeAddress })
    }
  } catch (error) {
    if (!(error instanceof MockHttpError)) throw error
    intent.failure = `The UserOperation reverted: ${error.message}`
    return
  }
  commitLedgerDraft(state, draft, {
    now,
    hash: intent.transactionHash,
    userOpHash: intent.userOpHash,
  })
  recordSignedMessages(view, intent)
}
