import type { Address, Hex } from 'viem'
import type { MockChain } from './MockChain.ts'

/**
 * Messages the Safes of one mock chain signed (`SIGN_MESSAGE`), as Safe's `signedMessages`
 * storage holds them: lower-case Safe address → EIP-191 message hash → when the signing
 * operation confirms, on the mock clock (before then the chain does not know it yet).
 */
export type MockSafeMessages = Map<string, Map<Hex, number>>

// Beside the chain rather than in MockChain, so Safe message signing stays one additive module.
const signed = new WeakMap<MockChain, MockSafeMessages>()

/**
 * The signed messages of `chain`'s Safes, created empty at first use.
 *
 * @example
 * safeMessagesOf(chain).get(safe.toLowerCase())?.has(hashMessage('I agree'))
 */
export function safeMessagesOf(chain: MockChain): MockSafeMessages {
  let messages = signed.get(chain)
  if (!messages) {
    messages = new Map()
    signed.set(chain, messages)
  }
  return messages
}

/**
 * Records that `safe` signed `messageHash`, effective at `confirmedAt`.
 *
 * @example
 * recordSafeMessage(chain, safe, hashMessage('I agree'), intent.settlesAt)
 */
export function recordSafeMessage(
  chain: MockChain,
  safe: Address,
  messageHash: Hex,
  confirmedAt: number,
): void {
  const messages = safeMessagesOf(chain)
  const key = safe.toLowerCase()
  let hashes = messages.get(key)
  if (!hashes) {
    hashes = new Map()
    messages.set(key, hashes)
  }
  hashes.set(messageHash.toLowerCase() as Hex, confirmedAt)
}
