import type { IbexChain, IbexChainModule } from './IbexChain.ts'

/**
 * Whether `module` is on for chain `chainId` (docs/protocol.md: hide a feature whose module is
 * off). `false` for a chain IBEx does not list or a module it does not name.
 *
 * @example
 * const canSwap = chainHasModule(chains, 421614, 'cowswap')
 */
export function chainHasModule(
  chains: readonly IbexChain[],
  chainId: number,
  module: IbexChainModule,
): boolean {
  return chains.find((chain) => chain.id === chainId)?.modules[module] === true
}
