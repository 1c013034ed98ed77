import type { MockOperationIntent } from '../../operations/MockOperationIntent.ts'

/** The PUT answer's extra fields of a 7702 signer (docs/protocol.md). */
export function executionResponse(intent: MockOperationIntent): Record<string, unknown> {
  return intent.walletMode === 'EOA_7702'
    ? { success: true, txHash: intent.transactionHash, walletMode: 'EOA_7702' }
    : {}
}
