import type { Address } from 'viem'

/** The ledger key of an address on a chain. */
export function accountKey(chainId: number, address: Address | string): string {
  return `${chainId}:${address.toLowerCase()}`
}

/** The ledger key of a position slot of a Safe. */
export function positionKey(chainId: number, safe: Address | string, slot: string): string {
  return `${chainId}:${safe.toLowerCase()}:${slot}`
}
