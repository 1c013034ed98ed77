import type { Address, Hex } from 'viem'

/** One account of a mock chain: its nonce and its code (an EIP-7702 delegation designator). */
export type MockChainAccount = { nonce: number; code: Hex }

/** What became of one authorization of a type-4 transaction when it was mined (EIP-7702). */
export type MockAuthorizationOutcome = {
  /** The account that signed it, when the signature recovers. */
  authority: Address | undefined
  /** The contract it delegates to (the zero address clears a delegation). */
  address: Address
  chainId: number
  nonce: number
  /** Applied, or why it was skipped, as a chain skips an invalid authorization. */
  result: 'applied' | 'pending' | 'bad-signature' | 'wrong-chain' | 'wrong-nonce'
}

/** A transaction sent with `eth_sendRawTransaction`. */
export type MockChainTransaction = {
  hash: Hex
  serialized: Hex
  type: 'legacy' | 'eip2930' | 'eip1559' | 'eip4844' | 'eip7702'
  from: Address
  to: Address | null
  nonce: number
  value: bigint
  input: Hex
  gas: bigint
  maxFeePerGas: bigint
  maxPriorityFeePerGas: bigint
  authorizations: MockAuthorizationOutcome[]
  /** When it is mined, on the mock clock. */
  minesAt: number
  /** Set once mined. */
  blockNumber?: bigint | undefined
}

/**
 * The state of one chain the mock serves over JSON-RPC (`POST /__mock/rpc/:chainId`): accounts,
 * transactions and the block height. Transactions are mined `operationConfirmDelayMs` after they
 * were sent, each in its own block.
 */
export type MockChain = {
  chainId: number
  /** Height of the latest block. */
  blockNumber: bigint
  /** Lower-case address → account. */
  accounts: Map<string, MockChainAccount>
  /** Hash → transaction, mined or not. */
  transactions: Map<Hex, MockChainTransaction>
  /** Sent and not yet mined, in sending order. */
  pending: MockChainTransaction[]
}
