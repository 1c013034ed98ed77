import type { Address, Hex } from 'viem'
import type { MockToken } from './MockToken.ts'

/** One token movement on a chain, as the indexer would see it. */
export type MockTransaction = {
  id: number
  chainId: number
  blockNumber: number
  hash: Hex
  /** Milliseconds since the epoch. */
  timestamp: number
  from: Address
  to: Address
  token: MockToken
  /** Base units. */
  value: bigint
  /** The operation that made it, if any (faucet and seed credits have none). */
  userOpHash?: Hex
}

/**
 * A DeFi position of a Safe: a vault share (`vault:<id>`) or the Hyperliquid account balance
 * (`hyperliquid:wallet`). `amount` is in the asset's base units (shares are 1:1 in the mock).
 */
export type MockPosition = {
  chainId: number
  safe: Address
  slot: string
  vaultId: number
  amount: bigint
  /** Milliseconds since the epoch. */
  updatedAt: number
}

/** What the ledger and the user routes tell their listeners (the WebSocket hub). */
export type MockLedgerEvent =
  | {
      type: 'balance'
      chainId: number
      address: Address
      token: MockToken
      balance: bigint
      at: number
    }
  | {
      type: 'transaction'
      chainId: number
      address: Address
      direction: 'IN' | 'OUT'
      transaction: MockTransaction
    }
  | { type: 'reset' }
  /**
   * A write to the user's `/users/me` data (profile, address book …) succeeded: their sockets
   * get a fresh `user_data` (docs/protocol.md).
   */
  | { type: 'userData'; rpId: string; externalUserId: string }

/**
 * The on-chain side of the mock: token balances in base units by `chainId:addressLower` then
 * token address (lowercase), the transactions, and the DeFi positions.
 */
export type MockLedger = {
  balances: Map<string, Map<string, bigint>>
  transactions: MockTransaction[]
  /** By `chainId:safeLower:slot`. */
  positions: Map<string, MockPosition>
  /** `chainId:addressLower` of Safes that got their starting balance. */
  seeded: Set<string>
  nextTransactionId: number
  nextBlockNumber: number
}
