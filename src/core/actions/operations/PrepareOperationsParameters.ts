import type { Address } from 'viem'
import type { OperationItem } from '../../operations/OperationItem.ts'

/**
 * The body of `POST /v1.2/safes/operations` (docs/protocol.md), shared by `batch-intent`.
 *
 * @example
 * const parameters: PrepareOperationsParameters = { safeAddress, chainId: 421614, operations }
 */
export type PrepareOperationsParameters = {
  /** One of the user's Safes on `chainId` (else 400 `unknown safe address`). */
  safeAddress: Address
  /** Also sent as `X-Blockchain-Id`. */
  chainId: number
  operations: readonly OperationItem[]
  signerId?: string | undefined
  walletMode?: 'SAFE_4337' | 'EOA_7702' | undefined
  eoaKeySelection?: { family: 'EVM'; index: number; safeAddress?: Address | undefined } | undefined
}
