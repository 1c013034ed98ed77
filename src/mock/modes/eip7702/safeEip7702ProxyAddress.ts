import type { Address } from 'viem'

/**
 * The `delegation.implementation` the mock returns: a stand-in for IBEx's SafeEIP7702Proxy
 * (its real address per chain is not documented).
 */
export const safeEip7702ProxyAddress: Address = '0x7702000000000000000000000000000000005afe'
