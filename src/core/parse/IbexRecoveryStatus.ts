import type { Address, Hex } from 'viem'

/** A recovery operation of the Safe, as `GET /recovery/status/:safeAddress` lists it. */
export type IbexRecoveryOperation = {
  userOpHash: Hex
  transactionHash: Hex | undefined
  /** IBEx's word: `SIGNED` while pending, `EXECUTED` once done. */
  status: string
  createdAt: string | undefined
  updatedAt: string | undefined
}

/**
 * Where a Safe's recovery stands on one chain (`useRecoveryStatus().data`), from
 * `GET /v1.2/recovery/status/:safeAddress` (docs/protocol.md).
 *
 * @example
 * if (!status.recoveryEnabled && status.pending.length === 0) showEnableRecovery()
 */
export type IbexRecoveryStatus = {
  safeAddress: Address
  /** Whether the recovery module is on for this Safe. */
  recoveryEnabled: boolean
  /** The recovery module's address, once enabled. */
  recoveryAddress: Address | undefined
  /** Seconds a recovery waits before it can run, once enabled. */
  delay: number | undefined
  /** A recovery of the Safe (owner replacement) is under way. */
  pendingRecovery: boolean
  /** Always `false` today, per IBEx. */
  canExecute: boolean
  executeAfter: string | undefined
  /** The identity data went to IBEx's recovery service. */
  dataRecovery: boolean
  /** Recovery operations signed but not yet confirmed: the status changes when they settle. */
  pending: IbexRecoveryOperation[]
  /** Recovery operations confirmed. */
  executed: IbexRecoveryOperation[]
  /** The last recovery operation. */
  userOpHash: Hex | undefined
  transactionHash: Hex | undefined
}
