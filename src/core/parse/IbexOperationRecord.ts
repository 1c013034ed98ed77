import type { Address, Hex } from 'viem'

/**
 * One operation of the user's history (`useOperations().data` items): one item of a prepared
 * batch on one Safe, with the status of its Safe operation.
 *
 * @example
 * operations.filter((operation) => operation.status === 'FAILED').map((operation) => operation.error)
 */
export type IbexOperationRecord = {
  id: string
  safeAddress: Address
  /** When IBEx says so (the history is grouped by Safe, not by chain). */
  chainId: number | undefined
  /** Position in its batch. */
  index: number
  /** `TRANSFER_TOKEN`, `AAVE_SUPPLY` … (docs/protocol.md). */
  type: string
  /** The operation's fields as prepared (`to`, `amount`, `tokenAddress` …). */
  data: Record<string, unknown>
  userOpHash: string | undefined
  /** `CREATED`, `SIGNED`, `EXECUTED`, `CONFIRMED`, `FAILED` (docs/protocol.md). */
  status: string | undefined
  transactionHash: Hex | undefined
  error: string | undefined
  createdAt: string
  updatedAt: string | undefined
}
