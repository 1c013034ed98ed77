import type { Address, Hex } from 'viem'

/**
 * Where the EIP-7702 delegation of a 7702 user's EOA stands on one chain, read on chain
 * (`eth_getCode(eoa)` = `0xef0100 ‖ implementation`).
 *
 * @example
 * const state: DelegationState = { address, chainId: 11155111, implementation, status: 'PENDING' }
 */
export type DelegationState = {
  /** The user's EOA (their "Safe" in 7702 mode). */
  address: Address
  chainId: number
  /**
   * The contract IBEx asks the EOA to delegate to (its SafeEIP7702Proxy, from the `delegation`
   * of the sign-up or sign-in answer), when the kit knows it.
   */
  implementation?: Address | undefined
  /** The contract the EOA delegates to on chain now, if any. */
  delegatedTo?: Address | undefined
  /**
   * `PENDING`: the EOA delegates to nothing, the wallet must sign the authorization;
   * `SUBMITTED`: the kit sent the type-4 transaction (`txHash`) and it is not mined yet;
   * `ACTIVE`: the EOA delegates to `implementation` (or to a contract, when the kit does not know
   * `implementation`); `OTHER`: it delegates to another contract than `implementation`.
   */
  status: 'PENDING' | 'SUBMITTED' | 'ACTIVE' | 'OTHER'
  /** Hash of the type-4 transaction the kit sent, while it matters. */
  txHash?: Hex | undefined
}
