import type { Address } from 'viem'

/**
 * A Safe module's state for the signer on one chain: `enabled`, `disabled`
 * (offered but off: the user can turn it on) or `unavailable` (IBEx's `"N/A"`: not offered there).
 *
 * @example
 * const canEnableRecovery = chain.modules.recovery === 'disabled'
 */
export type IbexUserModuleState = 'enabled' | 'disabled' | 'unavailable'

/**
 * One active chain as the signer sees it, with its module states and the user's wallets there.
 *
 * @example
 * const arb = userChains.chains.find((chain) => chain.chainId === 421614)
 */
export type IbexUserChain = {
  chainId: number
  chainName: string | undefined
  /** `recovery`, `automation`, `multisig`; a module IBEx does not list is `unavailable`. */
  modules: {
    recovery: IbexUserModuleState
    automation: IbexUserModuleState
    multisig: IbexUserModuleState
    [module: string]: IbexUserModuleState
  }
  /** The user's wallets (Safes) on this chain; empty before the first one exists there. */
  wallets: Address[]
}

/**
 * The user's chains (`useUserChains().data`), from `GET /users/me/chainid`: every active chain,
 * even where the user has no wallet yet.
 *
 * @example
 * const { defaultChainId, chains } = userChains
 */
export type IbexUserChains = {
  defaultChainId: number | undefined
  chains: IbexUserChain[]
}
