/**
 * A module of a chain that gates a feature (docs/protocol.md): `cowswap` (swaps), `recovery`,
 * `automation`, `billing`, and in newer deployments `bridge` and `routeEngine`.
 *
 * @example
 * const module: IbexChainModule = 'cowswap'
 */
export type IbexChainModule =
  'billing' | 'cowswap' | 'recovery' | 'automation' | 'bridge' | 'routeEngine' | (string & {})

/**
 * An active chain of the tenant (`useChains().data` items), from `GET /v1.2/chains/`.
 *
 * @example
 * chains.map((chain) => <option key={chain.id} value={chain.id}>{chain.name}</option>)
 */
export type IbexChain = {
  id: number
  name: string
  icon: string | undefined
  /** Prefix of an address page: `${explorerAddress}${address}`. */
  explorerAddress: string | undefined
  /** Prefix of a transaction page: `${explorerTx}${hash}`. */
  explorerTx: string | undefined
  /** Module flags; a module IBEx does not list is off. */
  modules: Partial<Record<IbexChainModule, boolean>>
}
