/**
 * IBEx's convention for chain-keyed lists (docs/protocol.md): a flat array when a chain
 * is named, else `[{ blockchainId, tokens }]` per chain.
 *
 * @example
 * groupByChain(undefined, [421614, 100], (chainId) => tokensOf(chainId))
 */
export function groupByChain<T>(
  chainId: number | undefined,
  chainIds: readonly number[],
  itemsOf: (chainId: number) => T[],
): T[] | { blockchainId: string; tokens: T[] }[] {
  if (chainId !== undefined) return itemsOf(chainId)
  return chainIds.map((id) => ({ blockchainId: String(id), tokens: itemsOf(id) }))
}
