import { getAddress, type Address } from 'viem'
import { mockAddress } from './mockAddress.ts'
import { mockVaults } from './vaultCatalog.ts'

/** Where faucet and starting-balance credits come from. */
export const mockFaucetAddress: Address = mockAddress('faucet')

/** CoW Protocol's GPv2Settlement (same address on every chain): the swap counterparty. */
export const swapSettlementAddress: Address = getAddress(
  '0x9008D19f58AAbD9eD0D60971565AA8510560ab41',
)

/** The bridge that Hyperliquid deposits go to and withdrawals come from. */
export const hyperliquidBridgeAddress: Address = mockAddress('hyperliquid-bridge')

/** The bridge of cross-chain routes: takes the source leg, pays the destination leg. */
export const routeBridgeAddress: Address = mockAddress('route-bridge')

const system = new Set(
  [mockFaucetAddress, swapSettlementAddress, hyperliquidBridgeAddress, routeBridgeAddress]
    .concat(mockVaults.map((vault) => vault.address))
    .map((address) => address.toLowerCase()),
)

/**
 * Whether `address` is one of the mock's contracts (faucet, settlement, pools, bridge): they
 * have unlimited funds and no tracked balance, so moves from them are never refused.
 *
 * @example
 * isSystemAddress(swapSettlementAddress) // true
 */
export function isSystemAddress(address: string): boolean {
  return system.has(address.toLowerCase())
}
