import type { Address } from 'viem'

/**
 * A Safe module on one chain (`recovery`, `automation` …): whether it is on, and IBEx's other
 * fields as sent (the automation settings).
 *
 * @example
 * wallet.chains[0]?.modules.recovery?.enabled
 */
export type IbexSafeModule = {
  enabled: boolean
  moduleAddress: Address | undefined
  [field: string]: unknown
}

/**
 * One Safe of the user, with the chains it lives on.
 *
 * @example
 * const safe = addresses.wallets.find((wallet) => wallet.chainIds.includes(421614))?.safeAddress
 */
export type IbexSafeWallet = {
  safeAddress: Address
  chainIds: number[]
  threshold: number | undefined
  primary: boolean
  /** Modules appear only where one is configured; this is the source of truth for recovery. */
  chains: { chainId: number; modules: Record<string, IbexSafeModule> }[]
  /** With `includeDerived`: per-Safe addresses by family, and the signer's global EOAs. */
  derived:
    | {
        perSafe: Record<string, string[]>
        eoaAddresses: { type: string; address: string }[]
      }
    | undefined
  createdAt: string | undefined
  updatedAt: string | undefined
}

/**
 * The user's Safes (`useAddresses().data`), from `GET /users/me/address` (docs/protocol.md);
 * `wallets` is empty when IBEx answers 204 (no wallet yet).
 *
 * @example
 * const { data } = useAddresses()
 * data?.wallets.filter((wallet) => wallet.primary)
 */
export type IbexAddresses = {
  rpId: string | undefined
  externalUserId: string | undefined
  signerId: string | undefined
  wallets: IbexSafeWallet[]
}
