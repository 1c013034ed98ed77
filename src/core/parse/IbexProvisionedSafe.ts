import type { Address } from 'viem'

/**
 * A Safe added with `useProvisionSafe` (`POST /v1.2/auth/sign-in/safe-provision`,
 * docs/protocol.md): its counterfactual address for the salt, on one chain.
 *
 * @example
 * <p>New Safe {safe.address} on chain {safe.chainId} (slot {safe.saltNonce})</p>
 */
export type IbexProvisionedSafe = {
  address: Address
  chainId: number
  saltNonce: string
  /** Select this Safe at sign-in with `deploySaltNonce`. */
  deploySaltNonce: string
}
