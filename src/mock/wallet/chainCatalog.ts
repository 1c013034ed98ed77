/** What `/v1.2/chains/` and `/users/me/chainid` say about a chain. */
export type MockChainInfo = {
  id: number
  name: string
  icon: string
  explorer: string
  /** Module flags of `/v1.2/chains/` (docs/protocol.md). */
  modules: { billing: boolean; cowswap: boolean; recovery: boolean; automation: boolean }
}

const known: Record<number, Omit<MockChainInfo, 'id' | 'icon'> & { logo: string }> = {
  421614: {
    name: 'Arbitrum Sepolia',
    logo: 'arbitrum',
    explorer: 'https://sepolia.arbiscan.io',
    modules: { billing: true, cowswap: true, recovery: true, automation: true },
  },
  100: {
    name: 'Gnosis',
    logo: 'gnosis',
    explorer: 'https://gnosisscan.io',
    modules: { billing: true, cowswap: true, recovery: true, automation: false },
  },
  8453: {
    name: 'Base',
    logo: 'base',
    explorer: 'https://basescan.org',
    modules: { billing: true, cowswap: true, recovery: false, automation: false },
  },
  42161: {
    name: 'Arbitrum One',
    logo: 'arbitrum',
    explorer: 'https://arbiscan.io',
    modules: { billing: true, cowswap: true, recovery: true, automation: false },
  },
  1: {
    name: 'Ethereum',
    logo: 'ethereum',
    explorer: 'https://etherscan.io',
    modules: { billing: true, cowswap: true, recovery: false, automation: false },
  },
  11155111: {
    name: 'Sepolia',
    logo: 'ethereum',
    explorer: 'https://sepolia.etherscan.io',
    modules: { billing: false, cowswap: false, recovery: false, automation: false },
  },
}

/**
 * The display data of a chain the mock serves (a generic entry for a chain it does not know).
 *
 * @example
 * chainInfo(421614).name // 'Arbitrum Sepolia'
 */
export function chainInfo(chainId: number): MockChainInfo {
  const entry = known[chainId]
  if (!entry) {
    return {
      id: chainId,
      name: `Chain ${chainId}`,
      icon: 'https://ibex.mock/images/chain-logo.png',
      explorer: `https://explorer.invalid/${chainId}`,
      modules: { billing: false, cowswap: false, recovery: false, automation: false },
    }
  }
  const { logo, ...rest } = entry
  return { id: chainId, icon: `https://ibex.mock/images/${logo}-logo.png`, ...rest }
}
