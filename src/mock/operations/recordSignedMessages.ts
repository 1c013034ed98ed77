import { hashMessage } from 'viem'
import { chainOf } from '../chain/chainOf.ts'
import { recordSafeMessage } from '../chain/safeMessagesOf.ts'
import type { MockView } from '../views/MockView.ts'
import type { MockOperationIntent } from './MockOperationIntent.ts'

/**
 * After an intent executed: each `SIGN_MESSAGE` of it marks its message's EIP-191 hash signed by
 * the Safe on the mock chain (Safe's `SignMessageLib`), effective when the intent settles, so
 * `isValidSignature` on `/__mock/rpc/:chainId` answers for it from CONFIRMED on.
 *
 * @example
 * recordSignedMessages(view, intent)
 */
export function recordSignedMessages(view: MockView, intent: MockOperationIntent): void {
  if (!view.config.servedChainIds.includes(intent.chainId)) return
  for (const operation of intent.operations) {
    if (operation.kind !== 'signMessage') continue
    recordSafeMessage(
      chainOf(view.state, intent.chainId),
      intent.safeAddress,
      hashMessage(operation.message),
      intent.settlesAt ?? view.now,
    )
  }
}
