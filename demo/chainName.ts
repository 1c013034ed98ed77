const chainNames: Record<number, string> = {
  421614: 'Arbitrum Sepolia',
  42161: 'Arbitrum One',
  100: 'Gnosis',
  10200: 'Gnosis Chiado',
  8453: 'Base',
  84532: 'Base Sepolia',
}

/**
 * A chain's name for people, or its id.
 *
 * @example
 * chainName(421614) // 'Arbitrum Sepolia'
 */
export function chainName(chainId: number): string {
  return chainNames[chainId] ?? `chain ${chainId}`
}
