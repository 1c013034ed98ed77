import type { Address, Hex } from 'viem'
import type { MockOperationSpec } from './MockOperationSpec.ts'

/** Operation status values of docs/protocol.md */
export type MockOperationStatus = 'CREATED' | 'SIGNED' | 'EXECUTED' | 'CONFIRMED' | 'FAILED'

/**
 * A prepared Safe operation (or batch): created by the POST, signed and executed once by the
 * PUT. Its status after execution follows the mock clock: EXECUTED until `settlesAt`, then
 * CONFIRMED, or FAILED when `failure` is set.
 */
export type MockOperationIntent = {
  batchId: string
  userOpHash: Hex
  /** base64url of the 32 `userOpHash` bytes: the WebAuthn challenge. */
  challenge: string
  kind: 'single' | 'batch'
  externalUserId: string
  signerId: string
  safeAddress: Address
  chainId: number
  walletMode: 'SAFE_4337' | 'EOA_7702'
  operations: MockOperationSpec[]
  /** Milliseconds since the epoch. */
  createdAt: number
  expiresAt: number
  idempotencyKey?: string
  signedAt?: number
  executedAt?: number
  settlesAt?: number
  transactionHash?: Hex
  /** Why the operation ends FAILED (an injected fault, or funds that moved since the POST). */
  failure?: string
}
